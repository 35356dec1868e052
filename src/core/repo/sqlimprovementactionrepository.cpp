#include "repo/sqlimprovementactionrepository.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

ImprovementAction readAction(const Query& q)
{
    ImprovementAction a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    a.title = q.value(2).toString();
    a.actionDate = dateFromDb(q.value(3));
    a.createdById = optIdFromDb(q.value(4));
    a.note = q.value(5).toString();
    return a;
}

} // namespace

std::vector<qint64> SqlImprovementActionRepository::agentsOf(qint64 actionId)
{
    Query q(m_connection, QStringLiteral("SELECT agent_id FROM improvement_action_agents WHERE "
                                         "action_id = :action ORDER BY agent_id"));
    q.bind(QStringLiteral(":action"), actionId).exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

qint64 SqlImprovementActionRepository::add(const ImprovementAction& action)
{
    requireOptionalId(action.createdById, "createdById");
    requireDate(action.actionDate, "actionDate");
    for (const qint64 agentId : action.agentIds)
        requireId(agentId, "agentIds");
    Transaction tx(m_connection);
    Query q(m_connection,
            QStringLiteral("INSERT INTO improvement_actions (kind, title, action_date, created_by, "
                           "note) VALUES (:kind, :title, :date, :by, :note) RETURNING id"));
    q.bind(QStringLiteral(":kind"), text(action.kind))
        .bind(QStringLiteral(":title"), text(action.title))
        .bind(QStringLiteral(":date"), toDb(action.actionDate))
        .bind(QStringLiteral(":by"), id(action.createdById))
        .bind(QStringLiteral(":note"), text(action.note));
    const qint64 actionId = execInsert(q);
    Query agent(m_connection, QStringLiteral("INSERT INTO improvement_action_agents (action_id, "
                                             "agent_id) VALUES (:action, :agent)"));
    for (const qint64 agentId : action.agentIds) {
        agent.bind(QStringLiteral(":action"), actionId)
            .bind(QStringLiteral(":agent"), agentId)
            .exec();
    }
    tx.commit();
    return actionId;
}

std::optional<ImprovementAction> SqlImprovementActionRepository::find(qint64 actionId)
{
    Query q(m_connection, QStringLiteral("SELECT id, kind, title, action_date, created_by, note "
                                         "FROM improvement_actions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), actionId);
    std::optional<ImprovementAction> a = readOne<ImprovementAction>(q, readAction);
    if (a)
        a->agentIds = agentsOf(a->id);
    return a;
}

std::vector<ImprovementAction> SqlImprovementActionRepository::listForAgent(qint64 agentId)
{
    Query q(m_connection,
            QStringLiteral("SELECT a.id, a.kind, a.title, a.action_date, a.created_by, a.note "
                           "FROM improvement_actions a JOIN improvement_action_agents g "
                           "ON g.action_id = a.id WHERE g.agent_id = :agent "
                           "ORDER BY a.action_date DESC, a.id DESC"));
    q.bind(QStringLiteral(":agent"), agentId);
    std::vector<ImprovementAction> actions = readAll<ImprovementAction>(q, readAction);
    for (ImprovementAction& a : actions)
        a.agentIds = agentsOf(a.id);
    return actions;
}

} // namespace caseloop
