#pragma once

#include "db/query.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

/// Helpers shared by the SQL repository implementations (not part of the public interface):
/// integrity checks at the repository boundary and conversions between rows and values.
namespace caseloop::repo {

QString trRepo(const char* text);

/// Throws InvalidInput unless @p id > 0. @p what names the field (a code identifier).
void requireId(qint64 id, const char* what);
/// Throws InvalidInput when an optional id is present but not > 0.
void requireOptionalId(const std::optional<qint64>& id, const char* what);
/// Throws InvalidInput unless @p time is valid (a NOT NULL time column).
void requireTime(const QDateTime& time, const char* what);
void requireDate(const QDate& date, const char* what);
/// Throws InvalidInput unless the currency is three upper-case ASCII letters.
void requireCurrency(const QString& currency);
/// Throws NotFound when an UPDATE touched no row.
void requireUpdated(const Query& query, const char* entity, qint64 id);

/// A non-null QString for NOT NULL text columns (a null QString is bound as SQL NULL).
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
/// Empty text as SQL NULL, for nullable text columns.
inline QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
inline QVariant id(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}
inline QVariant integer(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

/// Throws Database: a stored code no enum value matches.
[[noreturn]] void throwUnknownCode(const char* column, const QString& code);

/// The enum value of a stored code; throws caseloop::Error (Database) for an unknown code.
template<typename E>
E enumFromDb(const QVariant& value, const char* column)
{
    const QString code = value.toString();
    if (const std::optional<E> e = fromCode<E>(code))
        return *e;
    throwUnknownCode(column, code);
}

template<typename E>
std::optional<E> optEnumFromDb(const QVariant& value, const char* column)
{
    if (value.isNull())
        return std::nullopt;
    return enumFromDb<E>(value, column);
}

template<typename E>
QVariant optCode(const std::optional<E>& value)
{
    return value ? QVariant(toCode(*value)) : QVariant();
}

/// Runs an `INSERT ... RETURNING id` and returns the new id.
qint64 execInsert(Query& query);

/// Runs a query and returns one value per row built by @p read.
template<typename T, typename Fn>
std::vector<T> readAll(Query& query, Fn read)
{
    query.exec();
    std::vector<T> rows;
    while (query.next())
        rows.push_back(read(query));
    return rows;
}

/// Runs a query and returns the first row built by @p read, or nullopt.
template<typename T, typename Fn>
std::optional<T> readOne(Query& query, Fn read)
{
    query.exec();
    if (!query.next())
        return std::nullopt;
    return read(query);
}

} // namespace caseloop::repo
