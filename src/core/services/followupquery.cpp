#include "services/followupquery.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"

#include <QCoreApplication>
#include <QStringList>

namespace caseloop {

namespace {

/// The end of the range listed: local midnight @p upcomingDays days after tomorrow's start.
QDateTime rangeEnd(const QDateTime& now, const QTimeZone& zone, int upcomingDays)
{
    const QDate today = now.toTimeZone(zone).date();
    return QDateTime(today.addDays(1 + std::max(0, upcomingDays)), QTime(0, 0), zone).toUTC();
}

/// " AND f.agent_id IN (:a0, ...)" for @p agents (nothing for everyone), and its binding.
QString agentTerm(const std::optional<std::vector<qint64>>& agents)
{
    if (!agents)
        return {};
    if (agents->empty())
        return QStringLiteral(" AND 0 = 1");
    QStringList names;
    for (size_t i = 0; i < agents->size(); ++i)
        names << QStringLiteral(":a%1").arg(i);
    return QStringLiteral(" AND f.agent_id IN (") + names.join(QStringLiteral(", ")) +
           QStringLiteral(")");
}

void bindAgents(Query& q, const std::optional<std::vector<qint64>>& agents)
{
    if (!agents)
        return;
    for (size_t i = 0; i < agents->size(); ++i)
        q.bind(QStringLiteral(":a%1").arg(i), (*agents)[i]);
}

void checkRange(int upcomingDays, int limit)
{
    if (upcomingDays < 0 || upcomingDays > 366 || limit < 1 || limit > 100000) {
        throw Error(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("FollowUpQuery", "The follow-up range is out of bounds."),
            QStringLiteral("days %1, limit %2").arg(upcomingDays).arg(limit));
    }
}

} // namespace

FollowUpQuery::FollowUpQuery(Connection& connection, const UserContext& user)
    : m_connection(connection)
    , m_user(user)
{}

bool FollowUpQuery::seesOthers() const
{
    return m_user.role != Role::Agent;
}

std::optional<std::vector<qint64>> FollowUpQuery::visibleAgents()
{
    if (m_user.isSystem() || m_user.role == Role::Admin || m_user.role == Role::Compliance)
        return std::nullopt;
    if (m_user.role == Role::Agent)
        return std::vector<qint64>{m_user.userId};
    // Supervisors: the members of the teams they lead, or of their own team, and themselves.
    Query q(m_connection,
            QStringLiteral("SELECT u.id FROM users u WHERE u.id = :me OR u.team_id IN "
                           "(SELECT t.id FROM teams t WHERE t.supervisor_id = :me) OR "
                           "u.team_id = (SELECT me.team_id FROM users me WHERE me.id = :me) "
                           "ORDER BY u.id"));
    q.bind(QStringLiteral(":me"), m_user.userId).exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

QDateTime FollowUpQuery::startOfTomorrow(const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
}

FollowUpGroup FollowUpQuery::groupOf(const QDateTime& due, const QDateTime& now,
                                     const QTimeZone& zone)
{
    if (due < now)
        return FollowUpGroup::Overdue;
    return due < startOfTomorrow(now, zone) ? FollowUpGroup::Today : FollowUpGroup::Upcoming;
}

std::vector<FollowUpItem> FollowUpQuery::list(const QDateTime& now, const QTimeZone& zone,
                                              int upcomingDays, int limit)
{
    checkRange(upcomingDays, limit);
    const auto agents = visibleAgents();
    Query q(m_connection,
            QStringLiteral("SELECT f.id, f.case_id, c.ref, d.full_name, f.type, f.due_at, f.note, "
                           "f.visit_address, d.address_line, d.postal_code, d.city, f.agent_id, "
                           "u.display_name FROM followups f JOIN cases c ON c.id = f.case_id "
                           "JOIN debtors d ON d.id = c.debtor_id "
                           "LEFT JOIN users u ON u.id = f.agent_id "
                           "WHERE f.done_at IS NULL AND f.due_at < :end") +
                agentTerm(agents) + QStringLiteral(" ORDER BY f.due_at, f.id LIMIT :limit"));
    q.bind(QStringLiteral(":end"), toDb(rangeEnd(now, zone, upcomingDays)));
    q.bind(QStringLiteral(":limit"), limit);
    bindAgents(q, agents);
    q.exec();
    std::vector<FollowUpItem> items;
    while (q.next()) {
        FollowUpItem f;
        f.id = q.value(0).toLongLong();
        f.caseId = q.value(1).toLongLong();
        f.caseRef = q.value(2).toString();
        f.debtorName = q.value(3).toString();
        f.type = fromCode<FollowUpType>(q.value(4).toString()).value_or(FollowUpType::Call);
        f.dueAt = timeFromDb(q.value(5));
        f.note = q.value(6).toString();
        if (f.type == FollowUpType::Visit) {
            f.visitAddress = q.value(7).toString();
            if (f.visitAddress.isEmpty()) {
                QStringList parts;
                for (int column : {8, 9, 10}) {
                    const QString part = q.value(column).toString().trimmed();
                    if (!part.isEmpty())
                        parts << part;
                }
                f.visitAddress = parts.join(QStringLiteral(", "));
            }
        }
        f.agentId = q.value(11).toLongLong();
        f.agentName = q.value(12).toString();
        items.push_back(std::move(f));
    }
    return items;
}

FollowUpCounts FollowUpQuery::counts(const QDateTime& now, const QTimeZone& zone, int upcomingDays)
{
    checkRange(upcomingDays, 1);
    const auto agents = visibleAgents();
    Query q(m_connection,
            QStringLiteral("SELECT SUM(CASE WHEN f.due_at < :now THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN f.due_at >= :now AND f.due_at < :tomorrow "
                           "THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN f.due_at >= :tomorrow THEN 1 ELSE 0 END) "
                           "FROM followups f WHERE f.done_at IS NULL AND f.due_at < :end") +
                agentTerm(agents));
    q.bind(QStringLiteral(":now"), toDb(now.toUTC()));
    q.bind(QStringLiteral(":tomorrow"), toDb(startOfTomorrow(now, zone)));
    q.bind(QStringLiteral(":end"), toDb(rangeEnd(now, zone, upcomingDays)));
    bindAgents(q, agents);
    q.exec();
    FollowUpCounts c;
    if (q.next()) {
        c.overdue = q.value(0).toLongLong();
        c.today = q.value(1).toLongLong();
        c.upcoming = q.value(2).toLongLong();
    }
    return c;
}

} // namespace caseloop
