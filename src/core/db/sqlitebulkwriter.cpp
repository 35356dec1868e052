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
    : m_table(table)
    , m_width(int(columns.size()))
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

void SqliteBulkWriter::insertRows(const BulkRows& rows)
{
    if (m_width == 0 || rows.size() % m_width != 0) {
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("caseloop::Database",
                                                "Internal error while writing many rows."),
                    QStringLiteral("incomplete row for table ") + m_table);
    }
    const qsizetype count = rows.size();
    for (qsizetype first = 0; first < count; first += m_width) {
        for (int c = 0; c < m_width; ++c) {
            const BulkRows::Cell& cell = rows.cell(first + c);
            const int index = c + 1;
            int rc = SQLITE_OK;
            switch (cell.type) {
            case BulkRows::Type::Null:
                rc = sqlite3_bind_null(m_stmt, index);
                break;
            case BulkRows::Type::Integer:
                rc = sqlite3_bind_int64(m_stmt, index, cell.integer);
                break;
            case BulkRows::Type::Real:
                rc = sqlite3_bind_double(m_stmt, index, cell.real);
                break;
            case BulkRows::Type::Text:
                // The arena outlives the step: SQLite may read it in place.
                rc = sqlite3_bind_text(m_stmt, index, rows.text(cell), int(cell.size),
                                       SQLITE_STATIC);
                break;
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
