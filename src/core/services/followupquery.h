#pragma once

#include "domain/enums.h"
#include "usercontext.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// Where an open follow-up stands relative to "now" and the user's local day.
enum class FollowUpGroup {
    Overdue,  ///< due before now
    Today,    ///< due from now until the user's local midnight
    Upcoming, ///< due on a later local day
};

/// One open follow-up as the follow-ups list shows it.
struct FollowUpItem {
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseRef;
    QString debtorName;
    FollowUpType type = FollowUpType::Call;
    QDateTime dueAt; ///< UTC
    QString note;
    QString visitAddress; ///< visits only: the planned address, else the debtor's address
    qint64 agentId = 0;
    QString agentName;
};

/// How many open follow-ups are overdue, due today and upcoming (for reminders).
struct FollowUpCounts {
    qint64 overdue = 0;
    qint64 today = 0;
    qint64 upcoming = 0;

    friend bool operator==(const FollowUpCounts&, const FollowUpCounts&) = default;
};

/// Reads the open follow-ups a user works on: agents their own, supervisors their team's
/// (the agents of the teams they lead or belong to), compliance officers and admins everyone's.
/// Read-only. Throws caseloop::Error.
class FollowUpQuery final {
public:
    static constexpr int defaultUpcomingDays = 14;
    static constexpr int defaultLimit = 2000;

    FollowUpQuery(Connection& connection, const UserContext& user);

    /// Open follow-ups due before the end of the @p upcomingDays-th local day after today (in
    /// @p zone), overdue first, by due time; at most @p limit rows.
    std::vector<FollowUpItem> list(const QDateTime& now, const QTimeZone& zone,
                                   int upcomingDays = defaultUpcomingDays,
                                   int limit = defaultLimit);
    /// The counts per group over the same range as list() (without its limit).
    FollowUpCounts counts(const QDateTime& now, const QTimeZone& zone,
                          int upcomingDays = defaultUpcomingDays);

    /// The agents whose follow-ups the user sees; nullopt = everyone's.
    std::optional<std::vector<qint64>> visibleAgents();
    /// True when the user sees other agents' follow-ups too (show who owns each).
    bool seesOthers() const;

    static FollowUpGroup groupOf(const QDateTime& due, const QDateTime& now, const QTimeZone& zone);
    /// The user's next local midnight after @p now (start of tomorrow in @p zone), as UTC.
    static QDateTime startOfTomorrow(const QDateTime& now, const QTimeZone& zone);

private:
    Connection& m_connection;
    UserContext m_user;
};

} // namespace caseloop
