#include "domain/enums.h"
#include "error.h"
#include "rules/ruleprofile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>

using namespace caseloop;
using nlohmann::json;

namespace {

json shippedJson(const char* id)
{
    QFile f(QStringLiteral(":/rules/") + QString::fromLatin1(id) + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return json::parse(data.constData(), data.constData() + data.size());
}

/// The message of the InvalidInput error that parsing \a j raises ("" if none).
std::string rejection(const json& j)
{
    try {
        RuleProfile::fromJson(j, QStringLiteral("test.json"));
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        return e.message().toStdString();
    }
    return {};
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(RuleProfile, LoadsUsRegf)
{
    const RuleProfile p = RuleProfile::builtin(QStringLiteral("us-regf"));
    EXPECT_EQ(p.id, QStringLiteral("us-regf"));
    EXPECT_EQ(p.version, QStringLiteral("2026.1"));
    ASSERT_TRUE(p.hours.contains(QStringLiteral("call")));
    EXPECT_EQ(p.hours.value(QStringLiteral("call")).startMinute, 8 * 60);
    EXPECT_EQ(p.hours.value(QStringLiteral("call")).endMinute, 21 * 60);
    EXPECT_FALSE(p.hours.contains(QStringLiteral("letter")));
    ASSERT_TRUE(p.frequency.has_value());
    EXPECT_EQ(p.frequency->maxAttempts, 7);
    EXPECT_EQ(p.frequency->windowDays, 7);
    EXPECT_TRUE(p.frequency->excludedOutcomes.contains(QStringLiteral("busy")));
    EXPECT_TRUE(p.frequency->excludedOutcomes.contains(QStringLiteral("not_in_service")));
    EXPECT_FALSE(p.frequency->inboundCounts);
    ASSERT_TRUE(p.postConversation.has_value());
    EXPECT_EQ(p.postConversation->quietDays, 7);
    EXPECT_TRUE(p.postConversation->inboundCounts);
    EXPECT_FALSE(p.dailyCaps.has_value());
    EXPECT_EQ(p.complaintSla.at(QStringLiteral("respond_days")), 15);
    EXPECT_EQ(p.complaintSla.at(QStringLiteral("final_days")), 60);
    EXPECT_EQ(p.requireOptOutNotice, (QStringList{QStringLiteral("sms"), QStringLiteral("email")}));
    EXPECT_TRUE(p.holds.value(QStringLiteral("dispute")).blocksAll);
    EXPECT_FALSE(p.holds.value(QStringLiteral("hardship")).blocksAll);
    EXPECT_TRUE(p.holds.value(QStringLiteral("hardship")).warn);
    EXPECT_EQ(p.holds.value(QStringLiteral("do_not_call")).blockedChannels,
              QStringList{QStringLiteral("call")});
    EXPECT_EQ(p.outcomeFlags.value(QStringLiteral("busy")) & RuleProfile::FrequencyExcluded,
              RuleProfile::FrequencyExcluded);
    EXPECT_TRUE(p.outcomeFlags.value(QStringLiteral("callback_requested")) &
                RuleProfile::Conversation);
    EXPECT_FALSE(p.outcomeFlags.value(QStringLiteral("voicemail")) & RuleProfile::Conversation);
}

TEST(RuleProfile, LoadsCnCifa)
{
    const RuleProfile p = RuleProfile::builtin(QStringLiteral("cn-cifa"));
    EXPECT_EQ(p.id, QStringLiteral("cn-cifa"));
    EXPECT_EQ(p.defaultZone, QStringLiteral("Asia/Shanghai"));
    EXPECT_EQ(p.defaultCountry, QStringLiteral("CN"));
    EXPECT_EQ(p.hours.value(QStringLiteral("call")).endMinute, 21 * 60);
    ASSERT_TRUE(p.regulatoryFloor.has_value());
    EXPECT_EQ(p.regulatoryFloor->endMinute, 22 * 60);
    ASSERT_TRUE(p.dailyCaps.has_value());
    EXPECT_EQ(p.dailyCaps->maxConnectedPerDay, 3);
    EXPECT_EQ(p.dailyCaps->maxAttemptsPerNumberPerDay, 6);
    EXPECT_FALSE(p.frequency.has_value());
    EXPECT_TRUE(p.thirdParty.onlyIfDebtorUnreachable);
    EXPECT_EQ(p.retention.at(QStringLiteral("collection_records_years")), 5);
    EXPECT_EQ(p.complaintSla.at(QStringLiteral("decide_days")), 15);
    EXPECT_EQ(p.complaintSla.at(QStringLiteral("complex_days")), 30);
}

TEST(RuleProfile, ShippedProfilesConfigureEveryHoldType)
{
    for (const QString& id : RuleProfile::builtinIds()) {
        const RuleProfile p = RuleProfile::builtin(id);
        for (const QString& type : allCodes<HoldType>())
            EXPECT_TRUE(p.holds.contains(type)) << id.toStdString() << " " << type.toStdString();
    }
}

TEST(RuleProfile, RejectsUnknownKeysNamingTheField)
{
    json j = shippedJson("us-regf");
    ASSERT_TRUE(j.is_object());
    j["frequency"]["max_atempts"] = 7;
    const std::string m = rejection(j);
    EXPECT_TRUE(contains(m, "frequency.max_atempts")) << m;
    EXPECT_TRUE(contains(m, "unknown key")) << m;
    EXPECT_TRUE(contains(m, "test.json")) << m;

    j = shippedJson("cn-cifa");
    j["holiday_rules"] = true;
    EXPECT_TRUE(contains(rejection(j), "holiday_rules: unknown key"));
}

TEST(RuleProfile, RejectsOutOfRangeHours)
{
    json j = shippedJson("us-regf");
    j["hours"]["windows"]["call"]["start"] = "25:00";
    std::string m = rejection(j);
    EXPECT_TRUE(contains(m, "hours.windows.call.start")) << m;
    EXPECT_TRUE(contains(m, "25:00")) << m;

    j = shippedJson("us-regf");
    j["hours"]["windows"]["sms"]["end"] = "07:00";
    m = rejection(j);
    EXPECT_TRUE(contains(m, "hours.windows.sms.end: must be later than start")) << m;

    j = shippedJson("cn-cifa");
    j["hours"]["regulatory_floor"]["end"] = "22:60";
    EXPECT_TRUE(contains(rejection(j), "hours.regulatory_floor.end"));
}

TEST(RuleProfile, RejectsWrongTypesAndValues)
{
    json j = shippedJson("us-regf");
    j["frequency"]["max_attempts"] = "7";
    std::string m = rejection(j);
    EXPECT_TRUE(contains(m, "frequency.max_attempts: expected an integer")) << m;

    j = shippedJson("us-regf");
    j["frequency"]["window_days"] = 0;
    EXPECT_TRUE(contains(rejection(j), "frequency.window_days"));

    j = shippedJson("us-regf");
    j["hours"]["windows"]["fax"] = {{"start", "08:00"}, {"end", "21:00"}};
    EXPECT_TRUE(contains(rejection(j), "hours.windows.fax: unknown channel"));

    j = shippedJson("us-regf");
    j["holds"]["vacation"] = {{"block", "all"}};
    EXPECT_TRUE(contains(rejection(j), "holds.vacation: unknown hold type"));

    j = shippedJson("us-regf");
    j["holds"]["dispute"]["block"] = "some";
    EXPECT_TRUE(contains(rejection(j), "holds.dispute.block"));

    j = shippedJson("us-regf");
    j["frequency"]["excluded_outcomes"].push_back("no_answer");
    EXPECT_TRUE(contains(rejection(j), "also listed in counted_outcomes"));

    j = shippedJson("us-regf");
    j["post_conversation"]["conversation_outcomes"].push_back("chatted");
    EXPECT_TRUE(contains(rejection(j), "post_conversation.conversation_outcomes[8]"));

    j = shippedJson("us-regf");
    j["default_zone"] = "Europe/Atlantis";
    EXPECT_TRUE(contains(rejection(j), "default_zone"));

    j = shippedJson("us-regf");
    j.erase("version");
    EXPECT_TRUE(contains(rejection(j), "version: missing required field"));

    j = shippedJson("us-regf");
    j["id"] = "US REGF";
    EXPECT_TRUE(contains(rejection(j), "id:"));
}

TEST(RuleProfile, ParseClock)
{
    EXPECT_EQ(RuleProfile::parseClock(QStringLiteral("08:00")), 480);
    EXPECT_EQ(RuleProfile::parseClock(QStringLiteral("00:00")), 0);
    EXPECT_EQ(RuleProfile::parseClock(QStringLiteral("21:30")), 21 * 60 + 30);
    EXPECT_EQ(RuleProfile::parseClock(QStringLiteral("24:00")), 1440);
    for (const char* bad : {"24:01", "25:00", "8:00", "12:60", "ab:cd", "-1:00", "12:5", ""})
        EXPECT_FALSE(RuleProfile::parseClock(QString::fromLatin1(bad)).has_value()) << bad;
    EXPECT_EQ(RuleProfile::formatClock(8 * 60 + 5), QStringLiteral("08:05"));
}

TEST(RuleProfile, LoadByIdIsCachedAndByPathReadsTheFile)
{
    const auto a = RuleProfile::load(QStringLiteral("us-regf"));
    const auto b = RuleProfile::load(QStringLiteral("us-regf"));
    EXPECT_EQ(a.get(), b.get());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    json j = shippedJson("us-regf");
    j["id"] = "us-regf-ma";
    j["frequency"]["max_attempts"] = 2;
    {
        QFile f(dir.filePath(QStringLiteral("ma.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(j.dump()));
    }
    const auto byPath = RuleProfile::load(dir.filePath(QStringLiteral("ma.json")));
    EXPECT_EQ(byPath->id, QStringLiteral("us-regf-ma"));
    EXPECT_EQ(byPath->frequency->maxAttempts, 2);
    const auto relative = RuleProfile::load(QStringLiteral("ma.json"), dir.path());
    EXPECT_EQ(relative.get(), byPath.get());
}

TEST(RuleProfile, FileErrors)
{
    try {
        RuleProfile::load(QStringLiteral("no-such-profile"));
        FAIL() << "unknown id accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
        EXPECT_TRUE(e.message().contains(QStringLiteral("no-such-profile")));
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_THROW(RuleProfile::fromFile(dir.filePath(QStringLiteral("missing.json"))), Error);
    {
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"id\": ");
    }
    try {
        RuleProfile::fromFile(dir.filePath(QStringLiteral("broken.json")));
        FAIL() << "broken JSON accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("broken.json")));
    }
}
