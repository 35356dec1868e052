#include "export/tablewriter.h"

#include <nlohmann/json.hpp>

namespace caseloop {

namespace {

bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

class CsvWriter final : public TableWriter {
public:
    CsvWriter(Sink sink, bool bom)
        : m_sink(std::move(sink))
        , m_bom(bom)
    {}

    void begin(const std::vector<ExportColumn>& columns) override
    {
        QByteArray line = m_bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line += ',';
            line += csvField(columns[i].name);
        }
        m_sink(line + "\r\n");
        m_columns = columns;
    }

    void row(const QVariantList& values) override
    {
        QByteArray line;
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                line += ',';
            const QVariant& v = i < size_t(values.size()) ? values[qsizetype(i)] : QVariant();
            if (isEmpty(v))
                continue;
            if (m_columns[i].type == ColumnType::Boolean)
                line += v.toBool() ? '1' : '0';
            else
                line += csvField(v.toString());
        }
        m_sink(line + "\r\n");
    }

    void end() override {}

private:
    Sink m_sink;
    bool m_bom = false;
    std::vector<ExportColumn> m_columns;
};

class JsonWriter final : public TableWriter {
public:
    explicit JsonWriter(Sink sink)
        : m_sink(std::move(sink))
    {}

    void begin(const std::vector<ExportColumn>& columns) override
    {
        m_columns = columns;
        m_keys.clear();
        for (const ExportColumn& c : columns)
            m_keys.push_back(c.name.toStdString());
        m_sink("[");
        m_first = true;
    }

    void row(const QVariantList& values) override
    {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const QVariant& v = i < size_t(values.size()) ? values[qsizetype(i)] : QVariant();
            auto& slot = object[m_keys[i]];
            if (isEmpty(v))
                slot = nullptr;
            else if (m_columns[i].type == ColumnType::Integer)
                slot = v.toLongLong();
            else if (m_columns[i].type == ColumnType::Boolean)
                slot = v.toBool() ? 1 : 0;
            else
                slot = v.toString().toStdString();
        }
        const QByteArray text = QByteArray::fromStdString(object.dump());
        m_sink((m_first ? QByteArray("\n") : QByteArray(",\n")) + text);
        m_first = false;
    }

    void end() override { m_sink(m_first ? QByteArray("]\n") : QByteArray("\n]\n")); }

private:
    Sink m_sink;
    std::vector<ExportColumn> m_columns;
    std::vector<std::string> m_keys;
    bool m_first = true;
};

} // namespace

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') ||
        bytes.contains('\n')) {
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

std::unique_ptr<TableWriter> TableWriter::create(const QString& format, Sink sink, bool bom)
{
    if (format == QLatin1StringView("csv"))
        return std::make_unique<CsvWriter>(std::move(sink), bom);
    if (format == QLatin1StringView("json"))
        return std::make_unique<JsonWriter>(std::move(sink));
    return nullptr;
}

} // namespace caseloop
