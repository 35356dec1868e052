#include "repo/sqlcontactrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, case_id, agent_id, channel, direction, started_at, ended_at, "
                   "outcome, rpc, notes, visit_address, visit_result, phone_id, email_id, "
                   "recorded_at, recorded_by, met_person, gps_lat, gps_lon, override_audit_id "
                   "FROM contacts ");

std::optional<double> optDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant doubleOrNull(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

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
    c.recordedAt = optTimeFromDb(q.value(14));
    c.recordedById = optIdFromDb(q.value(15));
    c.metPerson = q.value(16).toString();
    c.gpsLat = optDouble(q.value(17));
    c.gpsLon = optDouble(q.value(18));
    c.overrideAuditId = optIdFromDb(q.value(19));
    return c;
}

void validate(const Contact& contact)
{
    requireId(contact.caseId, "caseId");
    requireId(contact.agentId, "agentId");
    requireOptionalId(contact.phoneId, "phoneId");
    requireOptionalId(contact.emailId, "emailId");
    requireOptionalId(contact.recordedById, "recordedById");
    requireOptionalId(contact.overrideAuditId, "overrideAuditId");
    requireTime(contact.startedAt, "startedAt");
}

void bindFields(Query& q, const Contact& contact)
{
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
        .bind(QStringLiteral(":email"), id(contact.emailId))
        .bind(QStringLiteral(":recordedAt"), toDb(contact.recordedAt))
        .bind(QStringLiteral(":recordedBy"), id(contact.recordedById))
        .bind(QStringLiteral(":met"), text(contact.metPerson))
        .bind(QStringLiteral(":lat"), doubleOrNull(contact.gpsLat))
        .bind(QStringLiteral(":lon"), doubleOrNull(contact.gpsLon))
        .bind(QStringLiteral(":override"), id(contact.overrideAuditId));
}

ContactAmendment readAmendment(const Query& q)
{
    ContactAmendment a;
    a.id = q.value(0).toLongLong();
    a.contactId = q.value(1).toLongLong();
    a.authorId = optIdFromDb(q.value(2));
    a.at = timeFromDb(q.value(3));
    a.note = q.value(4).toString();
    return a;
}

Attachment readAttachment(const Query& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.contactId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.storedName = q.value(3).toString();
    a.sha256 = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.addedAt = timeFromDb(q.value(6));
    a.addedById = optIdFromDb(q.value(7));
    return a;
}

} // namespace

qint64 SqlContactRepository::add(const Contact& contact)
{
    validate(contact);
    Query q(m_connection,
            QStringLiteral("INSERT INTO contacts (case_id, agent_id, channel, direction, "
                           "started_at, ended_at, outcome, rpc, notes, visit_address, "
                           "visit_result, phone_id, email_id, recorded_at, recorded_by, "
                           "met_person, gps_lat, gps_lon, override_audit_id) VALUES (:case, "
                           ":agent, :channel, :direction, :started, :ended, :outcome, :rpc, "
                           ":notes, :visitAddress, :visitResult, :phone, :email, :recordedAt, "
                           ":recordedBy, :met, :lat, :lon, :override) RETURNING id"));
    bindFields(q, contact);
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

void SqlContactRepository::update(const Contact& contact)
{
    requireId(contact.id, "contact.id");
    validate(contact);
    Query q(m_connection,
            QStringLiteral("UPDATE contacts SET case_id = :case, agent_id = :agent, "
                           "channel = :channel, direction = :direction, started_at = :started, "
                           "ended_at = :ended, outcome = :outcome, rpc = :rpc, notes = :notes, "
                           "visit_address = :visitAddress, visit_result = :visitResult, "
                           "phone_id = :phone, email_id = :email, recorded_at = :recordedAt, "
                           "recorded_by = :recordedBy, met_person = :met, gps_lat = :lat, "
                           "gps_lon = :lon, override_audit_id = :override WHERE id = :id"));
    bindFields(q, contact);
    q.bind(QStringLiteral(":id"), contact.id).exec();
    requireUpdated(q, "contact", contact.id);
}

void SqlContactRepository::remove(qint64 contactId)
{
    for (const QString& sql :
         {QStringLiteral("DELETE FROM contact_amendments WHERE contact_id = :id"),
          QStringLiteral("DELETE FROM attachments WHERE contact_id = :id")}) {
        Query q(m_connection, sql);
        q.bind(QStringLiteral(":id"), contactId).exec();
    }
    Query q(m_connection, QStringLiteral("DELETE FROM contacts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), contactId).exec();
    requireUpdated(q, "contact", contactId);
}

std::optional<QDateTime> SqlContactRepository::latestStart(qint64 caseId)
{
    Query q(m_connection,
            QStringLiteral("SELECT max(started_at) FROM contacts WHERE case_id = :case"));
    q.bind(QStringLiteral(":case"), caseId).exec();
    if (!q.next())
        return std::nullopt;
    return optTimeFromDb(q.value(0));
}

std::optional<qint64> SqlContactRepository::findByOverride(qint64 auditId)
{
    Query q(m_connection, QStringLiteral("SELECT id FROM contacts WHERE override_audit_id = :a "
                                         "ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":a"), auditId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 SqlContactRepository::addAmendment(const ContactAmendment& amendment)
{
    requireId(amendment.contactId, "contactId");
    requireOptionalId(amendment.authorId, "authorId");
    requireTime(amendment.at, "at");
    Query q(m_connection,
            QStringLiteral("INSERT INTO contact_amendments (contact_id, author_id, at, note) "
                           "VALUES (:contact, :author, :at, :note) RETURNING id"));
    q.bind(QStringLiteral(":contact"), amendment.contactId)
        .bind(QStringLiteral(":author"), id(amendment.authorId))
        .bind(QStringLiteral(":at"), toDb(amendment.at))
        .bind(QStringLiteral(":note"), text(amendment.note));
    return execInsert(q);
}

std::vector<ContactAmendment> SqlContactRepository::amendments(qint64 contactId)
{
    Query q(m_connection,
            QStringLiteral("SELECT id, contact_id, author_id, at, note FROM contact_amendments "
                           "WHERE contact_id = :contact ORDER BY at, id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<ContactAmendment>(q, readAmendment);
}

qint64 SqlContactRepository::addAttachment(const Attachment& attachment)
{
    requireId(attachment.contactId, "contactId");
    requireOptionalId(attachment.addedById, "addedById");
    requireTime(attachment.addedAt, "addedAt");
    Query q(m_connection,
            QStringLiteral("INSERT INTO attachments (contact_id, file_name, stored_name, sha256, "
                           "size_bytes, added_at, added_by) VALUES (:contact, :file, :stored, "
                           ":sha, :size, :at, :by) RETURNING id"));
    q.bind(QStringLiteral(":contact"), attachment.contactId)
        .bind(QStringLiteral(":file"), text(attachment.fileName))
        .bind(QStringLiteral(":stored"), text(attachment.storedName))
        .bind(QStringLiteral(":sha"), text(attachment.sha256))
        .bind(QStringLiteral(":size"), attachment.sizeBytes)
        .bind(QStringLiteral(":at"), toDb(attachment.addedAt))
        .bind(QStringLiteral(":by"), id(attachment.addedById));
    return execInsert(q);
}

std::vector<Attachment> SqlContactRepository::attachments(qint64 contactId)
{
    Query q(m_connection,
            QStringLiteral("SELECT id, contact_id, file_name, stored_name, sha256, size_bytes, "
                           "added_at, added_by FROM attachments WHERE contact_id = :contact "
                           "ORDER BY id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<Attachment>(q, readAttachment);
}

} // namespace caseloop
