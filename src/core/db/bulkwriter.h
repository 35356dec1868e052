#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUtf8StringView>
#include <QVariant>

#include <concepts>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace caseloop {

class Connection;
class Query;

/// Values of whole rows of one table in column order, typed and compact: integers and reals
/// inline, text as UTF-8 in one growing arena (no allocation per value). Filled with
/// operator<<; plain memory, so it may be filled on one thread and written on another.
class BulkRows final {
public:
    enum class Type : quint8 { Null, Integer, Real, Text };
    /// One value; text is `size` bytes at `offset` in the arena.
    struct Cell {
        Type type = Type::Null;
        quint32 size = 0;
        union {
            qint64 integer = 0;
            double real;
            qsizetype offset;
        };
    };

    BulkRows() = default;
    BulkRows(BulkRows&&) noexcept = default;
    BulkRows& operator=(BulkRows&&) noexcept = default;
    BulkRows(const BulkRows&) = delete;
    BulkRows& operator=(const BulkRows&) = delete;

    /// Appends SQL NULL.
    BulkRows& null()
    {
        m_cells.emplace_back();
        return *this;
    }
    BulkRows& operator<<(std::nullopt_t) { return null(); }
    template<std::integral T>
    BulkRows& operator<<(T value)
    {
        Cell& cell = m_cells.emplace_back();
        cell.type = Type::Integer;
        cell.integer = qint64(value);
        return *this;
    }
    BulkRows& operator<<(double value)
    {
        Cell& cell = m_cells.emplace_back();
        cell.type = Type::Real;
        cell.real = value;
        return *this;
    }
    /// NULL when empty.
    template<typename T>
    BulkRows& operator<<(const std::optional<T>& value)
    {
        return value ? (*this << *value) : null();
    }
    /// Text (a null QString is written as '', never as NULL).
    BulkRows& operator<<(QStringView text);
    BulkRows& operator<<(const QString& text) { return *this << QStringView(text); }
    /// UTF-8 text, e.g. a code constant: `rows << "outbound"`.
    BulkRows& operator<<(QUtf8StringView text);
    BulkRows& operator<<(const char* utf8) { return *this << QUtf8StringView(utf8); }
    BulkRows& operator<<(const char16_t* text) { return *this << QStringView(text); }

    /// Number of values (cells) held.
    qsizetype size() const { return qsizetype(m_cells.size()); }
    /// Bytes of text held.
    qsizetype textBytes() const { return m_textSize; }
    bool empty() const { return m_cells.empty(); }
    const Cell& cell(qsizetype i) const { return m_cells[size_t(i)]; }
    const char* text(const Cell& cell) const { return m_text.get() + cell.offset; }
    QString toString(const Cell& cell) const
    {
        return QString::fromUtf8(text(cell), qsizetype(cell.size));
    }
    /// The value of @p cell as QVariant (portable writers, tests).
    QVariant toVariant(const Cell& cell) const;
    void clear()
    {
        m_cells.clear();
        m_textSize = 0;
    }
    /// Makes room for @p cells values and @p textBytes bytes of text.
    void reserve(qsizetype cells, qsizetype textBytes);

private:
    char* appendText(qsizetype maxBytes);
    void growText(qsizetype capacity);

    std::vector<Cell> m_cells;
    std::unique_ptr<char[]> m_text;
    qsizetype m_textSize = 0;
    qsizetype m_textCapacity = 0;
};

/// Inserts many rows of one table as fast as the backend allows (demo data, imports). Created by
/// Dialect::bulkWriter(); used on the connection's thread inside a Transaction.
class BulkWriter {
public:
    virtual ~BulkWriter() = default;
    /// Inserts the whole rows held by @p rows (its size must be a multiple of the column count).
    virtual void insertRows(const BulkRows& rows) = 0;
};

/// Portable writer: multi-row prepared INSERT statements through QSqlQuery, each prepared once.
class SqlBulkWriter final : public BulkWriter {
public:
    /// @p table and @p columns come from code constants, never from input.
    SqlBulkWriter(Connection& connection, QString table, QStringList columns,
                  int rowsPerStatement = 16);
    ~SqlBulkWriter() override;
    void insertRows(const BulkRows& rows) override;

private:
    Query& statement(int rows);
    const QString& placeholder(int index);

    Connection& m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::vector<QString> m_placeholders;
    std::map<int, std::unique_ptr<Query>> m_statements;
};

} // namespace caseloop
