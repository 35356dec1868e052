#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace caseloop {

class Connection;

/// A prepared statement with named, bound parameters that throws caseloop::Error on failure.
/// Values are always bound, never spliced into the SQL text.
class Query final {
public:
    Query(Connection& connection, const QString& sql);

    Query& bind(const QString& placeholder, const QVariant& value);
    template<typename T>
    Query& bind(const QString& placeholder, const std::optional<T>& value)
    {
        return bind(placeholder, value ? QVariant::fromValue(*value) : QVariant());
    }

    /// Executes; throws on failure. Returns *this so a single-row read can chain next().
    Query& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    /// Runs a statement without parameters (DDL, pragmas).
    static void run(Connection& connection, const QString& sql);
    /// Runs a query and returns the first column of the first row (invalid when no row).
    static QVariant scalar(Connection& connection, const QString& sql);

private:
    Connection& m_connection;
    QSqlQuery m_query;
    QString m_sql;
};

/// Storage form of times and dates: UTC epoch milliseconds and ISO 8601 dates.
QVariant toDb(const QDateTime& time);
QVariant toDb(const std::optional<QDateTime>& time);
QVariant toDb(const QDate& date);
QDateTime timeFromDb(const QVariant& value);
std::optional<QDateTime> optTimeFromDb(const QVariant& value);
QDate dateFromDb(const QVariant& value);
std::optional<qint64> optIdFromDb(const QVariant& value);
std::optional<int> optIntFromDb(const QVariant& value);

/// Turns a failed QSqlError into caseloop::Error with a user-facing message.
[[noreturn]] void throwSqlError(const class QSqlError& error, const QString& context);

} // namespace caseloop
