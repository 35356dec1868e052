#include "demo/bulkinserter.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"

#include <QCoreApplication>

namespace caseloop::demo {

BulkInserter::BulkInserter(Connection& connection, QString table, QStringList columns,
                           int rowsPerStatement)
    : m_connection(connection)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{}

BulkInserter::~BulkInserter() = default;

const QString& BulkInserter::placeholder(int i)
{
    // Named binding: Qt 6.4's positional bindValue() formats and hashes a name per call,
    // which made binding three times slower than by name.
    while (qsizetype(m_placeholders.size()) <= i)
        m_placeholders.push_back(QStringLiteral(":v") + QString::number(m_placeholders.size()));
    return m_placeholders[size_t(i)];
}

Query& BulkInserter::statement(int rows)
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

void BulkInserter::write(RowBuffer& buffer)
{
    const std::vector<QVariant>& values = buffer.values();
    const qsizetype width = m_columns.size();
    if (qsizetype(values.size()) % width != 0) {
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("caseloop::DemoGenerator",
                                                "Internal error while generating demo data."),
                    QStringLiteral("incomplete row for table ") + m_table);
    }
    const qsizetype rows = qsizetype(values.size()) / width;
    qsizetype row = 0;
    while (row < rows) {
        const int count = int(std::min<qsizetype>(m_rowsPerStatement, rows - row));
        Query& q = statement(count);
        QSqlQuery& raw = q.raw();
        const size_t first = size_t(row * width);
        const int n = int(count * width);
        for (int i = 0; i < n; ++i)
            raw.bindValue(placeholder(i), values[first + size_t(i)]);
        q.exec();
        row += count;
    }
    m_written += rows;
    buffer.clear();
}

} // namespace caseloop::demo
