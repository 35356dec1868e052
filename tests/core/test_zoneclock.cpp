#include "rules/zoneclock.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 dayOf(int y, int mo, int d)
{
    return QDate(y, mo, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

} // namespace

TEST(ZoneClock, UnknownZoneIsNull)
{
    EXPECT_EQ(ZoneClock::get(QStringLiteral("Mars/Olympus")), nullptr);
    EXPECT_EQ(ZoneClock::get(QString()), nullptr);
    const auto a = ZoneClock::get(QStringLiteral("America/New_York"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a.get(), ZoneClock::get(QStringLiteral("America/New_York")).get()); // cached
}

TEST(ZoneClock, AgreesWithQTimeZoneAcrossYears)
{
    for (const char* id :
         {"America/New_York", "America/Phoenix", "Pacific/Honolulu", "America/Los_Angeles",
          "Asia/Shanghai", "Europe/London", "Australia/Lord_Howe", "America/Adak"}) {
        SCOPED_TRACE(id);
        const auto clock = ZoneClock::get(QString::fromLatin1(id));
        ASSERT_NE(clock, nullptr);
        const QTimeZone zone(id);
        // Every 13h07m from 2000 to 2045 (hits DST switch days at varying times of day).
        for (qint64 t = utcMs(2000, 1, 1, 0, 0); t < utcMs(2045, 1, 1, 0, 0);
             t += (13 * 60 + 7) * 60'000LL) {
            const QDateTime q = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
            ASSERT_EQ(clock->offsetAt(t), zone.offsetFromUtc(q))
                << q.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(ZoneClock, LocalDaysAndWallTimes)
{
    const auto ny = ZoneClock::get(QStringLiteral("America/New_York"));
    ASSERT_NE(ny, nullptr);
    // 2026-11-01 12:30Z is 07:30 EST; the day before 12:30Z is 08:30 EDT.
    EXPECT_EQ(ny->msOfLocalDay(utcMs(2026, 11, 1, 12, 30)), (7 * 60 + 30) * 60'000LL);
    EXPECT_EQ(ny->msOfLocalDay(utcMs(2026, 10, 31, 12, 30)), (8 * 60 + 30) * 60'000LL);
    // 03:30Z on 03-04 is still 03-03 in New York.
    EXPECT_EQ(ny->localDay(utcMs(2026, 3, 4, 3, 30)), dayOf(2026, 3, 3));
    // 08:00 local on the DST start day is 12:00Z; midnight is still EST.
    EXPECT_EQ(ny->utcOf(dayOf(2026, 3, 8), 8 * 3'600'000LL), utcMs(2026, 3, 8, 12, 0));
    EXPECT_EQ(ny->utcOf(dayOf(2026, 3, 8), 0), utcMs(2026, 3, 8, 5, 0));
    // 02:30 does not exist on that day: moved forward to 03:30 EDT = 07:30Z.
    EXPECT_EQ(ny->utcOf(dayOf(2026, 3, 8), (2 * 60 + 30) * 60'000LL), utcMs(2026, 3, 8, 7, 30));
    // 01:30 exists twice on 2026-11-01: the earlier (EDT) instant.
    EXPECT_EQ(ny->utcOf(dayOf(2026, 11, 1), (60 + 30) * 60'000LL), utcMs(2026, 11, 1, 5, 30));
    const auto phx = ZoneClock::get(QStringLiteral("America/Phoenix"));
    EXPECT_EQ(phx->utcOf(dayOf(2026, 7, 1), 8 * 3'600'000LL), utcMs(2026, 7, 1, 15, 0));
    EXPECT_EQ(ZoneClock::floorDiv(-1, 10), -1);
    EXPECT_EQ(ZoneClock::floorDiv(10, 10), 1);
}
