#include "db/bulkwriter.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstring>

namespace caseloop {

void BulkRows::reserve(qsizetype cells, qsizetype textBytes)
{
    m_cells.reserve(size_t(cells));
    growText(textBytes);
}

void BulkRows::growText(qsizetype capacity)
{
    if (capacity <= m_textCapacity)
        return;
    auto grown = std::make_unique_for_overwrite<char[]>(size_t(capacity));
    if (m_textSize > 0)
        std::memcpy(grown.get(), m_text.get(), size_t(m_textSize));
    m_text = std::move(grown);
    m_textCapacity = capacity;
}

char* BulkRows::appendText(qsizetype maxBytes)
{
    if (m_textSize + maxBytes > m_textCapacity)
        growText(std::max(m_textCapacity * 2, m_textSize + maxBytes + 4096));
    return m_text.get() + m_textSize;
}

BulkRows& BulkRows::operator<<(QUtf8StringView text)
{
    const qsizetype n = text.size();
    char* out = appendText(n);
    if (n > 0)
        std::memcpy(out, text.data(), size_t(n));
    Cell& cell = m_cells.emplace_back();
    cell.type = Type::Text;
    cell.size = quint32(n);
    cell.offset = m_textSize;
    m_textSize += n;
    return *this;
}

BulkRows& BulkRows::operator<<(QStringView text)
{
    // UTF-16 → UTF-8 straight into the arena (at most 3 bytes per UTF-16 unit); unpaired
    // surrogates become '?' as in QString::toUtf8() (Qt 6.4).
    const qsizetype n = text.size();
    char* const start = appendText(n * 3);
    char* out = start;
    const char16_t* in = text.utf16();
    const char16_t* const end = in + n;
    while (in != end) {
        const char16_t c = *in++;
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && in != end && *in >= 0xDC00 && *in < 0xE000) {
            const char32_t u =
                0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(*in++) - 0xDC00);
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (c >= 0xD800 && c < 0xE000) {
            *out++ = '?';
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    Cell& cell = m_cells.emplace_back();
    cell.type = Type::Text;
    cell.size = quint32(out - start);
    cell.offset = m_textSize;
    m_textSize += out - start;
    return *this;
}

QVariant BulkRows::toVariant(const Cell& c) const
{
    switch (c.type) {
    case Type::Null:
        return {};
    case Type::Integer:
        return QVariant(c.integer);
    case Type::Real:
        return QVariant(c.real);
    case Type::Text:
        return QVariant(toString(c));
    }
    return {};
}

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

void SqlBulkWriter::insertRows(const BulkRows& values)
{
    const qsizetype width = m_columns.size();
    if (width == 0 || values.size() % width != 0) {
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("caseloop::Database",
                                                "Internal error while writing many rows."),
                    QStringLiteral("incomplete row for table ") + m_table);
    }
    const qsizetype rows = values.size() / width;
    qsizetype row = 0;
    while (row < rows) {
        const int count = int(std::min<qsizetype>(m_rowsPerStatement, rows - row));
        Query& q = statement(count);
        QSqlQuery& raw = q.raw();
        const qsizetype first = row * width;
        const int n = int(count * width);
        for (int i = 0; i < n; ++i)
            raw.bindValue(placeholder(i), values.toVariant(values.cell(first + i)));
        q.exec();
        row += count;
    }
}

} // namespace caseloop
