#include "error.h"
#include "surveys/questionnaire.h"

#include <QFile>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace caseloop;
using nlohmann::json;

namespace {

QByteArray shippedBytes(const char* name)
{
    QFile f(QStringLiteral(":/surveys/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

json debtorJson()
{
    return json::parse(shippedBytes("debtor-default.json").toStdString());
}

QByteArray bytes(const json& j)
{
    return QByteArray::fromStdString(j.dump());
}

/// The message of the InvalidInput error parse() throws for @p j (empty when it parses).
QString parseError(const json& j)
{
    try {
        Questionnaire::parse(bytes(j), QStringLiteral("test.json"));
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        return e.message();
    }
    return {};
}

} // namespace

TEST(Questionnaire, ShippedDebtorSurveyHasTheIssuesDimensions)
{
    const Questionnaire q =
        Questionnaire::fromFile(QStringLiteral(":/surveys/debtor-default.json"));
    EXPECT_EQ(q.code, QStringLiteral("debtor-default"));
    EXPECT_EQ(q.respondentType, RespondentType::Debtor);
    ASSERT_EQ(q.dimensions.size(), 4u);
    EXPECT_EQ(q.dimensions[0].key, SurveyDimension::Efficiency);
    EXPECT_EQ(q.dimensions[0].label.zh, QStringLiteral("催收效率"));
    EXPECT_EQ(q.dimensions[1].key, SurveyDimension::Attitude);
    EXPECT_TRUE(q.dimensions[1].label.zh.startsWith(QStringLiteral("催收态度")));
    EXPECT_TRUE(q.dimensions[1].label.en.contains(QStringLiteral("patience")));
    EXPECT_EQ(q.dimensions[2].key, SurveyDimension::ServiceQuality);
    EXPECT_TRUE(q.dimensions[2].label.zh.startsWith(QStringLiteral("服务质量")));
    EXPECT_TRUE(q.dimensions[2].label.en.contains(QStringLiteral("compliance")));
    EXPECT_EQ(q.dimensions[3].key, SurveyDimension::Overall);
    EXPECT_EQ(q.dimensions[3].label.zh, QStringLiteral("客户满意度"));
    for (const QuestionnaireDimension& d : q.dimensions) {
        EXPECT_EQ(d.min, 1);
        EXPECT_EQ(d.max, 5);
        EXPECT_EQ(d.anchors.size(), 5u);
        EXPECT_FALSE(d.anchors.at(3).zh.isEmpty());
    }
    ASSERT_TRUE(q.nps.has_value());
    EXPECT_TRUE(q.nps->anchors.contains(0));
    EXPECT_TRUE(q.nps->anchors.contains(10));
}

TEST(Questionnaire, ShippedClientSurveyIsForClients)
{
    const std::vector<Questionnaire> shipped = Questionnaire::shipped();
    ASSERT_EQ(shipped.size(), 2u);
    EXPECT_EQ(shipped[1].code, QStringLiteral("client-default"));
    EXPECT_EQ(shipped[1].respondentType, RespondentType::Client);
    EXPECT_NE(shipped[1].dimension(SurveyDimension::Overall), nullptr);
}

TEST(Questionnaire, CanonicalJsonRoundTrips)
{
    const Questionnaire q = Questionnaire::parse(shippedBytes("debtor-default.json"));
    const Questionnaire again = Questionnaire::parse(q.toJsonText().toUtf8());
    EXPECT_EQ(q, again);
    Questionnaire v2 = again;
    v2.version = 7;
    EXPECT_TRUE(q.sameContent(v2));
    v2.dimensions[0].anchors[2].en = QStringLiteral("Rather slow");
    EXPECT_FALSE(q.sameContent(v2));
}

TEST(Questionnaire, BilingualTextPicksTheLocale)
{
    const BilingualText t{QStringLiteral("Efficiency"), QStringLiteral("催收效率")};
    EXPECT_EQ(t.text(QStringLiteral("zh_CN")), QStringLiteral("催收效率"));
    EXPECT_EQ(t.text(QStringLiteral("zh")), QStringLiteral("催收效率"));
    EXPECT_EQ(t.text(QStringLiteral("en")), QStringLiteral("Efficiency"));
    EXPECT_EQ(t.text(QStringLiteral("de")), QStringLiteral("Efficiency"));
}

TEST(Questionnaire, UnknownKeysAreRefusedWithTheirPath)
{
    json j = debtorJson();
    j["colour"] = "blue";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("colour"))) << parseError(j).toStdString();

    j = debtorJson();
    j["dimensions"][1]["weight"] = 2;
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[1].weight")));

    j = debtorJson();
    j["dimensions"][0]["label"]["fr"] = "Efficacité";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[0].label.fr")));
}

TEST(Questionnaire, MissingAndExtraAnchorsAreRefused)
{
    json j = debtorJson();
    j["dimensions"][2]["anchors"].erase("3");
    const QString missing = parseError(j);
    EXPECT_TRUE(missing.contains(QStringLiteral("dimensions[2].anchors.3")))
        << missing.toStdString();
    EXPECT_TRUE(missing.startsWith(QStringLiteral("test.json: ")));

    j = debtorJson();
    j["dimensions"][0]["anchors"]["6"] = {{"en", "Beyond"}, {"zh", "超出"}};
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[0].anchors.6")));

    j = debtorJson();
    j["dimensions"][0]["anchors"]["x"] = {{"en", "X"}, {"zh", "X"}};
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[0].anchors.x")));

    j = debtorJson();
    j["nps"]["anchors"].erase("10");
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("nps.anchors.10")));

    j = debtorJson();
    j["dimensions"][3]["anchors"]["4"]["zh"] = "  ";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[3].anchors.4.zh")));
}

TEST(Questionnaire, OutOfRangeAndMalformedValuesAreRefused)
{
    json j = debtorJson();
    j["dimensions"][0]["max"] = 7;
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[0].max")));

    j = debtorJson();
    j["dimensions"][0]["min"] = 0;
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[0].min")));

    j = debtorJson();
    j["nps"]["max"] = 5;
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("nps.max")));

    j = debtorJson();
    j["version"] = 0;
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("version")));

    j = debtorJson();
    j["dimensions"][1]["key"] = "speed";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions[1].key")));

    j = debtorJson();
    j["dimensions"][1]["key"] = "efficiency";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("more than once")));

    j = debtorJson();
    j["dimensions"].erase(3);
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("overall")));

    j = debtorJson();
    j["respondent_type"] = "creditor";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("respondent_type")));

    j = debtorJson();
    j["code"] = "Debtor Survey";
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("code")));

    j = debtorJson();
    j.erase("name");
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("name")));

    j = debtorJson();
    j["dimensions"] = json::array();
    EXPECT_TRUE(parseError(j).contains(QStringLiteral("dimensions")));

    EXPECT_THROW(Questionnaire::parse(QByteArray("{\"code\": ")), Error);
}

TEST(Questionnaire, SmallerScalesAndOptionalPartsAreAllowed)
{
    json j = debtorJson();
    j["dimensions"][0]["min"] = 2;
    j["dimensions"][0]["anchors"].erase("1");
    j.erase("nps");
    j.erase("comment");
    j.erase("description");
    j["dimensions"][1].erase("help");
    const Questionnaire q = Questionnaire::parse(bytes(j));
    EXPECT_EQ(q.dimensions[0].min, 2);
    EXPECT_FALSE(q.nps.has_value());
    EXPECT_FALSE(q.commentLabel.has_value());
    EXPECT_TRUE(q.dimensions[1].help.en.isEmpty());
    EXPECT_EQ(Questionnaire::parse(q.toJsonText().toUtf8()), q);
}
