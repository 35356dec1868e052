#include "error.h"
#include "rules/contactgate.h"

#include <QTimeZone>

#include <gtest/gtest.h>
#include <random>

using namespace caseloop;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

GateInput nyCall(const QDateTime& at)
{
    GateInput in;
    in.profile = RuleProfile::load(QStringLiteral("us-regf"));
    in.at = at;
    in.debtor.phones = {QStringLiteral("+1 212 555 0100")};
    in.debtor.country = QStringLiteral("US");
    in.debtor.region = QStringLiteral("NY");
    return in;
}

GateHistoryEntry call(const QDateTime& at, const char* outcome)
{
    GateHistoryEntry e;
    e.at = at;
    e.channel = QStringLiteral("call");
    e.outcome = QString::fromLatin1(outcome);
    return e;
}

} // namespace

TEST(ContactGate, AllowedDecisionCarriesZonesAndLocalTimes)
{
    const ContactGate gate;
    const GateDecision d = gate.evaluate(nyCall(utc(2026, 3, 10, 15)));
    EXPECT_TRUE(d.allowed);
    EXPECT_TRUE(d.blockedBy.empty());
    EXPECT_EQ(d.zones, QStringList{QStringLiteral("America/New_York")});
    ASSERT_EQ(d.localTimes.size(), 1u);
    EXPECT_EQ(d.localTimes[0].local().time(), QTime(11, 0));
    EXPECT_EQ(d.localTimes[0].sources,
              (QStringList{QStringLiteral("postal_address"), QStringLiteral("phone")}));
    EXPECT_EQ(d.nextAllowedAt, utc(2026, 3, 10, 15));
    EXPECT_EQ(d.profileId, QStringLiteral("us-regf"));
    EXPECT_EQ(d.profileVersion, QStringLiteral("2026.1"));
}

TEST(ContactGate, ReasonsShowLocalTimeAndCitation)
{
    GateInput in = nyCall(utc(2026, 3, 10, 14, 30));
    in.debtor.region = QStringLiteral("CA");
    const GateDecision d = ContactGate().evaluate(in);
    ASSERT_EQ(d.blockedBy.size(), 1u);
    EXPECT_EQ(d.blockedBy[0].ruleId, QStringLiteral("hours"));
    EXPECT_EQ(d.blockedBy[0].reason,
              QStringLiteral("Outside calling hours in America/Los_Angeles: 07:30 local "
                             "(allowed 08:00–21:00)"));
    EXPECT_TRUE(d.blockedBy[0].citation.contains(QStringLiteral("1006.6(b)(1)(i)")));
    EXPECT_EQ(d.nextAllowedAt, utc(2026, 3, 10, 15));
}

TEST(ContactGate, AuditInputsAreReported)
{
    GateInput in = nyCall(utc(2026, 3, 10, 15));
    for (int day = 4; day <= 9; ++day)
        in.history.push_back(call(utc(2026, 3, day, 15), "no_answer"));
    in.history.push_back(call(utc(2026, 3, 9, 16), "busy"));
    in.history.push_back(call(utc(2026, 3, 1, 15), "answered"));
    const GateDecision d = ContactGate().evaluate(in);
    EXPECT_TRUE(d.allowed);
    EXPECT_EQ(d.countedCallsInWindow, 6);
    EXPECT_EQ(d.windowDays, 7);
    EXPECT_EQ(d.maxAttempts, 7);
    EXPECT_EQ(d.lastConversationDate, QDate(2026, 3, 1));

    in.history.push_back(call(utc(2026, 3, 10, 13), "voicemail"));
    const GateDecision blocked = ContactGate().evaluate(in);
    EXPECT_EQ(blocked.blockedByIds(), QStringList{QStringLiteral("frequency")});
    EXPECT_EQ(blocked.countedCallsInWindow, 7);
    EXPECT_TRUE(blocked.blockedBy[0].reason.contains(QStringLiteral("2026-03-11")));
}

TEST(ContactGate, WarningsDoNotBlock)
{
    GateInput in = nyCall(utc(2026, 3, 10, 15));
    in.holds.push_back({QStringLiteral("hardship"), QDate(2026, 3, 1), {}, {}, {}});
    for (int h = 12; h <= 14; ++h)
        in.history.push_back(call(utc(2026, 3, 10, h), "no_answer"));
    const GateDecision d = ContactGate().evaluate(in);
    EXPECT_TRUE(d.allowed);
    QStringList ids;
    for (const auto& w : d.warnings)
        ids << w.ruleId;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("hold:hardship"), QStringLiteral("frequency")}));
    EXPECT_TRUE(d.warnings[1].reason.contains(QStringLiteral("3 calls already placed today")));
}

TEST(ContactGate, HoldTypesMissingFromTheProfileBlock)
{
    auto profile = std::make_shared<RuleProfile>(RuleProfile::builtin(QStringLiteral("us-regf")));
    profile->holds.remove(QStringLiteral("deceased"));
    GateInput in = nyCall(utc(2026, 3, 10, 15));
    in.profile = profile;
    in.holds.push_back({QStringLiteral("deceased"), {}, {}, {}, {}});
    const GateDecision d = ContactGate().evaluate(in);
    EXPECT_EQ(d.blockedByIds(), QStringList{QStringLiteral("hold:deceased")});
    EXPECT_FALSE(d.nextAllowedAt.has_value());
}

TEST(ContactGate, HoldWithExactEndTime)
{
    GateInput in = nyCall(utc(2026, 3, 10, 15));
    in.holds.push_back(
        {QStringLiteral("dispute"), {}, utc(2026, 3, 1, 0), {}, utc(2026, 3, 10, 17, 45)});
    const GateDecision d = ContactGate().evaluate(in);
    EXPECT_EQ(d.blockedByIds(), QStringList{QStringLiteral("hold:dispute")});
    EXPECT_EQ(d.nextAllowedAt, utc(2026, 3, 10, 17, 45));
}

TEST(ContactGate, RejectsIncompleteInput)
{
    GateInput in = nyCall(utc(2026, 3, 10, 15));
    in.profile.reset();
    EXPECT_THROW(ContactGate().evaluate(in), Error);
    in = nyCall(QDateTime());
    EXPECT_THROW(ContactGate().evaluate(in), Error);
}

// next_allowed_at must be exact: allowed at that instant, blocked one minute earlier and at
// every sampled instant between the request and it. Checked over generated cases that mix
// zones, DST changes, call histories and holds.
TEST(ContactGate, NextAllowedAtIsTheEarliestAllowedInstant)
{
    std::mt19937 rng(20260308);
    const QStringList regions{QStringLiteral("NY"), QStringLiteral("CA"), QStringLiteral("AZ"),
                              QStringLiteral("TX"), QStringLiteral("HI"), QStringLiteral("IN")};
    const QStringList phones{QStringLiteral("+1 212 555 0100"), QStringLiteral("+1 602 555 0100"),
                             QStringLiteral("+1 808 555 0100"), QStringLiteral("+1 907 555 0100")};
    const char* outcomes[] = {"no_answer", "voicemail", "busy", "answered", "no_answer", "dropped"};
    const QDateTime bases[] = {utc(2026, 3, 6, 0), utc(2026, 10, 29, 0), utc(2026, 7, 1, 0)};
    const ContactGate gate;
    int blockedCases = 0;
    for (int i = 0; i < 150; ++i) {
        const QDateTime base = bases[i % 3];
        GateInput in = nyCall(base.addSecs(qint64(rng() % (4 * 24 * 60)) * 60));
        in.debtor.region = regions[int(rng() % regions.size())];
        in.debtor.phones = {phones[int(rng() % phones.size())]};
        const int calls = int(rng() % 10);
        for (int c = 0; c < calls; ++c)
            in.history.push_back(
                call(in.at.addSecs(-qint64(rng() % (9 * 24 * 60) + 1) * 60), outcomes[rng() % 6]));
        if (rng() % 5 == 0)
            in.holds.push_back({QStringLiteral("dispute"),
                                {},
                                in.at.addDays(-3),
                                {},
                                in.at.addSecs(qint64(rng() % (3 * 24 * 60)) * 60)});
        SCOPED_TRACE(i);
        const GateDecision d = gate.evaluate(in);
        ASSERT_TRUE(d.nextAllowedAt.has_value());
        const QDateTime next = *d.nextAllowedAt;
        ASSERT_GE(next, in.at);
        GateInput later = in;
        later.at = next;
        EXPECT_TRUE(gate.evaluate(later).allowed) << next.toString(Qt::ISODate).toStdString();
        if (d.allowed) {
            EXPECT_EQ(next, in.at);
            continue;
        }
        ++blockedCases;
        later.at = next.addSecs(-60);
        EXPECT_FALSE(gate.evaluate(later).allowed) << next.toString(Qt::ISODate).toStdString();
        for (QDateTime t = in.at; t < next; t = t.addSecs(37 * 60)) {
            later.at = t;
            ASSERT_FALSE(gate.evaluate(later).allowed)
                << t.toString(Qt::ISODate).toStdString() << " < "
                << next.toString(Qt::ISODate).toStdString();
        }
    }
    EXPECT_GT(blockedCases, 30); // the generator really exercises blocked decisions
}
