#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <vector>

namespace caseloop {

class Connection;
class Query;

namespace demo {

/// Values of whole rows for one table, in column order, filled with operator<<. Plain memory:
/// it may be filled on one thread and written on another.
class RowBuffer final {
public:
    RowBuffer& operator<<(QVariant value)
    {
        m_values.push_back(std::move(value));
        return *this;
    }
    /// Text values are never NULL: a null QString is written as '' (NULL only via QVariant()).
    RowBuffer& operator<<(const QString& value)
    {
        if (value.isNull())
            m_values.emplace_back(QStringLiteral(""));
        else
            m_values.emplace_back(value);
        return *this;
    }
    const std::vector<QVariant>& values() const { return m_values; }
    void clear() { m_values.clear(); }
    bool empty() const { return m_values.empty(); }

private:
    std::vector<QVariant> m_values;
};

/// Writes rows into one table with multi-row prepared INSERT statements
/// (`VALUES (:v0,..),(..)`), each prepared once and reused; the fastest path through QSqlQuery
/// we measured (see docs/demo-data.md). Use on the connection's thread only.
class BulkInserter final {
public:
    /// @p table and @p columns come from code constants, never from input.
    BulkInserter(Connection& connection, QString table, QStringList columns,
                 int rowsPerStatement = 16);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    /// Appends one value of the current row to the inserter's own buffer.
    template<typename T>
    BulkInserter& operator<<(T&& value)
    {
        m_buffer << std::forward<T>(value);
        return *this;
    }
    /// Writes the inserter's own buffer.
    void flush() { write(m_buffer); }
    /// Writes and clears @p rows, which must hold whole rows of this table.
    void write(RowBuffer& rows);

    qint64 rowsWritten() const { return m_written; }
    const QString& table() const { return m_table; }

private:
    Query& statement(int rows);
    const QString& placeholder(int index);

    Connection& m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    RowBuffer m_buffer;
    std::vector<QString> m_placeholders;
    std::map<int, std::unique_ptr<Query>> m_statements;
    qint64 m_written = 0;
};

} // namespace demo
} // namespace caseloop
