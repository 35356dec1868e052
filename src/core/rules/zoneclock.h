#pragma once

#include <QString>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace caseloop {

/// Fast UTC <-> local conversion for one IANA zone: the zone's offset transitions (from the
/// system tzdata via QTimeZone, DST included) are read once and cached, so the contact gate can
/// convert thousands of instants per decision without calling into QTimeZone each time.
class ZoneClock final {
public:
    static constexpr qint64 msPerDay = 86'400'000;

    /// The shared clock of an IANA zone id, or nullptr when the id is unknown. Thread-safe.
    static std::shared_ptr<const ZoneClock> get(const QString& ianaId);

    const QString& id() const noexcept { return m_id; }
    const QTimeZone& zone() const noexcept { return m_zone; }

    /// A stretch of time [from, to) with one UTC offset (seconds).
    struct Span {
        qint64 from = 0;
        qint64 to = 0;
        int offset = 0;
    };
    Span spanAt(qint64 utcMs) const;

    /// Conversions that remember the last two spans used: the gate converts many instants
    /// close to each other, which then cost no search. Not thread-safe; one per evaluation.
    class Cursor {
    public:
        explicit Cursor(const ZoneClock* clock)
            : m_clock(clock)
        {}
        const ZoneClock& clock() const { return *m_clock; }
        int offsetAt(qint64 utcMs)
        {
            if (utcMs >= m_a.from && utcMs < m_a.to)
                return m_a.offset;
            if (utcMs >= m_b.from && utcMs < m_b.to)
                return m_b.offset;
            m_b = m_a;
            m_a = m_clock->spanAt(utcMs);
            return m_a.offset;
        }
        qint64 localMs(qint64 utcMs) { return utcMs + qint64(offsetAt(utcMs)) * 1000; }
        qint64 localDay(qint64 utcMs) { return floorDiv(localMs(utcMs), msPerDay); }
        qint64 msOfLocalDay(qint64 utcMs)
        {
            const qint64 local = localMs(utcMs);
            return local - floorDiv(local, msPerDay) * msPerDay;
        }
        qint64 utcOf(qint64 localDay, qint64 msOfDay);

    private:
        const ZoneClock* m_clock;
        Span m_a;
        Span m_b;
    };

    /// UTC offset in seconds at a UTC instant.
    int offsetAt(qint64 utcMs) const { return spanAt(utcMs).offset; }
    /// Local wall time in ms since 1970-01-01T00:00 local (i.e. utc + offset).
    qint64 localMs(qint64 utcMs) const { return Cursor(this).localMs(utcMs); }
    /// Local calendar day as days since 1970-01-01.
    qint64 localDay(qint64 utcMs) const { return Cursor(this).localDay(utcMs); }
    /// Milliseconds since local midnight.
    qint64 msOfLocalDay(qint64 utcMs) const { return Cursor(this).msOfLocalDay(utcMs); }
    /// The UTC instant of a local wall time (day since epoch + ms of day). In a DST gap the
    /// result is moved forward by the gap; in an overlap the earlier instant is returned.
    qint64 utcOf(qint64 localDay, qint64 msOfDay) const
    {
        return Cursor(this).utcOf(localDay, msOfDay);
    }

    static qint64 floorDiv(qint64 a, qint64 b)
    {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
    }

    explicit ZoneClock(const QTimeZone& zone); // use get()

private:
    struct Transition {
        qint64 atUtcMs;
        int offset;
    };
    QString m_id;
    QTimeZone m_zone;
    std::vector<Transition> m_transitions; ///< sorted; offset valid from atUtcMs onwards
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
};

} // namespace caseloop
