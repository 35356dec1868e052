#include "repo/sqlfollowuprepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, case_id, agent_id, type, due_at, note, done_at, "
                   "completed_by_contact_id, visit_address, created_at FROM followups ");

FollowUp readFollowUp(const Query& q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.caseId = q.value(1).toLongLong();
    f.agentId = q.value(2).toLongLong();
    f.type = enumFromDb<FollowUpType>(q.value(3), "followups.type");
    f.dueAt = timeFromDb(q.value(4));
    f.note = q.value(5).toString();
    f.doneAt = optTimeFromDb(q.value(6));
    f.completedByContactId = optIdFromDb(q.value(7));
    f.visitAddress = q.value(8).toString();
    f.createdAt = optTimeFromDb(q.value(9));
    return f;
}

void validate(const FollowUp& f)
{
    requireId(f.caseId, "caseId");
    requireId(f.agentId, "agentId");
    requireTime(f.dueAt, "dueAt");
    requireOptionalId(f.completedByContactId, "completedByContactId");
}

void bindFields(Query& q, const FollowUp& f)
{
    q.bind(QStringLiteral(":case"), f.caseId)
        .bind(QStringLiteral(":agent"), f.agentId)
        .bind(QStringLiteral(":type"), toCode(f.type))
        .bind(QStringLiteral(":due"), toDb(f.dueAt))
        .bind(QStringLiteral(":note"), text(f.note))
        .bind(QStringLiteral(":done"), toDb(f.doneAt))
        .bind(QStringLiteral(":completedBy"), id(f.completedByContactId))
        .bind(QStringLiteral(":visitAddress"), text(f.visitAddress))
        .bind(QStringLiteral(":created"), toDb(f.createdAt));
}

} // namespace

qint64 SqlFollowUpRepository::add(const FollowUp& followUp)
{
    validate(followUp);
    Query q(m_connection,
            QStringLiteral("INSERT INTO followups (case_id, agent_id, type, due_at, note, done_at, "
                           "completed_by_contact_id, visit_address, created_at) VALUES (:case, "
                           ":agent, :type, :due, :note, :done, :completedBy, :visitAddress, "
                           ":created) RETURNING id"));
    bindFields(q, followUp);
    return execInsert(q);
}

std::optional<FollowUp> SqlFollowUpRepository::find(qint64 followUpId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), followUpId);
    return readOne<FollowUp>(q, readFollowUp);
}

void SqlFollowUpRepository::update(const FollowUp& followUp)
{
    requireId(followUp.id, "followUp.id");
    validate(followUp);
    Query q(m_connection,
            QStringLiteral("UPDATE followups SET case_id = :case, agent_id = :agent, type = :type, "
                           "due_at = :due, note = :note, done_at = :done, "
                           "completed_by_contact_id = :completedBy, "
                           "visit_address = :visitAddress, created_at = :created WHERE id = :id"));
    bindFields(q, followUp);
    q.bind(QStringLiteral(":id"), followUp.id).exec();
    requireUpdated(q, "followup", followUp.id);
}

std::vector<FollowUp> SqlFollowUpRepository::listByCase(qint64 caseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE case_id = :case ORDER BY due_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<FollowUp>(q, readFollowUp);
}

std::vector<FollowUp> SqlFollowUpRepository::dueForAgent(qint64 agentId, const QDateTime& before)
{
    requireTime(before, "before");
    Query q(m_connection, selectSql + QStringLiteral("WHERE agent_id = :agent AND done_at IS NULL "
                                                     "AND due_at < :before ORDER BY due_at, id"));
    q.bind(QStringLiteral(":agent"), agentId).bind(QStringLiteral(":before"), toDb(before));
    return readAll<FollowUp>(q, readFollowUp);
}

void SqlFollowUpRepository::remove(qint64 followUpId)
{
    Query q(m_connection, QStringLiteral("DELETE FROM followups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), followUpId).exec();
    requireUpdated(q, "followup", followUpId);
}

void SqlFollowUpRepository::setPlannedIn(qint64 followUpId, qint64 contactId)
{
    requireId(contactId, "contactId");
    Query q(m_connection, QStringLiteral("UPDATE followups SET contact_id = :contact "
                                         "WHERE id = :id"));
    q.bind(QStringLiteral(":contact"), contactId).bind(QStringLiteral(":id"), followUpId).exec();
    requireUpdated(q, "followup", followUpId);
}

std::vector<FollowUp> SqlFollowUpRepository::plannedIn(qint64 contactId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE contact_id = :contact ORDER BY id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<FollowUp>(q, readFollowUp);
}

std::vector<FollowUp> SqlFollowUpRepository::completedBy(qint64 contactId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE completed_by_contact_id = :contact ORDER BY id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<FollowUp>(q, readFollowUp);
}

} // namespace caseloop
