#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <vector>

namespace caseloop {

class BulkWriter;
class Connection;

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

/// Buffers whole rows of one table and writes them through the dialect's BulkWriter (on SQLite
/// the C API; see docs/demo-data.md). Use on the connection's thread only.
class BulkInserter final {
public:
    /// @p table and @p columns come from code constants, never from input.
    BulkInserter(Connection& connection, QString table, const QStringList& columns);
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
    QString m_table;
    qsizetype m_width;
    RowBuffer m_buffer;
    std::unique_ptr<BulkWriter> m_writer;
    qint64 m_written = 0;
};

} // namespace demo
} // namespace caseloop
