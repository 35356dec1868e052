#include "db/bulkwriter.h"

#include "db/connection.h"
#include "db/query.h"

#include <QSqlQuery>

namespace caseloop {

SqlBulkWriter::SqlBulkWriter(Connection& connection, QString table, QStringList columns,
                             int rowsPerStatement)
    : m_connection(connection)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{}

SqlBulkWriter::~SqlBulkWriter() = default;

const QString& SqlBulkWriter::placeholder(int i)
{
    // Named binding: Qt 6.4's positional bindValue() formats and hashes a name per call,
    // which made binding three times slower than by name.
    while (qsizetype(m_placeholders.size()) <= i)
        m_placeholders.push_back(QStringLiteral(":v") + QString::number(m_placeholders.size()));
    return m_placeholders[size_t(i)];
}

Query& SqlBulkWriter::statement(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return *it->second;
    // Only identifiers from code constants and placeholders: no value reaches the SQL text.
    QStringList tuples;
    for (int r = 0; r < rows; ++r) {
        QStringList marks;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            marks << placeholder(int(r * m_columns.size() + c));
        tuples << QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                        m_columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES ") +
                        tuples.join(QLatin1Char(','));
    auto inserted = m_statements.emplace(rows, std::make_unique<Query>(m_connection, sql));
    return *inserted.first->second;
}

void SqlBulkWriter::insertRows(const QVariant* values, qsizetype rows)
{
    const qsizetype width = m_columns.size();
    qsizetype row = 0;
    while (row < rows) {
        const int count = int(std::min<qsizetype>(m_rowsPerStatement, rows - row));
        Query& q = statement(count);
        QSqlQuery& raw = q.raw();
        const QVariant* first = values + row * width;
        const int n = int(count * width);
        for (int i = 0; i < n; ++i)
            raw.bindValue(placeholder(i), first[i]);
        q.exec();
        row += count;
    }
}

} // namespace caseloop
