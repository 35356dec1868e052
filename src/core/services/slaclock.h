#pragma once

#include "domain/records.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <set>

namespace caseloop {

class Connection;

/// The complaint SLA settings (settings table, keys complaints.*): acknowledge within
/// ackBusinessDays business days, resolve within resolveDays calendar days, extendable once up
/// to maxResolveDays; "due soon" within dueSoonHours of a deadline.
struct SlaPolicy {
    int ackBusinessDays = 1;
    int resolveDays = 15;
    int maxResolveDays = 30;
    int dueSoonHours = 24;
    std::set<QDate> holidays; ///< agency holidays (not business days), besides Saturday/Sunday

    static constexpr const char* ackBusinessDaysKey = "complaints.ack_business_days";
    static constexpr const char* resolveDaysKey = "complaints.resolve_days";
    static constexpr const char* maxResolveDaysKey = "complaints.max_resolve_days";
    static constexpr const char* dueSoonHoursKey = "complaints.due_soon_hours";
    static constexpr const char* holidaysKey = "complaints.holidays"; ///< "2026-10-01,2026-10-02"

    /// The stored settings; a missing or invalid value falls back to the default (logged).
    static SlaPolicy load(Connection& connection);
};

/// Where a complaint stands against its deadlines at one moment.
struct SlaStatus {
    enum class Phase { Acknowledge, Resolve, Done };
    Phase phase = Phase::Acknowledge;
    QDateTime due; ///< the deadline of the phase (Done: the resolve deadline)
    SlaState state = SlaState::OnTrack;
    qint64 msecsLeft = 0;   ///< until due; negative when overdue (0 when done)
    bool ackOnTime = false; ///< acknowledged by the acknowledge deadline (so far)
};

/// Deadline arithmetic of complaints in the agency time zone: business days skip Saturday,
/// Sunday and the policy's holidays; a complaint received on a non-business day starts its clock
/// at 00:00 of the next business day. Calendar days keep the local time of day across DST.
class SlaClock final {
public:
    SlaClock(SlaPolicy policy, QTimeZone zone);
    /// The policy in settings and the agency time zone of @p connection.
    static SlaClock load(Connection& connection);

    const SlaPolicy& policy() const { return m_policy; }
    const QTimeZone& zone() const { return m_zone; }

    bool isBusinessDay(const QDate& date) const;
    /// @p from plus @p days business days (same local time of day), in UTC.
    QDateTime addBusinessDays(const QDateTime& from, int days) const;
    /// @p from plus @p days calendar days (same local time of day), in UTC.
    QDateTime addCalendarDays(const QDateTime& from, int days) const;

    QDateTime ackDue(const QDateTime& receivedAt) const;
    QDateTime resolveDue(const QDateTime& receivedAt) const;
    /// The latest resolve deadline an extension may set.
    QDateTime maxResolveDue(const QDateTime& receivedAt) const;

    /// The complaint's phase, deadline and state at @p now: open complaints are overdue after
    /// their deadline and due soon within dueSoonHours of it; resolved or closed ones met their
    /// SLA when acknowledged and resolved by the (possibly extended) deadlines.
    SlaStatus status(const Complaint& complaint, const QDateTime& now) const;

private:
    SlaPolicy m_policy;
    QTimeZone m_zone;
};

} // namespace caseloop
