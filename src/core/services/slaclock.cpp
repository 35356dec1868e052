#include "services/slaclock.h"

#include "services/agencysettings.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

int intSetting(Connection& c, const char* key, int fallback, int min, int max)
{
    const QString text = AgencySettings::value(c, QString::fromLatin1(key)).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        spdlog::warn("setting {} is not a whole number in {}..{}; using {}", key, min, max,
                     fallback);
        return fallback;
    }
    return value;
}

} // namespace

SlaPolicy SlaPolicy::load(Connection& c)
{
    SlaPolicy p;
    p.ackBusinessDays = intSetting(c, ackBusinessDaysKey, p.ackBusinessDays, 0, 30);
    p.resolveDays = intSetting(c, resolveDaysKey, p.resolveDays, 1, 365);
    p.maxResolveDays = intSetting(c, maxResolveDaysKey, p.maxResolveDays, 1, 365);
    if (p.maxResolveDays < p.resolveDays) {
        spdlog::warn("setting {} is below {}; no extension possible", maxResolveDaysKey,
                     resolveDaysKey);
        p.maxResolveDays = p.resolveDays;
    }
    p.dueSoonHours = intSetting(c, dueSoonHoursKey, p.dueSoonHours, 0, 24 * 30);
    const QString holidays = AgencySettings::value(c, QString::fromLatin1(holidaysKey));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : holidays.split(separators, Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (d.isValid())
            p.holidays.insert(d);
        else
            spdlog::warn("setting {}: ignoring an entry that is not a YYYY-MM-DD date",
                         holidaysKey);
    }
    return p;
}

SlaClock::SlaClock(SlaPolicy policy, QTimeZone zone)
    : m_policy(std::move(policy))
    , m_zone(std::move(zone))
{}

SlaClock SlaClock::load(Connection& connection)
{
    return SlaClock(SlaPolicy::load(connection), AgencySettings::timeZone(connection));
}

bool SlaClock::isBusinessDay(const QDate& date) const
{
    const int dow = date.dayOfWeek();
    return dow != Qt::Saturday && dow != Qt::Sunday && !m_policy.holidays.contains(date);
}

QDateTime SlaClock::addBusinessDays(const QDateTime& from, int days) const
{
    const QDateTime local = from.toTimeZone(m_zone);
    QDate date = local.date();
    QTime time = local.time();
    if (!isBusinessDay(date)) {
        // The clock starts at the beginning of the next business day.
        do
            date = date.addDays(1);
        while (!isBusinessDay(date));
        time = QTime(0, 0);
    }
    for (int i = 0; i < days; ++i) {
        do
            date = date.addDays(1);
        while (!isBusinessDay(date));
    }
    return QDateTime(date, time, m_zone).toUTC();
}

QDateTime SlaClock::addCalendarDays(const QDateTime& from, int days) const
{
    const QDateTime local = from.toTimeZone(m_zone);
    return QDateTime(local.date().addDays(days), local.time(), m_zone).toUTC();
}

QDateTime SlaClock::ackDue(const QDateTime& receivedAt) const
{
    return addBusinessDays(receivedAt, m_policy.ackBusinessDays);
}

QDateTime SlaClock::resolveDue(const QDateTime& receivedAt) const
{
    return addCalendarDays(receivedAt, m_policy.resolveDays);
}

QDateTime SlaClock::maxResolveDue(const QDateTime& receivedAt) const
{
    return addCalendarDays(receivedAt, m_policy.maxResolveDays);
}

SlaStatus SlaClock::status(const Complaint& c, const QDateTime& now) const
{
    SlaStatus s;
    s.ackOnTime = c.acknowledgedAt ? *c.acknowledgedAt <= c.ackDueAt : now <= c.ackDueAt;
    if (c.status == ComplaintStatus::Resolved || c.status == ComplaintStatus::Closed) {
        s.phase = SlaStatus::Phase::Done;
        s.due = c.resolveDueAt;
        const bool resolvedOnTime = c.resolvedAt && *c.resolvedAt <= c.resolveDueAt;
        s.state =
            c.acknowledgedAt && s.ackOnTime && resolvedOnTime ? SlaState::Met : SlaState::Missed;
        return s;
    }
    if (c.status == ComplaintStatus::Received) {
        s.phase = SlaStatus::Phase::Acknowledge;
        s.due = c.ackDueAt;
    } else {
        s.phase = SlaStatus::Phase::Resolve;
        s.due = c.resolveDueAt;
    }
    s.msecsLeft = now.msecsTo(s.due);
    if (s.msecsLeft < 0)
        s.state = SlaState::Overdue;
    else if (s.msecsLeft <= qint64(m_policy.dueSoonHours) * 3600 * 1000)
        s.state = SlaState::DueSoon;
    else
        s.state = SlaState::OnTrack;
    return s;
}

} // namespace caseloop
