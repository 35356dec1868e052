// Table-driven tests of the contact gate: every tests/data/contact-rules/NN-name.json holds
// {"scenario": {...}, "expected": {...}} and is run as its own test case, named after the file.
#include "error.h"
#include "rules/scenariorunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace caseloop;
using nlohmann::json;

namespace {

QString fixtureDir()
{
    return QStringLiteral(CASELOOP_TEST_DATA "/contact-rules");
}

std::vector<std::string> fixtureFiles()
{
    std::vector<std::string> files;
    const QStringList names =
        QDir(fixtureDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& n : names)
        files.push_back(n.toStdString());
    return files;
}

json readFixture(const std::string& name)
{
    QFile f(fixtureDir() + u'/' + QString::fromStdString(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return json::parse(data.constData(), data.constData() + data.size());
}

std::string joined(const json& array, const char* key = nullptr)
{
    std::string s;
    for (const auto& v : array)
        s += (key ? v.at(key).get<std::string>() + ": " + v.at("reason").get<std::string>()
                  : v.get<std::string>()) +
             "\n";
    return s;
}

class ContactRuleScenario : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(ContactRuleScenario, MatchesExpected)
{
    const std::string& file = GetParam();
    SCOPED_TRACE("fixture tests/data/contact-rules/" + file);
    const json fixture = readFixture(file);
    ASSERT_TRUE(fixture.is_object() && fixture.contains("scenario") && fixture.contains("expected"))
        << "fixture must hold {\"scenario\", \"expected\"}";
    const json& expected = fixture.at("expected");

    if (expected.contains("error")) {
        const std::string field = expected.at("error").get<std::string>();
        try {
            const json out = ScenarioRunner::evaluateScenario(fixture.at("scenario"), fixtureDir());
            FAIL() << "expected an error naming '" << field << "', got " << out.dump();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
            EXPECT_NE(e.message().toStdString().find(field), std::string::npos)
                << "message: " << e.message().toStdString();
        }
        return;
    }

    json out;
    try {
        out = ScenarioRunner::evaluateScenario(fixture.at("scenario"), fixtureDir());
    } catch (const Error& e) {
        FAIL() << "unexpected error: " << e.message().toStdString();
    }
    SCOPED_TRACE("output " + out.dump());
    EXPECT_EQ(out.at("allowed"), expected.at("allowed"));
    EXPECT_EQ(out.at("blocked_by"), expected.at("blocked_by"));
    // Consistency of the output itself.
    EXPECT_EQ(out.at("allowed").get<bool>(), out.at("blocked_by").empty());
    EXPECT_EQ(out.at("reasons").size(), out.at("blocked_by").size());
    if (expected.contains("next_allowed_at")) {
        EXPECT_EQ(out.at("next_allowed_at"), expected.at("next_allowed_at"));
    }
    if (expected.contains("zones")) {
        EXPECT_EQ(out.at("zones"), expected.at("zones"));
    }
    const std::string reasons = joined(out.at("reasons"));
    for (const auto& part : expected.value("reasons_contain", json::array()))
        EXPECT_NE(reasons.find(part.get<std::string>()), std::string::npos)
            << "reasons lack '" << part.get<std::string>() << "':\n"
            << reasons;
    const std::string warnings = joined(out.at("warnings"), "rule");
    for (const auto& part : expected.value("warnings_contain", json::array()))
        EXPECT_NE(warnings.find(part.get<std::string>()), std::string::npos)
            << "warnings lack '" << part.get<std::string>() << "':\n"
            << warnings;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ContactRuleScenario, ::testing::ValuesIn(fixtureFiles()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = "f" + param.param.substr(0, param.param.size() - 5);
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name;
                         });

TEST(ScenarioRunner, FixtureFolderHoldsAtLeastFortyScenarios)
{
    EXPECT_GE(fixtureFiles().size(), 40u);
}

TEST(ScenarioRunner, OutputHasTheDocumentedShape)
{
    const json scenario = {{"profile", "us-regf"},
                           {"at", "2026-03-10T14:30:00Z"},
                           {"channel", "call"},
                           {"debtor",
                            {{"timezone", nullptr},
                             {"phones", {"+1 212 555 0100"}},
                             {"address", {{"country", "US"}, {"region", "CA"}}}}}};
    const json out = ScenarioRunner::evaluateScenario(scenario);
    for (const char* key : {"allowed", "blocked_by", "reasons", "next_allowed_at", "zones",
                            "warnings", "details", "local_times", "inputs", "profile"})
        EXPECT_TRUE(out.contains(key)) << key;
    EXPECT_EQ(out.at("profile").at("id"), "us-regf");
    ASSERT_EQ(out.at("details").size(), 1u);
    EXPECT_EQ(out.at("details")[0].at("citation"), "12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)");
    ASSERT_EQ(out.at("local_times").size(), 2u);
    EXPECT_EQ(out.at("local_times")[0].at("local"), "2026-03-10T07:30:00-07:00");
    EXPECT_EQ(out.at("local_times")[1].at("local"), "2026-03-10T10:30:00-04:00");
}

TEST(ScenarioRunner, ProfileByPathRelativeToSearchDir)
{
    const json scenario = {{"profile", "profiles/cn-floor-22.json"},
                           {"at", "2026-03-10T13:30:00Z"},
                           {"channel", "call"},
                           {"debtor", {{"phones", {"+86 138 0013 8000"}}}}};
    EXPECT_TRUE(ScenarioRunner::evaluateScenario(scenario, fixtureDir()).at("allowed").get<bool>());
    // Without the search dir the relative path does not resolve.
    EXPECT_THROW(ScenarioRunner::evaluateScenario(scenario, QStringLiteral("/nonexistent")), Error);
}

TEST(ScenarioRunner, ParseInstantRequiresAnOffset)
{
    EXPECT_TRUE(ScenarioRunner::parseInstant(QStringLiteral("2026-03-08T13:30:00Z")).isValid());
    const QDateTime withOffset =
        ScenarioRunner::parseInstant(QStringLiteral("2026-03-08T21:30:00+08:00"));
    ASSERT_TRUE(withOffset.isValid());
    EXPECT_EQ(ScenarioRunner::formatInstant(withOffset), QStringLiteral("2026-03-08T13:30:00Z"));
    EXPECT_FALSE(ScenarioRunner::parseInstant(QStringLiteral("2026-03-08T13:30:00")).isValid());
    EXPECT_FALSE(ScenarioRunner::parseInstant(QStringLiteral("2026-03-08")).isValid());
    EXPECT_FALSE(ScenarioRunner::parseInstant(QStringLiteral("tomorrow")).isValid());
}

TEST(ScenarioRunner, ErrorsNameNestedFields)
{
    const json base = {{"profile", "us-regf"},
                       {"at", "2026-03-10T15:00:00Z"},
                       {"channel", "call"},
                       {"debtor", {{"phones", {"+1 212 555 0100"}}}}};
    const auto messageOf = [](const json& scenario) -> std::string {
        try {
            ScenarioRunner::parse(scenario);
        } catch (const Error& e) {
            return e.message().toStdString();
        }
        return {};
    };
    json s = base;
    s["debtor"]["address"] = {{"country", "US"}, {"state", "NY"}};
    EXPECT_NE(messageOf(s).find("debtor.address.state: unknown key"), std::string::npos);
    s = base;
    s["history"] = json::array({{{"at", "2026-03-09T15:00:00Z"},
                                 {"channel", "call"},
                                 {"outcome", "no_answer"},
                                 {"direction", "sideways"}}});
    EXPECT_NE(messageOf(s).find("history[0].direction"), std::string::npos);
    s = base;
    s["holds"] = json::array({{{"type", "dispute"}, {"from", "2026-13-01"}}});
    EXPECT_NE(messageOf(s).find("holds[0].from"), std::string::npos);
    s = base;
    s.erase("debtor");
    EXPECT_NE(messageOf(s).find("debtor: missing required field"), std::string::npos);
    s = base;
    s["opt_outs"] = "email";
    EXPECT_NE(messageOf(s).find("opt_outs: expected an array"), std::string::npos);
    EXPECT_NE(messageOf(json::array()).find("expected an object"), std::string::npos);
}
