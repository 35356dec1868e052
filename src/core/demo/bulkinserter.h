#pragma once

#include "db/bulkwriter.h"
#include "domain/enums.h"

#include <QString>
#include <QStringList>
#include <QUtf8StringView>

#include <memory>

namespace caseloop {

class Connection;

namespace demo {

/// The demo's row buffers are the bulk writer's typed rows.
using RowBuffer = BulkRows;

/// The stored code of an enum value as a view of its constant (no allocation, unlike toCode()).
template<typename E>
QUtf8StringView codeOf(E value)
{
    for (const auto& [v, code] : EnumCodes<E>::codes) {
        if (v == value)
            return QUtf8StringView(code.data(), qsizetype(code.size()));
    }
    return {};
}

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
