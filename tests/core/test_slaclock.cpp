#include "db/query.h"
#include "services/agencysettings.h"
#include "services/slaclock.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

const QTimeZone shanghai("Asia/Shanghai");
const QTimeZone newYork("America/New_York");

QDateTime local(const QTimeZone& zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toUTC();
}

Complaint openComplaint(const SlaClock& clock, const QDateTime& received)
{
    Complaint c;
    c.id = 1;
    c.receivedAt = received;
    c.ackDueAt = clock.ackDue(received);
    c.resolveDueAt = clock.resolveDue(received);
    return c;
}

} // namespace

TEST(SlaClock, AcknowledgeWithinOneBusinessDaySkipsTheWeekend)
{
    ASSERT_EQ(QDate(2026, 3, 6).dayOfWeek(), Qt::Friday);
    const SlaClock clock(SlaPolicy{}, shanghai);
    // Friday afternoon → Monday afternoon, same local time.
    EXPECT_EQ(clock.ackDue(local(shanghai, 2026, 3, 6, 15)), local(shanghai, 2026, 3, 9, 15));
    // Wednesday → Thursday.
    EXPECT_EQ(clock.ackDue(local(shanghai, 2026, 3, 4, 9, 30)), local(shanghai, 2026, 3, 5, 9, 30));
    // Saturday: the clock starts on Monday 00:00, so it is due at the end of Monday.
    EXPECT_EQ(clock.ackDue(local(shanghai, 2026, 3, 7, 10)), local(shanghai, 2026, 3, 10, 0));
    // Sunday likewise.
    EXPECT_EQ(clock.ackDue(local(shanghai, 2026, 3, 8, 23)), local(shanghai, 2026, 3, 10, 0));
}

TEST(SlaClock, BusinessDaysAreCountedInTheAgencyZone)
{
    // Saturday 01:00 in Shanghai is still Friday 17:00 in UTC: the agency's Saturday counts.
    const QDateTime received = local(shanghai, 2026, 3, 7, 1);
    ASSERT_EQ(received.date().dayOfWeek(), Qt::Friday);
    EXPECT_EQ(SlaClock(SlaPolicy{}, shanghai).ackDue(received), local(shanghai, 2026, 3, 10, 0));
    EXPECT_EQ(SlaClock(SlaPolicy{}, QTimeZone::utc()).ackDue(received),
              received.addDays(3)); // Friday 17:00 UTC → Monday 17:00 UTC
}

TEST(SlaClock, HolidaysAreNotBusinessDays)
{
    SlaPolicy policy;
    policy.holidays = {QDate(2026, 10, 1), QDate(2026, 10, 2)};
    policy.ackBusinessDays = 2;
    const SlaClock clock(policy, shanghai);
    EXPECT_FALSE(clock.isBusinessDay(QDate(2026, 10, 1)));
    EXPECT_TRUE(clock.isBusinessDay(QDate(2026, 9, 30)));
    // Wednesday 30 Sep + 2 business days: Thu and Fri are holidays → Mon 5 Oct, Tue 6 Oct.
    EXPECT_EQ(clock.ackDue(local(shanghai, 2026, 9, 30, 11)), local(shanghai, 2026, 10, 6, 11));
}

TEST(SlaClock, ResolveDeadlineIsCalendarDaysAtTheSameLocalTimeAcrossDst)
{
    const SlaClock clock(SlaPolicy{}, newYork);
    const QDateTime received = local(newYork, 2026, 3, 2, 10); // EST, UTC-5
    const QDateTime due = clock.resolveDue(received);          // EDT, UTC-4 after 8 March
    EXPECT_EQ(due, local(newYork, 2026, 3, 17, 10));
    EXPECT_EQ(received.msecsTo(due), (15 * 24 - 1) * 3600 * 1000LL);
    EXPECT_EQ(clock.maxResolveDue(received), local(newYork, 2026, 4, 1, 10));
}

TEST(SlaClock, OpenComplaintsAreOnTrackDueSoonOrOverdue)
{
    const SlaClock clock(SlaPolicy{}, shanghai);
    Complaint c = openComplaint(clock, local(shanghai, 2026, 3, 4, 9));
    const QDateTime ackDue = c.ackDueAt;

    SlaStatus s = clock.status(c, ackDue.addSecs(-25 * 3600));
    EXPECT_EQ(s.phase, SlaStatus::Phase::Acknowledge);
    EXPECT_EQ(s.state, SlaState::OnTrack);
    s = clock.status(c, ackDue.addSecs(-3600));
    EXPECT_EQ(s.state, SlaState::DueSoon);
    EXPECT_EQ(s.msecsLeft, 3600 * 1000);
    s = clock.status(c, ackDue.addSecs(60));
    EXPECT_EQ(s.state, SlaState::Overdue);
    EXPECT_LT(s.msecsLeft, 0);
    EXPECT_FALSE(s.ackOnTime);

    c.status = ComplaintStatus::Investigating;
    c.acknowledgedAt = ackDue.addSecs(-60);
    s = clock.status(c, ackDue.addSecs(3600));
    EXPECT_EQ(s.phase, SlaStatus::Phase::Resolve);
    EXPECT_EQ(s.due, c.resolveDueAt);
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_TRUE(s.ackOnTime);
    EXPECT_EQ(clock.status(c, c.resolveDueAt.addSecs(1)).state, SlaState::Overdue);
}

TEST(SlaClock, DoneComplaintsMetOrMissedTheirDeadlines)
{
    const SlaClock clock(SlaPolicy{}, shanghai);
    Complaint c = openComplaint(clock, local(shanghai, 2026, 3, 4, 9));
    c.status = ComplaintStatus::Resolved;
    c.acknowledgedAt = c.ackDueAt.addSecs(-10);
    c.resolvedAt = c.resolveDueAt.addSecs(-10);
    EXPECT_EQ(clock.status(c, c.resolveDueAt.addDays(40)).state, SlaState::Met);
    c.resolvedAt = c.resolveDueAt.addSecs(10);
    EXPECT_EQ(clock.status(c, c.resolveDueAt.addDays(40)).state, SlaState::Missed);
    c.resolvedAt = c.resolveDueAt.addSecs(-10);
    c.acknowledgedAt = c.ackDueAt.addSecs(10);
    c.status = ComplaintStatus::Closed;
    EXPECT_EQ(clock.status(c, c.resolveDueAt).state, SlaState::Missed);
}

TEST(SlaClock, PolicyComesFromSettingsWithSafeFallbacks)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    SlaPolicy p = SlaPolicy::load(*db); // the defaults schema version 3 stores
    EXPECT_EQ(p.ackBusinessDays, 1);
    EXPECT_EQ(p.resolveDays, 15);
    EXPECT_EQ(p.maxResolveDays, 30);
    EXPECT_EQ(p.dueSoonHours, 24);
    EXPECT_TRUE(p.holidays.empty());

    auto set = [&](const char* key, const QString& value) {
        Query q(*db, QStringLiteral("UPDATE settings SET value = :v WHERE key = :k"));
        q.bind(QStringLiteral(":v"), value).bind(QStringLiteral(":k"), QString::fromLatin1(key));
        q.exec();
        ASSERT_EQ(q.rowsAffected(), 1) << key;
    };
    set(SlaPolicy::resolveDaysKey, QStringLiteral("20"));
    set(SlaPolicy::maxResolveDaysKey, QStringLiteral("forty"));
    set(SlaPolicy::dueSoonHoursKey, QStringLiteral("-3"));
    set(SlaPolicy::holidaysKey, QStringLiteral("2026-10-01, 2026-10-02;nonsense"));
    p = SlaPolicy::load(*db);
    EXPECT_EQ(p.resolveDays, 20);
    EXPECT_EQ(p.maxResolveDays, 30); // invalid → default
    EXPECT_EQ(p.dueSoonHours, 24);
    EXPECT_EQ(p.holidays, (std::set<QDate>{QDate(2026, 10, 1), QDate(2026, 10, 2)}));

    Query tz(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
    tz.bind(QStringLiteral(":k"), QString::fromLatin1(AgencySettings::timeZoneKey))
        .bind(QStringLiteral(":v"), QStringLiteral("Asia/Shanghai"))
        .exec();
    EXPECT_EQ(SlaClock::load(*db).zone().id(), QByteArray("Asia/Shanghai"));
}
