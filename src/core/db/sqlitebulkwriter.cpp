#include "db/sqlitebulkwriter.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace caseloop {

SqliteBulkWriter::SqliteBulkWriter(Connection& connection, const QString& table,
                                   const QStringList& columns)
    : m_width(int(columns.size()))
{
    const QVariant handle = connection.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("caseloop::Database",
                                                "The database driver is not SQLite."));
    }
    m_db = *static_cast<sqlite3* const*>(handle.constData());
    QStringList marks;
    for (int i = 0; i < m_width; ++i)
        marks << QStringLiteral("?");
    // Identifiers from code constants only; every value is bound.
    const QByteArray sql = (QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                            columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES (") +
                            marks.join(QLatin1Char(',')) + QStringLiteral(")"))
                               .toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    sqlite3_finalize(m_stmt);
}

void SqliteBulkWriter::fail(int rc)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    throwSqlError(QSqlError(text, text, QSqlError::StatementError, QString::number(rc)),
                  QCoreApplication::translate("caseloop::Database", "writing many rows"));
}

void SqliteBulkWriter::insertRows(const QVariant* values, qsizetype rows)
{
    for (qsizetype r = 0; r < rows; ++r) {
        const QVariant* row = values + r * m_width;
        for (int c = 0; c < m_width; ++c) {
            const QVariant& v = row[c];
            const int index = c + 1;
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(m_stmt, index);
                if (rc != SQLITE_OK)
                    fail(rc);
                continue;
            }
            switch (v.typeId()) {
            case QMetaType::QString: {
                const QString& s = *static_cast<const QString*>(v.constData());
                rc = s.isNull() ? sqlite3_bind_null(m_stmt, index)
                                : sqlite3_bind_text16(m_stmt, index, s.utf16(), int(s.size() * 2),
                                                      SQLITE_STATIC);
                break;
            }
            case QMetaType::LongLong:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, index, qint64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray& b = *static_cast<const QByteArray*>(v.constData());
                rc = sqlite3_bind_blob(m_stmt, index, b.constData(), int(b.size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(m_stmt, index);
                break;
            default: {
                if (v.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, index);
                } else {
                    const QString s = v.toString();
                    rc = sqlite3_bind_text16(m_stmt, index, s.utf16(), int(s.size() * 2),
                                             SQLITE_TRANSIENT);
                }
                break;
            }
            }
            if (rc != SQLITE_OK)
                fail(rc);
        }
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            fail(rc);
    }
}

} // namespace caseloop
