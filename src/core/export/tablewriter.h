#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace caseloop {

/// The type of an exported column: how a value is written in CSV and JSON.
enum class ColumnType { Text, Integer, Boolean };

struct ExportColumn {
    QString name;
    ColumnType type = ColumnType::Text;
};

/// Streams a table (header + rows) as CSV or JSON to a byte sink, one row at a time, so an
/// export of millions of rows needs no more memory than one row.
/// CSV: RFC 4180 (comma, CRLF line ends, fields with comma, quote, CR or LF quoted and quotes
/// doubled), UTF-8, optional byte-order mark for Excel. JSON: an array of objects, integers
/// and booleans as numbers, empty values as null.
class TableWriter {
public:
    using Sink = std::function<void(const QByteArray&)>;

    virtual ~TableWriter() = default;
    virtual void begin(const std::vector<ExportColumn>& columns) = 0;
    /// One value per column; a null or empty QVariant is written as an empty cell / null.
    virtual void row(const QVariantList& values) = 0;
    virtual void end() = 0;

    /// @p format "csv" or "json"; nullptr for anything else.
    static std::unique_ptr<TableWriter> create(const QString& format, Sink sink, bool bom = false);
};

/// The RFC 4180 form of one CSV field.
QByteArray csvField(const QString& text);

} // namespace caseloop
