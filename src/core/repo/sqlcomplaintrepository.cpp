#include "repo/sqlcomplaintrepository.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "repo/sqlsupport.h"

#include <QStringList>

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral(
    "SELECT id, ref, external_id, case_id, agent_id, source, channel, category, severity, "
    "received_at, ack_due_at, acknowledged_at, resolve_due_at, resolved_at, status, outcome, "
    "root_cause, corrective_action, description, satisfaction_after, category_flagged, "
    "desired_outcome, root_cause_code, remedy, corrective_kind, corrective_owner_id, "
    "corrective_due_date, sla_extended_at, sla_extension_reason, sla_extended_by, closed_at, "
    "hold_id, response_id FROM complaints ");

Complaint readComplaint(const Query& q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.ref = q.value(1).toString();
    c.externalId = q.value(2).toString();
    c.caseId = optIdFromDb(q.value(3));
    c.agentId = optIdFromDb(q.value(4));
    c.source = q.value(5).toString();
    c.channel = q.value(6).toString();
    c.category = q.value(7).toString();
    c.severity = enumFromDb<Severity>(q.value(8), "complaints.severity");
    c.receivedAt = timeFromDb(q.value(9));
    c.ackDueAt = timeFromDb(q.value(10));
    c.acknowledgedAt = optTimeFromDb(q.value(11));
    c.resolveDueAt = timeFromDb(q.value(12));
    c.resolvedAt = optTimeFromDb(q.value(13));
    c.status = enumFromDb<ComplaintStatus>(q.value(14), "complaints.status");
    c.outcome = optEnumFromDb<ComplaintOutcome>(q.value(15), "complaints.outcome");
    c.rootCause = q.value(16).toString();
    c.correctiveAction = q.value(17).toString();
    c.description = q.value(18).toString();
    c.satisfactionAfter = optIntFromDb(q.value(19));
    c.categoryFlagged = q.value(20).toInt() != 0;
    c.desiredOutcome = q.value(21).toString();
    c.rootCauseCode = optEnumFromDb<RootCause>(q.value(22), "complaints.root_cause_code");
    c.remedy = q.value(23).toString();
    c.correctiveKind = optEnumFromDb<CorrectiveKind>(q.value(24), "complaints.corrective_kind");
    c.correctiveOwnerId = optIdFromDb(q.value(25));
    c.correctiveDueDate = q.value(26).isNull() ? QDate() : dateFromDb(q.value(26));
    c.slaExtendedAt = optTimeFromDb(q.value(27));
    c.slaExtensionReason = q.value(28).toString();
    c.slaExtendedById = optIdFromDb(q.value(29));
    c.closedAt = optTimeFromDb(q.value(30));
    c.holdId = optIdFromDb(q.value(31));
    c.responseId = optIdFromDb(q.value(32));
    return c;
}

void validate(const Complaint& c)
{
    requireOptionalId(c.caseId, "caseId");
    requireOptionalId(c.agentId, "agentId");
    requireTime(c.receivedAt, "receivedAt");
    requireTime(c.ackDueAt, "ackDueAt");
    requireTime(c.resolveDueAt, "resolveDueAt");
    for (const qint64 contactId : c.contactIds)
        requireId(contactId, "contactIds");
    requireOptionalId(c.correctiveOwnerId, "correctiveOwnerId");
    requireOptionalId(c.slaExtendedById, "slaExtendedById");
    requireOptionalId(c.holdId, "holdId");
    requireOptionalId(c.responseId, "responseId");
}

void bindFields(Query& q, const Complaint& c)
{
    q.bind(QStringLiteral(":ref"), text(c.ref))
        .bind(QStringLiteral(":external"), text(c.externalId))
        .bind(QStringLiteral(":case"), id(c.caseId))
        .bind(QStringLiteral(":agent"), id(c.agentId))
        .bind(QStringLiteral(":source"), text(c.source))
        .bind(QStringLiteral(":channel"), text(c.channel))
        .bind(QStringLiteral(":category"), text(c.category))
        .bind(QStringLiteral(":severity"), toCode(c.severity))
        .bind(QStringLiteral(":received"), toDb(c.receivedAt))
        .bind(QStringLiteral(":ackDue"), toDb(c.ackDueAt))
        .bind(QStringLiteral(":acknowledged"), toDb(c.acknowledgedAt))
        .bind(QStringLiteral(":resolveDue"), toDb(c.resolveDueAt))
        .bind(QStringLiteral(":resolved"), toDb(c.resolvedAt))
        .bind(QStringLiteral(":status"), toCode(c.status))
        .bind(QStringLiteral(":outcome"), optCode(c.outcome))
        .bind(QStringLiteral(":rootCause"), text(c.rootCause))
        .bind(QStringLiteral(":corrective"), text(c.correctiveAction))
        .bind(QStringLiteral(":description"), text(c.description))
        .bind(QStringLiteral(":satisfaction"), integer(c.satisfactionAfter))
        .bind(QStringLiteral(":flagged"), c.categoryFlagged ? 1 : 0)
        .bind(QStringLiteral(":desired"), text(c.desiredOutcome))
        .bind(QStringLiteral(":rootCauseCode"), optCode(c.rootCauseCode))
        .bind(QStringLiteral(":remedy"), text(c.remedy))
        .bind(QStringLiteral(":correctiveKind"), optCode(c.correctiveKind))
        .bind(QStringLiteral(":correctiveOwner"), id(c.correctiveOwnerId))
        .bind(QStringLiteral(":correctiveDue"),
              c.correctiveDueDate.isValid() ? toDb(c.correctiveDueDate) : QVariant())
        .bind(QStringLiteral(":extendedAt"), toDb(c.slaExtendedAt))
        .bind(QStringLiteral(":extensionReason"), text(c.slaExtensionReason))
        .bind(QStringLiteral(":extendedBy"), id(c.slaExtendedById))
        .bind(QStringLiteral(":closedAt"), toDb(c.closedAt))
        .bind(QStringLiteral(":hold"), id(c.holdId))
        .bind(QStringLiteral(":response"), id(c.responseId));
}

} // namespace

void SqlComplaintRepository::writeContacts(qint64 complaintId,
                                           const std::vector<qint64>& contactIds)
{
    Query remove(m_connection,
                 QStringLiteral("DELETE FROM complaint_contacts WHERE complaint_id = :complaint"));
    remove.bind(QStringLiteral(":complaint"), complaintId).exec();
    Query insert(m_connection, QStringLiteral("INSERT INTO complaint_contacts (complaint_id, "
                                              "contact_id) VALUES (:complaint, :contact)"));
    for (const qint64 contactId : contactIds) {
        insert.bind(QStringLiteral(":complaint"), complaintId)
            .bind(QStringLiteral(":contact"), contactId)
            .exec();
    }
}

std::vector<Complaint> SqlComplaintRepository::withContacts(std::vector<Complaint> complaints)
{
    Query q(m_connection, QStringLiteral("SELECT contact_id FROM complaint_contacts WHERE "
                                         "complaint_id = :complaint ORDER BY contact_id"));
    for (Complaint& c : complaints) {
        q.bind(QStringLiteral(":complaint"), c.id).exec();
        while (q.next())
            c.contactIds.push_back(q.value(0).toLongLong());
    }
    return complaints;
}

qint64 SqlComplaintRepository::add(const Complaint& complaint)
{
    validate(complaint);
    Transaction tx(m_connection);
    Query q(m_connection,
            QStringLiteral("INSERT INTO complaints (ref, external_id, case_id, agent_id, source, "
                           "channel, category, severity, received_at, ack_due_at, "
                           "acknowledged_at, resolve_due_at, resolved_at, status, outcome, "
                           "root_cause, corrective_action, description, satisfaction_after, "
                           "category_flagged, desired_outcome, root_cause_code, remedy, "
                           "corrective_kind, corrective_owner_id, corrective_due_date, "
                           "sla_extended_at, sla_extension_reason, sla_extended_by, closed_at, "
                           "hold_id, response_id) "
                           "VALUES (:ref, :external, :case, :agent, :source, :channel, :category, "
                           ":severity, :received, :ackDue, :acknowledged, :resolveDue, :resolved, "
                           ":status, :outcome, :rootCause, :corrective, :description, "
                           ":satisfaction, :flagged, :desired, :rootCauseCode, :remedy, "
                           ":correctiveKind, :correctiveOwner, :correctiveDue, :extendedAt, "
                           ":extensionReason, :extendedBy, :closedAt, :hold, :response) "
                           "RETURNING id"));
    bindFields(q, complaint);
    const qint64 complaintId = execInsert(q);
    writeContacts(complaintId, complaint.contactIds);
    tx.commit();
    return complaintId;
}

std::optional<Complaint> SqlComplaintRepository::find(qint64 complaintId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), complaintId);
    std::vector<Complaint> rows = withContacts(readAll<Complaint>(q, readComplaint));
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::optional<Complaint> SqlComplaintRepository::findByRef(const QString& ref)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE ref = :ref"));
    q.bind(QStringLiteral(":ref"), text(ref));
    std::vector<Complaint> rows = withContacts(readAll<Complaint>(q, readComplaint));
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::optional<Complaint> SqlComplaintRepository::findByExternalId(const QString& externalId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE external_id = :external ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":external"), text(externalId));
    std::vector<Complaint> rows = withContacts(readAll<Complaint>(q, readComplaint));
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

void SqlComplaintRepository::update(const Complaint& complaint)
{
    requireId(complaint.id, "complaint.id");
    validate(complaint);
    Transaction tx(m_connection);
    Query q(m_connection,
            QStringLiteral("UPDATE complaints SET ref = :ref, external_id = :external, "
                           "case_id = :case, agent_id = :agent, source = :source, "
                           "channel = :channel, category = :category, severity = :severity, "
                           "received_at = :received, ack_due_at = :ackDue, "
                           "acknowledged_at = :acknowledged, resolve_due_at = :resolveDue, "
                           "resolved_at = :resolved, status = :status, outcome = :outcome, "
                           "root_cause = :rootCause, corrective_action = :corrective, "
                           "description = :description, satisfaction_after = :satisfaction, "
                           "category_flagged = :flagged, desired_outcome = :desired, "
                           "root_cause_code = :rootCauseCode, remedy = :remedy, "
                           "corrective_kind = :correctiveKind, "
                           "corrective_owner_id = :correctiveOwner, "
                           "corrective_due_date = :correctiveDue, sla_extended_at = :extendedAt, "
                           "sla_extension_reason = :extensionReason, "
                           "sla_extended_by = :extendedBy, closed_at = :closedAt, hold_id = :hold, "
                           "response_id = :response WHERE id = :id"));
    bindFields(q, complaint);
    q.bind(QStringLiteral(":id"), complaint.id).exec();
    requireUpdated(q, "complaint", complaint.id);
    writeContacts(complaint.id, complaint.contactIds);
    tx.commit();
}

std::vector<Complaint> SqlComplaintRepository::listByCase(qint64 caseId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE case_id = :case "
                                                     "ORDER BY received_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return withContacts(readAll<Complaint>(q, readComplaint));
}

std::vector<Complaint>
SqlComplaintRepository::listByStatus(const std::vector<ComplaintStatus>& statuses)
{
    if (statuses.empty())
        return {};
    // Only generated placeholder names go into the text; the codes are bound.
    QStringList names;
    for (size_t i = 0; i < statuses.size(); ++i)
        names << QStringLiteral(":status%1").arg(i);
    Query q(m_connection, selectSql + QStringLiteral("WHERE status IN (") +
                              names.join(QStringLiteral(", ")) +
                              QStringLiteral(") ORDER BY resolve_due_at, id"));
    for (size_t i = 0; i < statuses.size(); ++i)
        q.bind(QStringLiteral(":status%1").arg(i), toCode(statuses[i]));
    return withContacts(readAll<Complaint>(q, readComplaint));
}

} // namespace caseloop
