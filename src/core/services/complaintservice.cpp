#include "services/complaintservice.h"

#include "complaints/complainttaxonomy.h"
#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/agencysettings.h"
#include "services/auditlog.h"

#include <QStringList>

#include <algorithm>

namespace caseloop {

namespace {

using nlohmann::json;

QString tr(const char* text)
{
    return ComplaintService::tr(text);
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

json optId(const std::optional<qint64>& id)
{
    return id ? json(*id) : json();
}

/// The status as people read it in messages.
QString statusName(ComplaintStatus s)
{
    switch (s) {
    case ComplaintStatus::Received:
        return tr("received");
    case ComplaintStatus::Acknowledged:
        return tr("acknowledged");
    case ComplaintStatus::Investigating:
        return tr("under investigation");
    case ComplaintStatus::Resolved:
        return tr("resolved");
    case ComplaintStatus::Closed:
        return tr("closed");
    }
    return toCode(s);
}

void requireLength(const QString& text, int max, const QString& field)
{
    if (text.size() > max)
        invalid(tr("%1: at most %2 characters are allowed (%3 given).")
                    .arg(field)
                    .arg(max)
                    .arg(text.size()));
}

void requireHandler(const UserContext& user, const Complaint& c)
{
    if (!ComplaintService::mayHandle(user))
        throw Error(Error::Kind::Permission,
                    tr("Only a supervisor, a compliance officer or an administrator may handle "
                       "complaints."));
    if (!user.isSystem() && c.agentId && *c.agentId == user.userId)
        throw Error(Error::Kind::Permission,
                    tr("Complaint %1 is about you: another person has to handle it.").arg(c.ref));
}

/// The time of a step: @p at when valid (back-dated imports), else now. Never in the future and
/// never before the complaint's latest event.
QDateTime stepTime(Connection& c, const Complaint& complaint, const QDateTime& at,
                   const QDateTime& now)
{
    if (!at.isValid())
        return now;
    const QDateTime t = at.toUTC();
    if (t > now.addSecs(5 * 60))
        invalid(tr("Time: %1 lies in the future.").arg(t.toString(Qt::ISODate)));
    Query q(c, QStringLiteral("SELECT max(at) FROM complaint_events WHERE complaint_id = :id"));
    q.bind(QStringLiteral(":id"), complaint.id).exec();
    QDateTime last = complaint.receivedAt;
    if (q.next() && !q.value(0).isNull())
        last = std::max(last, timeFromDb(q.value(0)));
    if (t < last)
        invalid(tr("Time: %1 lies before the previous step of complaint %2.")
                    .arg(t.toString(Qt::ISODate), complaint.ref));
    return t;
}

void addEvent(Connection& c, const UserContext& user, qint64 complaintId, const QDateTime& at,
              const QString& action, std::optional<ComplaintStatus> from, ComplaintStatus to,
              const QString& note)
{
    Query q(c, QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_id, action, "
                              "from_status, to_status, note) VALUES (:complaint, :at, :user, "
                              ":action, :from, :to, :note)"));
    q.bind(QStringLiteral(":complaint"), complaintId)
        .bind(QStringLiteral(":at"), toDb(at))
        .bind(QStringLiteral(":user"),
              user.isSystem() ? QVariant() : QVariant::fromValue(user.userId))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":from"), from ? QVariant(toCode(*from)) : QVariant())
        .bind(QStringLiteral(":to"), toCode(to))
        .bind(QStringLiteral(":note"), note.isNull() ? QStringLiteral("") : note)
        .exec();
}

/// Loads a complaint and checks that @p to may follow its status.
Complaint loadForTransition(Repositories& repos, const UserContext& user, qint64 id,
                            ComplaintStatus to, const QString& verb)
{
    const std::optional<Complaint> found = repos.complaints().find(id);
    if (!found)
        throw Error(Error::Kind::NotFound,
                    tr("Complaint: there is no complaint with id %1.").arg(id));
    requireHandler(user, *found);
    if (!ComplaintService::canTransition(found->status, to)) {
        QStringList next;
        for (const ComplaintStatus s : ComplaintService::nextStatuses(found->status))
            next << statusName(s);
        invalid(tr("Complaint %1 is %2, so it cannot be %3. Possible next steps: %4.")
                    .arg(found->ref, statusName(found->status), verb,
                         next.isEmpty() ? tr("none") : next.join(u", ")));
    }
    return *found;
}

/// One workflow step: row update, event and audit entry in one transaction.
void commitStep(Connection& c, Repositories& repos, const UserContext& user, Complaint& updated,
                ComplaintStatus from, const QDateTime& at, const QString& action,
                const QString& note, json details)
{
    Transaction tx(c);
    repos.complaints().update(updated);
    addEvent(c, user, updated.id, at, action, from, updated.status, note);
    details["complaint_id"] = updated.id;
    details["from"] = utf8(toCode(from));
    details["to"] = utf8(toCode(updated.status));
    details["at"] = utf8(at.toString(Qt::ISODateWithMs));
    details["note_length"] = note.size();
    AuditLog::append(c, user, QStringLiteral("complaint.") + action, QStringLiteral("complaint"),
                     updated.id, details);
    tx.commit();
}

} // namespace

bool ComplaintService::mayHandle(const UserContext& user)
{
    return user.isSystem() || user.role == Role::Supervisor || user.role == Role::Compliance ||
           user.role == Role::Admin;
}

bool ComplaintService::canTransition(ComplaintStatus from, ComplaintStatus to)
{
    const std::vector<ComplaintStatus> next = nextStatuses(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

std::vector<ComplaintStatus> ComplaintService::nextStatuses(ComplaintStatus from)
{
    switch (from) {
    case ComplaintStatus::Received:
        return {ComplaintStatus::Acknowledged};
    case ComplaintStatus::Acknowledged:
        return {ComplaintStatus::Investigating};
    case ComplaintStatus::Investigating:
        return {ComplaintStatus::Resolved};
    case ComplaintStatus::Resolved:
        return {ComplaintStatus::Closed, ComplaintStatus::Investigating};
    case ComplaintStatus::Closed:
        return {ComplaintStatus::Investigating};
    }
    return {};
}

QString ComplaintService::nextRef(Connection& connection, const QDate& date)
{
    const QString prefix = QStringLiteral("C-%1-").arg(date.year(), 4, 10, QLatin1Char('0'));
    // Numbers may outgrow four digits: the longest reference is the highest.
    Query q(connection, QStringLiteral("SELECT ref FROM complaints WHERE ref LIKE :prefix "
                                       "ORDER BY length(ref) DESC, ref DESC LIMIT 1"));
    q.bind(QStringLiteral(":prefix"), QString(prefix + u'%')).exec();
    qint64 last = 0;
    if (q.next()) {
        bool ok = false;
        const qint64 n = q.value(0).toString().mid(prefix.size()).toLongLong(&ok);
        if (ok)
            last = n;
    }
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

ComplaintIntake ComplaintService::intake(Connection& connection, const UserContext& user,
                                         const NewComplaint& in)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);

    const QDateTime received = in.receivedAt.isValid() ? in.receivedAt.toUTC() : now;
    if (received > now.addSecs(5 * 60))
        invalid(tr("Received: %1 lies in the future.").arg(received.toString(Qt::ISODate)));

    // Category: from the taxonomy, or kept and flagged when an import allows it.
    const QString category = in.category.trimmed();
    bool flagged = false;
    if (category.isEmpty())
        invalid(tr("Category: choose a category of the complaint."));
    if (!ComplaintTaxonomy::shipped().find(category)) {
        if (!in.allowUnknownCategory)
            invalid(tr("Category: “%1” is not in the complaint taxonomy.").arg(category));
        flagged = true;
    }
    requireLength(category, 400, tr("Category"));
    requireLength(in.description, maxDescriptionLength, tr("Description"));
    requireLength(in.desiredOutcome, maxNoteLength, tr("Desired outcome"));
    requireLength(in.externalId, 100, tr("External id"));

    std::optional<Case> caseRecord;
    if (in.caseId) {
        caseRecord = repos.cases().find(*in.caseId);
        if (!caseRecord)
            throw Error(Error::Kind::NotFound,
                        tr("Case: there is no case with id %1.").arg(*in.caseId));
    }
    std::optional<qint64> agentId = in.agentId;
    std::vector<qint64> contactIds = in.contactIds;
    std::sort(contactIds.begin(), contactIds.end());
    contactIds.erase(std::unique(contactIds.begin(), contactIds.end()), contactIds.end());
    if (!contactIds.empty() && !caseRecord)
        invalid(tr("Contacts: link the case the contacts belong to."));
    std::optional<qint64> contactAgent;
    bool oneAgent = true;
    for (const qint64 contactId : contactIds) {
        const std::optional<Contact> k = repos.contacts().find(contactId);
        if (!k || k->caseId != caseRecord->id)
            invalid(tr("Contacts: contact %1 is not a contact of case %2.")
                        .arg(contactId)
                        .arg(caseRecord->ref));
        if (contactAgent && *contactAgent != k->agentId)
            oneAgent = false;
        contactAgent = k->agentId;
    }
    if (!agentId && oneAgent)
        agentId = contactAgent;
    if (agentId && !repos.users().find(*agentId))
        throw Error(Error::Kind::NotFound, tr("Agent: there is no user with id %1.").arg(*agentId));
    if (in.hold) {
        if (*in.hold != HoldType::Dispute && *in.hold != HoldType::CeaseCommunication)
            invalid(tr("Hold: a complaint can put the case on a dispute or a cease-communication "
                       "hold only."));
        if (!caseRecord)
            invalid(tr("Hold: link the case that is to be put on hold."));
    }
    if (!in.externalId.isEmpty()) {
        if (const auto existing = repos.complaints().findByExternalId(in.externalId))
            invalid(
                tr("External id: “%1” is already complaint %2.").arg(in.externalId, existing->ref));
    }
    if (in.responseId && !repos.surveys().findResponse(*in.responseId))
        throw Error(Error::Kind::NotFound,
                    tr("Survey response: there is no response with id %1.").arg(*in.responseId));

    const SlaClock clock = SlaClock::load(connection);
    Transaction tx(connection);
    Complaint row;
    row.ref = nextRef(connection, received.toTimeZone(clock.zone()).date());
    row.externalId = in.externalId;
    row.caseId = in.caseId;
    row.agentId = agentId;
    row.source = toCode(in.source);
    row.channel = toCode(in.channel);
    row.category = category;
    row.categoryFlagged = flagged;
    row.severity = in.severity;
    row.receivedAt = received;
    row.ackDueAt = clock.ackDue(received);
    row.resolveDueAt = clock.resolveDue(received);
    row.status = ComplaintStatus::Received;
    row.description = in.description;
    row.desiredOutcome = in.desiredOutcome;
    row.contactIds = contactIds;
    row.responseId = in.responseId;

    ComplaintIntake out;
    if (in.hold) {
        Hold hold;
        hold.debtorId = caseRecord->debtorId;
        hold.caseId = caseRecord->id;
        hold.type = *in.hold;
        hold.since = now;
        hold.note = row.ref; // reference only: hold notes are shown in the case screen
        hold.createdById = user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
        out.holdId = repos.holds().add(hold);
        row.holdId = out.holdId;
        AuditLog::append(connection, user, QStringLiteral("hold.create"), QStringLiteral("hold"),
                         *out.holdId,
                         {{"hold_id", *out.holdId},
                          {"case_id", caseRecord->id},
                          {"debtor_id", caseRecord->debtorId},
                          {"type", utf8(toCode(*in.hold))},
                          {"reason", "complaint"}});
    }
    out.complaintId = repos.complaints().add(row);
    out.ref = row.ref;
    addEvent(connection, user, out.complaintId, received, QStringLiteral("intake"), std::nullopt,
             ComplaintStatus::Received, {});
    AuditLog::append(connection, user, QStringLiteral("complaint.intake"),
                     QStringLiteral("complaint"), out.complaintId,
                     {{"complaint_id", out.complaintId},
                      {"ref", utf8(row.ref)},
                      {"case_id", optId(row.caseId)},
                      {"agent_id", optId(row.agentId)},
                      {"source", utf8(row.source)},
                      {"channel", utf8(row.channel)},
                      {"category", flagged ? json("(unlisted)") : json(utf8(category))},
                      {"category_flagged", flagged},
                      {"severity", utf8(toCode(row.severity))},
                      {"received_at", utf8(received.toString(Qt::ISODateWithMs))},
                      {"contacts", contactIds.size()},
                      {"hold_id", optId(out.holdId)},
                      {"response_id", optId(row.responseId)},
                      {"external_id", !row.externalId.isEmpty()},
                      {"description_length", row.description.size()}});
    tx.commit();
    return out;
}

void ComplaintService::acknowledge(Connection& connection, const UserContext& user,
                                   qint64 complaintId, const QString& note, const QDateTime& at)
{
    requireLength(note, maxNoteLength, tr("Note"));
    Repositories repos(connection);
    Complaint c = loadForTransition(repos, user, complaintId, ComplaintStatus::Acknowledged,
                                    tr("acknowledged"));
    const QDateTime t = stepTime(connection, c, at, QDateTime::currentDateTimeUtc());
    const ComplaintStatus from = c.status;
    c.status = ComplaintStatus::Acknowledged;
    c.acknowledgedAt = t;
    commitStep(connection, repos, user, c, from, t, QStringLiteral("acknowledge"), note,
               {{"on_time", t <= c.ackDueAt}});
}

void ComplaintService::startInvestigation(Connection& connection, const UserContext& user,
                                          qint64 complaintId, const QString& note,
                                          const QDateTime& at)
{
    requireLength(note, maxNoteLength, tr("Note"));
    Repositories repos(connection);
    Complaint c = loadForTransition(repos, user, complaintId, ComplaintStatus::Investigating,
                                    tr("put under investigation"));
    if (c.status != ComplaintStatus::Acknowledged)
        invalid(tr("Complaint %1 is %2: use Reopen to investigate it again.")
                    .arg(c.ref, statusName(c.status)));
    const QDateTime t = stepTime(connection, c, at, QDateTime::currentDateTimeUtc());
    const ComplaintStatus from = c.status;
    c.status = ComplaintStatus::Investigating;
    commitStep(connection, repos, user, c, from, t, QStringLiteral("investigate"), note, {});
}

void ComplaintService::resolve(Connection& connection, const UserContext& user, qint64 complaintId,
                               const ComplaintResolution& r, const QDateTime& at)
{
    Repositories repos(connection);
    Complaint c =
        loadForTransition(repos, user, complaintId, ComplaintStatus::Resolved, tr("resolved"));
    if (!r.rootCause)
        invalid(tr("Root cause: choose the root cause before resolving."));
    if (!r.outcome)
        invalid(tr("Outcome: choose upheld, partly upheld or not upheld before resolving."));
    if (r.satisfaction && (*r.satisfaction < 1 || *r.satisfaction > 5))
        invalid(tr("Satisfaction: must be a score from 1 to 5."));
    requireLength(r.rootCauseNote, maxNoteLength, tr("Root cause"));
    requireLength(r.remedy, maxNoteLength, tr("Remedy"));
    requireLength(r.note, maxNoteLength, tr("Note"));
    if (r.correctiveAction) {
        const CorrectiveAction& a = *r.correctiveAction;
        if (a.description.trimmed().isEmpty())
            invalid(tr("Corrective action: describe what will be done."));
        requireLength(a.description, maxNoteLength, tr("Corrective action"));
        if (!a.ownerId)
            invalid(tr("Corrective action: choose who carries it out."));
        const std::optional<User> owner = repos.users().find(*a.ownerId);
        if (!owner)
            throw Error(Error::Kind::NotFound,
                        tr("Corrective action: there is no user with id %1.").arg(*a.ownerId));
        if (!owner->active)
            invalid(tr("Corrective action: the user “%1” is not active.").arg(owner->login));
        if (!a.dueDate.isValid())
            invalid(tr("Corrective action: give a due date."));
        if (a.dueDate < c.receivedAt.date())
            invalid(tr("Corrective action: the due date lies before the complaint was received."));
    }
    const QDateTime t = stepTime(connection, c, at, QDateTime::currentDateTimeUtc());
    const ComplaintStatus from = c.status;
    c.status = ComplaintStatus::Resolved;
    c.resolvedAt = t;
    c.rootCauseCode = r.rootCause;
    c.rootCause = r.rootCauseNote;
    c.outcome = r.outcome;
    c.remedy = r.remedy;
    if (r.correctiveAction) {
        c.correctiveKind = r.correctiveAction->kind;
        c.correctiveAction = r.correctiveAction->description;
        c.correctiveOwnerId = r.correctiveAction->ownerId;
        c.correctiveDueDate = r.correctiveAction->dueDate;
    } else {
        c.correctiveKind.reset();
        c.correctiveAction.clear();
        c.correctiveOwnerId.reset();
        c.correctiveDueDate = QDate();
    }
    if (r.satisfaction)
        c.satisfactionAfter = r.satisfaction;
    commitStep(
        connection, repos, user, c, from, t, QStringLiteral("resolve"), r.note,
        {{"root_cause", utf8(toCode(*r.rootCause))},
         {"outcome", utf8(toCode(*r.outcome))},
         {"corrective_kind", c.correctiveKind ? json(utf8(toCode(*c.correctiveKind))) : json()},
         {"corrective_owner_id", optId(c.correctiveOwnerId)},
         {"satisfaction", r.satisfaction ? json(*r.satisfaction) : json()},
         {"on_time", t <= c.resolveDueAt}});
}

void ComplaintService::close(Connection& connection, const UserContext& user, qint64 complaintId,
                             std::optional<int> satisfaction, const QString& note,
                             const QDateTime& at)
{
    requireLength(note, maxNoteLength, tr("Note"));
    if (satisfaction && (*satisfaction < 1 || *satisfaction > 5))
        invalid(tr("Satisfaction: must be a score from 1 to 5."));
    Repositories repos(connection);
    Complaint c =
        loadForTransition(repos, user, complaintId, ComplaintStatus::Closed, tr("closed"));
    const QDateTime t = stepTime(connection, c, at, QDateTime::currentDateTimeUtc());
    const ComplaintStatus from = c.status;
    c.status = ComplaintStatus::Closed;
    c.closedAt = t;
    if (satisfaction)
        c.satisfactionAfter = satisfaction;
    commitStep(connection, repos, user, c, from, t, QStringLiteral("close"), note,
               {{"satisfaction", satisfaction ? json(*satisfaction) : json()}});
}

void ComplaintService::reopen(Connection& connection, const UserContext& user, qint64 complaintId,
                              const QString& reason, const QDateTime& at)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the complaint is reopened."));
    requireLength(reason, maxNoteLength, tr("Reason"));
    Repositories repos(connection);
    Complaint c =
        loadForTransition(repos, user, complaintId, ComplaintStatus::Investigating, tr("reopened"));
    if (c.status != ComplaintStatus::Resolved && c.status != ComplaintStatus::Closed)
        invalid(tr("Complaint %1 is %2: only a resolved or closed complaint can be reopened.")
                    .arg(c.ref, statusName(c.status)));
    const QDateTime t = stepTime(connection, c, at, QDateTime::currentDateTimeUtc());
    const ComplaintStatus from = c.status;
    c.status = ComplaintStatus::Investigating;
    c.resolvedAt.reset();
    c.closedAt.reset();
    commitStep(connection, repos, user, c, from, t, QStringLiteral("reopen"), reason, {});
}

void ComplaintService::extend(Connection& connection, const UserContext& user, qint64 complaintId,
                              int totalDays, const QString& reason)
{
    Repositories repos(connection);
    const std::optional<Complaint> found = repos.complaints().find(complaintId);
    if (!found)
        throw Error(Error::Kind::NotFound,
                    tr("Complaint: there is no complaint with id %1.").arg(complaintId));
    Complaint c = *found;
    requireHandler(user, c);
    if (c.status == ComplaintStatus::Resolved || c.status == ComplaintStatus::Closed)
        invalid(tr("Complaint %1 is %2: its deadline can no longer be extended.")
                    .arg(c.ref, statusName(c.status)));
    if (c.slaExtendedAt)
        invalid(tr("Complaint %1: the deadline was already extended once; it cannot be extended "
                   "again.")
                    .arg(c.ref));
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: an extension needs a recorded reason."));
    requireLength(reason, maxNoteLength, tr("Reason"));
    const SlaClock clock = SlaClock::load(connection);
    const int max = clock.policy().maxResolveDays;
    if (totalDays < 1 || totalDays > max)
        invalid(tr("Extension: the deadline may be at most %1 days after the complaint was "
                   "received (%2 requested).")
                    .arg(max)
                    .arg(totalDays));
    const QDateTime due = clock.addCalendarDays(c.receivedAt, totalDays);
    if (due <= c.resolveDueAt)
        invalid(tr("Extension: %1 days do not move the deadline (now %2) later.")
                    .arg(totalDays)
                    .arg(c.resolveDueAt.toString(Qt::ISODate)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime previous = c.resolveDueAt;
    c.resolveDueAt = due;
    c.slaExtendedAt = now;
    c.slaExtensionReason = reason;
    c.slaExtendedById = user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
    commitStep(connection, repos, user, c, c.status, now, QStringLiteral("extend"), reason,
               {{"total_days", totalDays},
                {"previous_due", utf8(previous.toString(Qt::ISODateWithMs))},
                {"new_due", utf8(due.toString(Qt::ISODateWithMs))}});
}

void ComplaintService::recordSatisfaction(Connection& connection, const UserContext& user,
                                          qint64 complaintId, int score)
{
    if (score < 1 || score > 5)
        invalid(tr("Satisfaction: must be a score from 1 to 5."));
    Repositories repos(connection);
    Complaint c = find(connection, complaintId);
    requireHandler(user, c);
    if (c.status != ComplaintStatus::Resolved && c.status != ComplaintStatus::Closed)
        invalid(tr("Complaint %1 is %2: follow-up satisfaction is asked after the resolution.")
                    .arg(c.ref, statusName(c.status)));
    c.satisfactionAfter = score;
    commitStep(connection, repos, user, c, c.status, QDateTime::currentDateTimeUtc(),
               QStringLiteral("satisfaction"), {}, {{"satisfaction", score}});
}

Complaint ComplaintService::find(Connection& connection, qint64 complaintId)
{
    Repositories repos(connection);
    const std::optional<Complaint> c = repos.complaints().find(complaintId);
    if (!c)
        throw Error(Error::Kind::NotFound,
                    tr("Complaint: there is no complaint with id %1.").arg(complaintId));
    return *c;
}

std::vector<ComplaintEvent> ComplaintService::events(Connection& connection, qint64 complaintId)
{
    Query q(connection, QStringLiteral("SELECT id, complaint_id, at, user_id, action, "
                                       "from_status, to_status, note FROM complaint_events "
                                       "WHERE complaint_id = :id ORDER BY at, id"));
    q.bind(QStringLiteral(":id"), complaintId).exec();
    std::vector<ComplaintEvent> out;
    while (q.next()) {
        ComplaintEvent e;
        e.id = q.value(0).toLongLong();
        e.complaintId = q.value(1).toLongLong();
        e.at = timeFromDb(q.value(2));
        e.userId = optIdFromDb(q.value(3));
        e.action = q.value(4).toString();
        if (!q.value(5).isNull())
            e.fromStatus = fromCode<ComplaintStatus>(q.value(5).toString());
        e.toStatus =
            fromCode<ComplaintStatus>(q.value(6).toString()).value_or(ComplaintStatus::Received);
        e.note = q.value(7).toString();
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<ComplaintQueueItem> ComplaintService::queue(Connection& connection,
                                                        const QDateTime& now,
                                                        const ComplaintQueueFilter& filter)
{
    Repositories repos(connection);
    std::vector<ComplaintStatus> statuses{ComplaintStatus::Received, ComplaintStatus::Acknowledged,
                                          ComplaintStatus::Investigating};
    if (filter.includeDone) {
        statuses.push_back(ComplaintStatus::Resolved);
        statuses.push_back(ComplaintStatus::Closed);
    }
    const SlaClock clock = SlaClock::load(connection);
    std::vector<ComplaintQueueItem> out;
    for (Complaint& c : repos.complaints().listByStatus(statuses)) {
        if (filter.agentId && c.agentId != filter.agentId)
            continue;
        if (filter.caseId && c.caseId != filter.caseId)
            continue;
        ComplaintQueueItem item;
        item.sla = clock.status(c, now);
        item.complaint = std::move(c);
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ComplaintQueueItem& a, const ComplaintQueueItem& b) {
                         const bool aDone = a.sla.phase == SlaStatus::Phase::Done;
                         const bool bDone = b.sla.phase == SlaStatus::Phase::Done;
                         if (aDone != bDone)
                             return !aDone;
                         if (aDone)
                             return a.complaint.resolvedAt > b.complaint.resolvedAt;
                         if (a.sla.due != b.sla.due)
                             return a.sla.due < b.sla.due;
                         return a.complaint.id < b.complaint.id;
                     });
    return out;
}

} // namespace caseloop
