// TableWriter (src/core/export/tablewriter.*): RFC 4180 CSV and JSON arrays, streamed.
#include "export/tablewriter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace caseloop;
using namespace Qt::StringLiterals;

namespace {

const std::vector<ExportColumn> columns{{u"id"_s, ColumnType::Integer},
                                        {u"text"_s, ColumnType::Text},
                                        {u"flag"_s, ColumnType::Boolean}};

QByteArray write(const QString& format, const std::vector<QVariantList>& rows, bool bom = false)
{
    QByteArray out;
    auto writer = TableWriter::create(
        format, [&out](const QByteArray& b) { out += b; }, bom);
    EXPECT_TRUE(writer);
    writer->begin(columns);
    for (const QVariantList& row : rows)
        writer->row(row);
    writer->end();
    return out;
}

} // namespace

TEST(TableWriter, CsvQuotesOnlyWhatRfc4180Requires)
{
    const QByteArray csv = write(u"csv"_s, {{1, u"plain"_s, true},
                                            {2, u"a,b"_s, false},
                                            {3, u"say \"hi\""_s, QVariant()},
                                            {4, u"line\nbreak"_s, true},
                                            {5, u"张伟"_s, false}});
    EXPECT_EQ(csv, QByteArray("id,text,flag\r\n"
                              "1,plain,1\r\n"
                              "2,\"a,b\",0\r\n"
                              "3,\"say \"\"hi\"\"\",\r\n"
                              "4,\"line\nbreak\",1\r\n") +
                       u"5,张伟,0\r\n"_s.toUtf8());
}

TEST(TableWriter, CsvByteOrderMarkOnlyWhenAsked)
{
    EXPECT_FALSE(write(u"csv"_s, {}).startsWith("\xEF\xBB\xBF"));
    const QByteArray withBom = write(u"csv"_s, {}, true);
    EXPECT_TRUE(withBom.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(withBom.mid(3), QByteArray("id,text,flag\r\n"));
}

TEST(TableWriter, CsvEmptyAndNullValuesAreEmptyCells)
{
    EXPECT_EQ(write(u"csv"_s, {{QVariant(), QString(), QVariant()}}),
              QByteArray("id,text,flag\r\n,,\r\n"));
}

TEST(TableWriter, JsonIsAnArrayOfTypedObjects)
{
    const QByteArray text =
        write(u"json"_s, {{7, u"x\"y"_s, true}, {QVariant(), QString(), false}, {9, u"李"_s}});
    const auto json = nlohmann::json::parse(text.toStdString());
    ASSERT_TRUE(json.is_array());
    ASSERT_EQ(json.size(), 3u);
    EXPECT_EQ(json[0]["id"], 7);
    EXPECT_EQ(json[0]["text"], "x\"y");
    EXPECT_EQ(json[0]["flag"], 1);
    EXPECT_TRUE(json[1]["id"].is_null());
    EXPECT_TRUE(json[1]["text"].is_null());
    EXPECT_EQ(json[1]["flag"], 0);
    EXPECT_EQ(json[2]["text"], "李");
    EXPECT_TRUE(json[2]["flag"].is_null()); // missing trailing value
    // Keys keep the column order (checked on the text: nlohmann::json sorts keys).
    EXPECT_LT(text.indexOf("\"id\""), text.indexOf("\"text\""));
    EXPECT_LT(text.indexOf("\"text\""), text.indexOf("\"flag\""));
}

TEST(TableWriter, JsonWithoutRowsIsAnEmptyArray)
{
    EXPECT_TRUE(nlohmann::json::parse(write(u"json"_s, {}).toStdString()).empty());
}

TEST(TableWriter, UnknownFormatGivesNoWriter)
{
    EXPECT_FALSE(TableWriter::create(u"xml"_s, [](const QByteArray&) {}));
}
