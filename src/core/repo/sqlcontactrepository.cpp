#include "repo/sqlcontactrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, case_id, agent_id, channel, direction, started_at, ended_at, "
                   "outcome, rpc, notes, visit_address, visit_result, phone_id, email_id "
                   "FROM contacts ");

Contact readContact(const Query& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.caseId = q.value(1).toLongLong();
    c.agentId = q.value(2).toLongLong();
    c.channel = enumFromDb<Channel>(q.value(3), "contacts.channel");
    c.direction = enumFromDb<Direction>(q.value(4), "contacts.direction");
    c.startedAt = timeFromDb(q.value(5));
    c.endedAt = optTimeFromDb(q.value(6));
    c.outcome = q.value(7).toString();
    c.rpc = q.value(8).toInt() != 0;
    c.notes = q.value(9).toString();
    c.visitAddress = q.value(10).toString();
    c.visitResult = q.value(11).toString();
    c.phoneId = optIdFromDb(q.value(12));
    c.emailId = optIdFromDb(q.value(13));
    return c;
}

} // namespace

qint64 SqlContactRepository::add(const Contact& contact)
{
    requireId(contact.caseId, "caseId");
    requireId(contact.agentId, "agentId");
    requireOptionalId(contact.phoneId, "phoneId");
    requireOptionalId(contact.emailId, "emailId");
    requireTime(contact.startedAt, "startedAt");
    Query q(m_connection,
            QStringLiteral("INSERT INTO contacts (case_id, agent_id, channel, direction, "
                           "started_at, ended_at, outcome, rpc, notes, visit_address, "
                           "visit_result, phone_id, email_id) VALUES (:case, :agent, :channel, "
                           ":direction, :started, :ended, :outcome, :rpc, :notes, :visitAddress, "
                           ":visitResult, :phone, :email) RETURNING id"));
    q.bind(QStringLiteral(":case"), contact.caseId)
        .bind(QStringLiteral(":agent"), contact.agentId)
        .bind(QStringLiteral(":channel"), toCode(contact.channel))
        .bind(QStringLiteral(":direction"), toCode(contact.direction))
        .bind(QStringLiteral(":started"), toDb(contact.startedAt))
        .bind(QStringLiteral(":ended"), toDb(contact.endedAt))
        .bind(QStringLiteral(":outcome"), text(contact.outcome))
        .bind(QStringLiteral(":rpc"), contact.rpc ? 1 : 0)
        .bind(QStringLiteral(":notes"), text(contact.notes))
        .bind(QStringLiteral(":visitAddress"), text(contact.visitAddress))
        .bind(QStringLiteral(":visitResult"), text(contact.visitResult))
        .bind(QStringLiteral(":phone"), id(contact.phoneId))
        .bind(QStringLiteral(":email"), id(contact.emailId));
    return execInsert(q);
}

std::optional<Contact> SqlContactRepository::find(qint64 contactId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), contactId);
    return readOne<Contact>(q, readContact);
}

std::vector<Contact> SqlContactRepository::listByCase(qint64 caseId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE case_id = :case "
                                                     "ORDER BY started_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<Contact>(q, readContact);
}

} // namespace caseloop
