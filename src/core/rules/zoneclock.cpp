#include "rules/zoneclock.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <algorithm>

namespace caseloop {

std::shared_ptr<const ZoneClock> ZoneClock::get(const QString& ianaId)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ZoneClock>> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(ianaId); it != cache.constEnd())
        return *it;
    std::shared_ptr<const ZoneClock> clock;
    const QByteArray id = ianaId.toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone zone(id);
        if (zone.isValid())
            clock = std::make_shared<const ZoneClock>(zone);
    }
    cache.insert(ianaId, clock); // unknown ids are cached as nullptr, too
    return clock;
}

ZoneClock::ZoneClock(const QTimeZone& zone)
    : m_id(QString::fromUtf8(zone.id()))
    , m_zone(zone)
{
    // Cache the transitions of 1970–2060; outside that range QTimeZone is asked directly.
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2060, 1, 1), QTime(0, 0), QTimeZone::utc());
    m_rangeStart = from.toMSecsSinceEpoch();
    m_rangeEnd = to.toMSecsSinceEpoch();
    const auto offsetAtMs = [&zone](qint64 ms) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
    };
    m_transitions.push_back({m_rangeStart, offsetAtMs(m_rangeStart)});
    if (zone.hasTransitions()) {
        const auto list = zone.transitions(from, to);
        for (const auto& t : list) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at <= m_transitions.back().atUtcMs) {
                m_transitions.back().offset = t.offsetFromUtc;
                continue;
            }
            if (t.offsetFromUtc != m_transitions.back().offset)
                m_transitions.push_back({at, t.offsetFromUtc});
        }
    }
    // Qt's TZif backend lists explicit transitions only (tzdata files end in 2037); later DST
    // changes follow the zone's POSIX rule, which offsetFromUtc() applies. Find those by daily
    // sampling and bisection (DST changes are always more than a day apart).
    if (zone.hasDaylightTime()) {
        constexpr qint64 step = msPerDay;
        qint64 t = m_transitions.back().atUtcMs;
        int offset = offsetAtMs(t);
        while (t + step < m_rangeEnd) {
            const int next = offsetAtMs(t + step);
            if (next != offset) {
                qint64 lo = t;
                qint64 hi = t + step; // offset(lo) == offset, offset(hi) == next
                while (hi - lo > 1) {
                    const qint64 mid = lo + (hi - lo) / 2;
                    (offsetAtMs(mid) == offset ? lo : hi) = mid;
                }
                m_transitions.push_back({hi, next});
                offset = next;
            }
            t += step;
        }
    }
}

ZoneClock::Span ZoneClock::spanAt(qint64 utcMs) const
{
    if (utcMs < m_rangeStart || utcMs >= m_rangeEnd) {
        return {utcMs, utcMs + 1,
                m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()))};
    }
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcMs,
                                     [](qint64 v, const Transition& t) { return v < t.atUtcMs; });
    const auto cur = std::prev(it); // it != begin(): the first entry is at m_rangeStart
    return {cur->atUtcMs, it == m_transitions.end() ? m_rangeEnd : it->atUtcMs, cur->offset};
}

qint64 ZoneClock::Cursor::utcOf(qint64 localDay, qint64 msOfDay)
{
    const qint64 local = localDay * msPerDay + msOfDay;
    // Two candidates: with the offset valid before and after a possible transition.
    const qint64 guess1 = local - qint64(offsetAt(local - 14 * 3'600'000)) * 1000;
    const qint64 guess2 = local - qint64(offsetAt(local + 14 * 3'600'000)) * 1000;
    const qint64 lo = std::min(guess1, guess2);
    const qint64 hi = std::max(guess1, guess2);
    if (localMs(lo) == local)
        return lo; // overlap: the earlier instant
    if (localMs(hi) == local)
        return hi;
    // Gap: the wall time does not exist; moved forward by the length of the gap.
    return hi;
}

} // namespace caseloop
