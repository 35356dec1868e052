#include "db/query.h"

#include "db/connection.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

#include <spdlog/spdlog.h>

namespace caseloop {

void throwSqlError(const QSqlError& error, const QString& context)
{
    // SQLite extended codes arrive as text; the primary code is the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString details = error.text();
    // Driver text names tables and constraints only, never bound values: safe to log.
    spdlog::warn("database error while {}: {}", context.toStdString(), details.toStdString());
    auto tr = [](const char* text) {
        return QCoreApplication::translate("caseloop::Database", text);
    };
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        throw Error(Error::Kind::Busy,
                    tr("The database is busy: another CaseLoop window or program is writing to "
                       "it. Try again in a moment."),
                    details);
    case 8: // SQLITE_READONLY
        throw Error(Error::Kind::ReadOnly,
                    tr("The database is read-only. Ask your administrator for write access, or "
                       "open a copy."),
                    details);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        throw Error(Error::Kind::NotADatabase,
                    tr("The file is not a CaseLoop database or is damaged. Restore a backup or "
                       "open another file."),
                    details);
    case 13: // SQLITE_FULL
        throw Error(Error::Kind::Io, tr("The disk is full. Free some space and try again."),
                    details);
    case 14: // SQLITE_CANTOPEN
        throw Error(Error::Kind::Io,
                    tr("The database file cannot be opened. Check that the folder exists and "
                       "that you may write to it."),
                    details);
    case 19: // SQLITE_CONSTRAINT
        throw Error(
            Error::Kind::InvalidInput,
            tr("The change was refused because it conflicts with existing data (%1).").arg(context),
            details);
    default:
        throw Error(Error::Kind::Database, tr("A database error occurred while %1.").arg(context),
                    details);
    }
}

Query::Query(Connection& connection, const QString& sql)
    : m_connection(connection)
    , m_query(connection.sql())
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        throwSqlError(m_query.lastError(),
                      QCoreApplication::translate("caseloop::Database", "preparing a statement"));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        throwSqlError(m_query.lastError(),
                      QCoreApplication::translate("caseloop::Database", "running a statement"));
    return *this;
}

void Query::run(Connection& connection, const QString& sql)
{
    QSqlQuery q(connection.sql());
    if (!q.exec(sql))
        throwSqlError(q.lastError(),
                      QCoreApplication::translate("caseloop::Database", "running a statement"));
}

QVariant Query::scalar(Connection& connection, const QString& sql)
{
    QSqlQuery q(connection.sql());
    if (!q.exec(sql))
        throwSqlError(q.lastError(),
                      QCoreApplication::translate("caseloop::Database", "running a query"));
    return q.next() ? q.value(0) : QVariant();
}

QVariant toDb(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant toDb(const std::optional<QDateTime>& time)
{
    return time ? toDb(*time) : QVariant();
}

QVariant toDb(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDateTime timeFromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

std::optional<QDateTime> optTimeFromDb(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return timeFromDb(value);
}

QDate dateFromDb(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<qint64> optIdFromDb(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> optIntFromDb(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace caseloop
