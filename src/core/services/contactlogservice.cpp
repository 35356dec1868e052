#include "services/contactlogservice.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "rules/scenariorunner.h"
#include "services/auditlog.h"
#include "services/contactcheckservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

using nlohmann::json;

/// Which outcome codes the contact form offers per channel: the one place of this mapping.
/// Codes listed for no channel (added to outcome_codes later) are offered on every channel.
struct ChannelOutcomes {
    Channel channel;
    std::initializer_list<const char*> codes;
};
const ChannelOutcomes channelOutcomes[] = {
    {Channel::Call,
     {"no_answer", "busy", "voicemail", "left_message", "answered", "promise_to_pay",
      "callback_requested", "refused_to_pay", "dispute_raised", "cease_requested", "hardship",
      "wrong_party", "wrong_number", "not_in_service", "dropped", "limited_content_message"}},
    {Channel::Sms,
     {"sent", "delivered", "replied", "bounced", "promise_to_pay", "dispute_raised",
      "cease_requested", "hardship", "wrong_number"}},
    {Channel::Email,
     {"sent", "delivered", "replied", "bounced", "promise_to_pay", "dispute_raised",
      "cease_requested", "hardship"}},
    {Channel::Letter,
     {"sent", "delivered", "replied", "bounced", "promise_to_pay", "dispute_raised",
      "cease_requested", "hardship"}},
    {Channel::Visit,
     {"visit_met_debtor", "visit_not_home", "visit_address_invalid", "left_message",
      "promise_to_pay", "refused_to_pay", "dispute_raised", "cease_requested", "hardship",
      "wrong_party"}},
};

bool offeredOn(const QString& code, Channel channel)
{
    bool listedAnywhere = false;
    for (const ChannelOutcomes& c : channelOutcomes) {
        for (const char* listed : c.codes) {
            if (code == QLatin1StringView(listed)) {
                if (c.channel == channel)
                    return true;
                listedAnywhere = true;
            }
        }
    }
    return !listedAnywhere;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::string isoTime(const QDateTime& t)
{
    return utf8(t.toUTC().toString(Qt::ISODateWithMs));
}

json optId(const std::optional<qint64>& id)
{
    return id ? json(*id) : json();
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

QString tr(const char* text)
{
    return ContactLogService::tr(text);
}

std::vector<OutcomeCode> loadOutcomes(Connection& c, bool activeOnly)
{
    Query q(c, QStringLiteral("SELECT code, label_en, label_zh, connected, conversation, "
                              "hold_type, active FROM outcome_codes ORDER BY sort_order, code"));
    q.exec();
    std::vector<OutcomeCode> out;
    while (q.next()) {
        OutcomeCode o;
        o.code = q.value(0).toString();
        o.labelEn = q.value(1).toString();
        o.labelZh = q.value(2).toString();
        o.connected = q.value(3).toInt() != 0;
        o.conversation = q.value(4).toInt() != 0;
        if (!q.value(5).isNull())
            o.impliedHold = fromCode<HoldType>(q.value(5).toString());
        o.active = q.value(6).toInt() != 0;
        if (o.active || !activeOnly)
            out.push_back(std::move(o));
    }
    return out;
}

/// The active outcome @p code fitting @p channel; InvalidInput naming the field otherwise.
OutcomeCode requireOutcome(Connection& c, const QString& code, Channel channel)
{
    if (code.trimmed().isEmpty())
        invalid(tr("Outcome: choose the outcome of the contact."));
    for (const OutcomeCode& o : loadOutcomes(c, true)) {
        if (o.code != code)
            continue;
        if (!offeredOn(code, channel))
            invalid(
                tr("Outcome: “%1” does not apply to the channel %2.").arg(code, toCode(channel)));
        return o;
    }
    invalid(tr("Outcome: “%1” is not an active outcome code.").arg(code));
}

void requireNotes(const QString& notes, const QString& field)
{
    if (notes.size() > ContactLogService::maxNotesLength)
        invalid(tr("%1: at most %2 characters are allowed (%3 given).")
                    .arg(field)
                    .arg(ContactLogService::maxNotesLength)
                    .arg(notes.size()));
}

/// A file copied into the attachment store.
struct StoredFile {
    QString path;
    QString fileName;
    QString storedName;
    QString sha256;
    qint64 size = 0;
};

/// Copies @p source into @p store under a fresh unique name, hashing it on the way. The new
/// file's path is appended to @p copied as soon as it exists, so the caller can remove it.
StoredFile copyIntoStore(const QString& store, const QString& source, QStringList& copied)
{
    if (!QDir().mkpath(store))
        throw Error(Error::Kind::Io,
                    tr("The attachment folder cannot be created. Check that the database "
                       "folder is writable."),
                    store);
    const QFileInfo info(source);
    static const QRegularExpression plainSuffix(QStringLiteral("^[a-z0-9]{1,10}$"));
    const QString suffix = info.suffix().toLower();
    StoredFile out;
    out.fileName = info.fileName();
    out.storedName = QUuid::createUuid().toString(QUuid::WithoutBraces) +
                     (plainSuffix.match(suffix).hasMatch() ? u'.' + suffix : QString());
    out.path = QDir(store).filePath(out.storedName);

    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    tr("Attachment “%1”: the file cannot be read.").arg(out.fileName),
                    in.errorString());
    QFile dest(out.path);
    if (!dest.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw Error(Error::Kind::Io,
                    tr("Attachment “%1”: the copy cannot be written to the attachment folder.")
                        .arg(out.fileName),
                    dest.errorString());
    copied << out.path;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(256 * 1024);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        hash.addData(buffer);
        if (dest.write(buffer) != buffer.size())
            throw Error(
                Error::Kind::Io,
                tr("Attachment “%1”: the copy could not be written completely.").arg(out.fileName),
                dest.errorString());
        out.size += buffer.size();
    }
    if (in.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io,
                    tr("Attachment “%1”: the file cannot be read.").arg(out.fileName),
                    in.errorString());
    if (!dest.flush())
        throw Error(
            Error::Kind::Io,
            tr("Attachment “%1”: the copy could not be written completely.").arg(out.fileName),
            dest.errorString());
    dest.close();
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    return out;
}

void removeFiles(const QStringList& paths)
{
    for (const QString& p : paths)
        QFile::remove(p);
}

/// Everything log() checked before anything is written.
struct Checked {
    Case caseRecord;
    qint64 agentId = 0;
    std::optional<qint64> recordedBy;
    QDateTime startedAt;
    OutcomeCode outcome;
};

Checked validate(Connection& c, Repositories& repos, const UserContext& user, const NewContact& in,
                 const QDateTime& now)
{
    Checked out;
    const auto k = repos.cases().find(in.caseId);
    if (!k)
        throw Error(Error::Kind::NotFound, tr("Case: there is no case with id %1.").arg(in.caseId));
    out.caseRecord = *k;

    out.recordedBy = user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
    if (in.agentId) {
        out.agentId = *in.agentId;
    } else if (!user.isSystem()) {
        out.agentId = user.userId;
    } else {
        invalid(tr("Agent: say which agent made the contact."));
    }
    const auto agent = repos.users().find(out.agentId);
    if (!agent)
        throw Error(Error::Kind::NotFound,
                    tr("Agent: there is no user with id %1.").arg(out.agentId));
    if (!agent->active)
        invalid(tr("Agent: the user “%1” is not active.").arg(agent->login));
    if (!user.isSystem() && out.agentId != user.userId && user.role != Role::Supervisor &&
        user.role != Role::Admin)
        throw Error(Error::Kind::Permission,
                    tr("Only a supervisor or an administrator may log a contact for another "
                       "agent."));

    out.startedAt = in.startedAt.isValid() ? in.startedAt.toUTC() : now;
    if (out.startedAt > now.addSecs(5 * 60))
        invalid(tr("Start time: %1 lies in the future.").arg(out.startedAt.toString(Qt::ISODate)));
    if (in.endedAt) {
        if (!in.endedAt->isValid())
            invalid(tr("End time: not a valid time."));
        if (*in.endedAt < out.startedAt)
            invalid(tr("End time: lies before the start time."));
    }
    out.outcome = requireOutcome(c, in.outcome, in.channel);
    requireNotes(in.notes, tr("Notes"));

    // The phone or e-mail used must be the debtor's and fit the channel.
    if (in.phoneId || in.emailId) {
        const auto debtor = repos.debtors().find(k->debtorId);
        if (in.phoneId) {
            if (in.channel != Channel::Call && in.channel != Channel::Sms)
                invalid(tr("Phone: a phone number applies to calls and SMS only."));
            const bool own =
                debtor && std::any_of(debtor->phones.begin(), debtor->phones.end(),
                                      [&](const Phone& p) { return p.id == *in.phoneId; });
            if (!own)
                invalid(tr("Phone: number %1 is not a phone of the debtor of case %2.")
                            .arg(*in.phoneId)
                            .arg(k->ref));
        }
        if (in.emailId) {
            if (in.channel != Channel::Email)
                invalid(tr("E-mail: an e-mail address applies to e-mails only."));
            const bool own =
                debtor && std::any_of(debtor->emails.begin(), debtor->emails.end(),
                                      [&](const Email& e) { return e.id == *in.emailId; });
            if (!own)
                invalid(tr("E-mail: address %1 is not an address of the debtor of case %2.")
                            .arg(*in.emailId)
                            .arg(k->ref));
        }
    }

    if (in.visit) {
        const VisitDetails& v = *in.visit;
        if (in.channel != Channel::Visit)
            invalid(tr("Visit details: only a contact of channel visit has them."));
        if (v.gpsLat.has_value() != v.gpsLon.has_value())
            invalid(tr("GPS: give both latitude and longitude, or neither."));
        if (v.gpsLat && !(std::isfinite(*v.gpsLat) && *v.gpsLat >= -90 && *v.gpsLat <= 90))
            invalid(tr("GPS latitude: must lie between -90 and 90."));
        if (v.gpsLon && !(std::isfinite(*v.gpsLon) && *v.gpsLon >= -180 && *v.gpsLon <= 180))
            invalid(tr("GPS longitude: must lie between -180 and 180."));
        requireNotes(v.address, tr("Visit address"));
        requireNotes(v.metPerson, tr("Person met"));
        for (const QString& path : v.attachmentPaths) {
            const QFileInfo info(path);
            if (path.isEmpty() || !info.exists())
                invalid(tr("Attachment “%1”: the file does not exist.").arg(info.fileName()));
            if (!info.isFile())
                invalid(tr("Attachment “%1”: not a file.").arg(info.fileName()));
            if (!info.isReadable())
                invalid(tr("Attachment “%1”: the file cannot be read.").arg(info.fileName()));
        }
    }

    if (in.promise) {
        // A promise may fall due on the contact's own day anywhere in the world.
        PromiseService::validatePlan(*in.promise, k->currentBalance.currency,
                                     out.startedAt.date().addDays(-1));
    }
    if (in.followUp) {
        if (!in.followUp->dueAt.isValid())
            invalid(tr("Follow-up: no valid due time was given."));
        if (in.followUp->dueAt < out.startedAt)
            invalid(tr("Follow-up: the due time lies before the contact."));
        requireNotes(in.followUp->note, tr("Follow-up note"));
        requireNotes(in.followUp->visitAddress, tr("Follow-up visit address"));
    }
    if (in.completesFollowUpId) {
        const auto f = repos.followUps().find(*in.completesFollowUpId);
        if (!f || f->caseId != k->id || f->doneAt)
            invalid(tr("Completed follow-up: %1 is not an open follow-up of case %2.")
                        .arg(*in.completesFollowUpId)
                        .arg(k->ref));
    }
    return out;
}

/// Throws unless @p token is a `contact.override` audit entry for this case and channel, made
/// for about this contact time, recent, and not used by another contact.
void requireOverride(Connection& c, Repositories& repos, qint64 token, qint64 caseId,
                     Channel channel, const QDateTime& startedAt, const QDateTime& now)
{
    Query q(c, QStringLiteral("SELECT at, action, entity, entity_id, details_json FROM "
                              "audit_log WHERE id = :id"));
    q.bind(QStringLiteral(":id"), token).exec();
    const QString notUsable = tr("Override: entry %1 cannot be used for this contact: %2");
    if (!q.next() || q.value(1).toString() != u"contact.override")
        invalid(notUsable.arg(token).arg(tr("it is not a supervisor override.")));
    const QDateTime entryAt = timeFromDb(q.value(0));
    json details;
    try {
        details = json::parse(q.value(4).toString().toStdString());
    } catch (const json::exception&) {
        details = json::object();
    }
    if (!details.is_object())
        details = json::object();
    const bool sameCase = q.value(2).toString() == u"case" && !q.value(3).isNull() &&
                          q.value(3).toLongLong() == caseId;
    const bool sameChannel = details.value("channel", std::string()) == utf8(toCode(channel));
    if (!sameCase || !sameChannel)
        invalid(notUsable.arg(token).arg(tr("it was given for another case or channel.")));
    const qint64 validityMs = qint64(ContactLogService::overrideValidityMinutes) * 60 * 1000;
    const QDateTime overrideAt =
        ScenarioRunner::parseInstant(QString::fromStdString(details.value("at", std::string())));
    const bool recent = entryAt.msecsTo(now) <= validityMs;
    const bool nearContact =
        overrideAt.isValid() && std::abs(overrideAt.msecsTo(startedAt)) <= validityMs;
    if (!recent || !nearContact)
        invalid(notUsable.arg(token).arg(tr("it has expired (an override is valid for %1 minutes).")
                                             .arg(ContactLogService::overrideValidityMinutes)));
    if (const auto used = repos.contacts().findByOverride(token))
        invalid(notUsable.arg(token).arg(tr("it was already used by contact %1.").arg(*used)));
}

Hold impliedHold(const Case& k, HoldType type, const QDateTime& since,
                 std::optional<qint64> createdBy)
{
    Hold h;
    h.debtorId = k.debtorId;
    h.caseId = k.id;
    h.type = type;
    h.since = since;
    h.createdById = createdBy;
    return h;
}

qint64 addHold(Connection& c, Repositories& repos, const UserContext& user, const Hold& hold,
               qint64 contactId)
{
    const qint64 holdId = repos.holds().add(hold);
    Query link(c, QStringLiteral("UPDATE holds SET contact_id = :contact WHERE id = :id"));
    link.bind(QStringLiteral(":contact"), contactId).bind(QStringLiteral(":id"), holdId).exec();
    AuditLog::append(c, user, QStringLiteral("hold.create"), QStringLiteral("hold"), holdId,
                     {{"hold_id", holdId},
                      {"debtor_id", hold.debtorId},
                      {"case_id", optId(hold.caseId)},
                      {"type", utf8(toCode(hold.type))},
                      {"since", isoTime(hold.since)},
                      {"contact_id", contactId}});
    return holdId;
}

/// Deletes the holds contact @p contactId created (one audit entry each).
void removeHolds(Connection& c, const UserContext& user, qint64 contactId)
{
    Query q(c, QStringLiteral("SELECT id, type FROM holds WHERE contact_id = :contact"));
    q.bind(QStringLiteral(":contact"), contactId).exec();
    std::vector<std::pair<qint64, QString>> holds;
    while (q.next())
        holds.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    Query del(c, QStringLiteral("DELETE FROM holds WHERE id = :id"));
    for (const auto& [id, type] : holds) {
        del.bind(QStringLiteral(":id"), id).exec();
        AuditLog::append(c, user, QStringLiteral("hold.remove"), QStringLiteral("hold"), id,
                         {{"hold_id", id}, {"type", utf8(type)}, {"contact_id", contactId}});
    }
}

/// Sets the case's status, updated_at and last_contact_at (@p lastContact nullopt = none) and
/// audits the change.
void updateCase(Connection& c, const UserContext& user, const Case& k, CaseStatus status,
                const std::optional<QDateTime>& lastContact, const QDateTime& now,
                const char* reason, std::optional<qint64> contactId)
{
    Query q(c, QStringLiteral("UPDATE cases SET status = :status, updated_at = :now, "
                              "last_contact_at = :last WHERE id = :id"));
    q.bind(QStringLiteral(":status"), toCode(status))
        .bind(QStringLiteral(":now"), toDb(now))
        .bind(QStringLiteral(":last"), toDb(lastContact))
        .bind(QStringLiteral(":id"), k.id)
        .exec();
    AuditLog::append(c, user, QStringLiteral("case.update"), QStringLiteral("case"), k.id,
                     {{"case_id", k.id},
                      {"status_from", utf8(toCode(k.status))},
                      {"status_to", utf8(toCode(status))},
                      {"last_contact_at", lastContact ? json(isoTime(*lastContact)) : json()},
                      {"reason", reason},
                      {"contact_id", optId(contactId)}});
}

std::optional<QDateTime> lastContactAt(Connection& c, qint64 caseId)
{
    Query q(c, QStringLiteral("SELECT last_contact_at FROM cases WHERE id = :id"));
    q.bind(QStringLiteral(":id"), caseId).exec();
    return q.next() ? optTimeFromDb(q.value(0)) : std::nullopt;
}

bool finalStatus(CaseStatus s)
{
    return s == CaseStatus::Settled || s == CaseStatus::Closed || s == CaseStatus::Recalled;
}

/// The stored contact @p contactId if @p user may still change it; Permission otherwise.
Contact requireChangeable(Connection& c, Repositories& repos, const UserContext& user,
                          qint64 contactId, const QDateTime& now)
{
    const auto k = repos.contacts().find(contactId);
    if (!k)
        throw Error(Error::Kind::NotFound, tr("There is no contact with id %1.").arg(contactId));
    const int grace = ContactLogService::graceMinutes(c);
    if (!k->recordedAt || k->recordedAt->addSecs(qint64(grace) * 60) < now)
        throw Error(Error::Kind::Permission,
                    tr("This contact can no longer be changed after %1 minutes; add an "
                       "amendment note instead.")
                        .arg(grace));
    const bool recorder = !user.isSystem() && k->recordedById == user.userId;
    const bool supervisor =
        user.isSystem() || user.role == Role::Supervisor || user.role == Role::Admin;
    if (!recorder && !supervisor)
        throw Error(Error::Kind::Permission,
                    tr("Only the person who logged this contact or a supervisor may change it; "
                       "add an amendment note instead."));
    return *k;
}

} // namespace

QString ContactLogService::attachmentStore(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".attachments");
}

int ContactLogService::graceMinutes(Connection& connection)
{
    Query q(connection, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), QStringLiteral("contact.edit_grace_minutes")).exec();
    if (!q.next())
        return defaultGraceMinutes;
    bool ok = false;
    const int minutes = q.value(0).toString().trimmed().toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultGraceMinutes;
}

std::vector<OutcomeCode> ContactLogService::outcomes(Connection& connection,
                                                     std::optional<Channel> channel)
{
    std::vector<OutcomeCode> all = loadOutcomes(connection, true);
    if (channel) {
        std::erase_if(all, [&](const OutcomeCode& o) { return !offeredOn(o.code, *channel); });
    }
    return all;
}

GateDecision ContactLogService::preview(Connection& connection, const NewContact& contact)
{
    if (contact.direction == Direction::Inbound)
        return GateDecision{};
    const QDateTime at =
        contact.startedAt.isValid() ? contact.startedAt.toUTC() : QDateTime::currentDateTimeUtc();
    return ContactCheckService::evaluate(connection, contact.caseId, contact.channel, at,
                                         ContactTarget{contact.phoneId, contact.emailId, {}, {}});
}

LogContactResult ContactLogService::log(Connection& connection, const UserContext& user,
                                        const NewContact& in)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);
    const Checked v = validate(connection, repos, user, in, now);
    const Case& k = v.caseRecord;

    LogContactResult result;
    std::optional<qint64> overrideId;
    if (in.direction == Direction::Outbound) {
        result.decision =
            ContactCheckService::check(connection, user, k.id, in.channel, v.startedAt,
                                       ContactTarget{in.phoneId, in.emailId, {}, {}});
        if (!result.decision.allowed) {
            if (!in.overrideToken)
                return result; // blocked: the decision is in the audit log, nothing else
            requireOverride(connection, repos, *in.overrideToken, k.id, in.channel, v.startedAt,
                            now);
            overrideId = in.overrideToken;
        }
    }

    QStringList copied;
    try {
        Transaction t(connection);
        Contact row;
        row.caseId = k.id;
        row.agentId = v.agentId;
        row.channel = in.channel;
        row.direction = in.direction;
        row.startedAt = v.startedAt;
        row.endedAt = in.endedAt ? std::optional<QDateTime>(in.endedAt->toUTC()) : std::nullopt;
        row.outcome = v.outcome.code;
        row.rpc = in.rpc.value_or(v.outcome.conversation);
        row.notes = in.notes;
        row.phoneId = in.phoneId;
        row.emailId = in.emailId;
        row.recordedAt = now;
        row.recordedById = v.recordedBy;
        row.overrideAuditId = overrideId;
        if (in.visit) {
            row.visitAddress = in.visit->address;
            row.metPerson = in.visit->metPerson;
            row.gpsLat = in.visit->gpsLat;
            row.gpsLon = in.visit->gpsLon;
        }
        const qint64 contactId = repos.contacts().add(row);
        result.contactId = contactId;
        AuditLog::append(connection, user, QStringLiteral("contact.log"), QStringLiteral("contact"),
                         contactId,
                         {{"contact_id", contactId},
                          {"case_id", k.id},
                          {"agent_id", v.agentId},
                          {"channel", utf8(toCode(in.channel))},
                          {"direction", utf8(toCode(in.direction))},
                          {"outcome", utf8(row.outcome)},
                          {"rpc", row.rpc},
                          {"started_at", isoTime(row.startedAt)},
                          {"phone_id", optId(in.phoneId)},
                          {"email_id", optId(in.emailId)},
                          {"override_audit_id", optId(overrideId)},
                          {"notes_length", in.notes.size()},
                          {"gps", row.gpsLat.has_value()}});

        if (v.outcome.impliedHold) {
            result.holdId = addHold(
                connection, repos, user,
                impliedHold(k, *v.outcome.impliedHold, v.startedAt, v.recordedBy), contactId);
        }

        if (in.followUp) {
            FollowUp f;
            f.caseId = k.id;
            f.agentId = v.agentId;
            f.type = in.followUp->type;
            f.dueAt = in.followUp->dueAt.toUTC();
            f.note = in.followUp->note;
            f.visitAddress = in.followUp->visitAddress;
            f.createdAt = now;
            const qint64 id = repos.followUps().add(f);
            repos.followUps().setPlannedIn(id, contactId);
            result.followUpId = id;
            AuditLog::append(connection, user, QStringLiteral("followup.create"),
                             QStringLiteral("followup"), id,
                             {{"followup_id", id},
                              {"case_id", k.id},
                              {"agent_id", v.agentId},
                              {"type", utf8(toCode(f.type))},
                              {"due_at", isoTime(f.dueAt)},
                              {"contact_id", contactId}});
        }

        if (in.promise) {
            const auto plan = PromiseService::createPlan(connection, user, k.id, v.agentId,
                                                         contactId, *in.promise);
            result.planId = plan.planId;
            result.promiseIds = plan.promiseIds;
        }

        if (in.visit && !in.visit->attachmentPaths.isEmpty()) {
            const QString store = attachmentStore(connection.path());
            for (const QString& path : in.visit->attachmentPaths) {
                const StoredFile file = copyIntoStore(store, path, copied);
                Attachment a;
                a.contactId = contactId;
                a.fileName = file.fileName;
                a.storedName = file.storedName;
                a.sha256 = file.sha256;
                a.sizeBytes = file.size;
                a.addedAt = now;
                a.addedById = v.recordedBy;
                const qint64 id = repos.contacts().addAttachment(a);
                result.attachmentIds.push_back(id);
                AuditLog::append(connection, user, QStringLiteral("attachment.add"),
                                 QStringLiteral("attachment"), id,
                                 {{"attachment_id", id},
                                  {"contact_id", contactId},
                                  {"sha256", utf8(file.sha256)},
                                  {"size_bytes", file.size}});
            }
        }

        if (in.completesFollowUpId) {
            FollowUp f = *repos.followUps().find(*in.completesFollowUpId);
            f.doneAt = v.startedAt;
            f.completedByContactId = contactId;
            repos.followUps().update(f);
            AuditLog::append(connection, user, QStringLiteral("followup.complete"),
                             QStringLiteral("followup"), f.id,
                             {{"followup_id", f.id}, {"case_id", k.id}, {"contact_id", contactId}});
        }

        CaseStatus status = k.status;
        if (!finalStatus(status)) {
            if (in.promise)
                status = CaseStatus::Promise;
            else if (status == CaseStatus::New)
                status = CaseStatus::Active;
        }
        std::optional<QDateTime> last = lastContactAt(connection, k.id);
        if (!last || *last < v.startedAt)
            last = v.startedAt;
        updateCase(connection, user, k, status, last, now, "contact.log", contactId);
        t.commit();
    } catch (...) {
        removeFiles(copied);
        throw;
    }
    result.saved = true;
    spdlog::info("contact {} logged on case {} ({} {}, {} promise(s), {} attachment(s))",
                 result.contactId, k.id, toCode(in.channel).toStdString(),
                 toCode(in.direction).toStdString(), result.promiseIds.size(),
                 result.attachmentIds.size());
    return result;
}

void ContactLogService::edit(Connection& connection, const UserContext& user, qint64 contactId,
                             const ContactEdit& edit)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);
    Contact k = requireChangeable(connection, repos, user, contactId, now);
    const OutcomeCode outcome = requireOutcome(connection, edit.outcome, k.channel);
    requireNotes(edit.notes, tr("Notes"));
    if (edit.endedAt) {
        if (!edit.endedAt->isValid())
            invalid(tr("End time: not a valid time."));
        if (*edit.endedAt < k.startedAt)
            invalid(tr("End time: lies before the start time."));
    }
    const auto caseRecord = repos.cases().find(k.caseId);
    if (!caseRecord)
        throw Error(Error::Kind::NotFound, tr("The case of this contact no longer exists."));
    std::optional<HoldType> oldHold;
    for (const OutcomeCode& o : loadOutcomes(connection, false)) {
        if (o.code == k.outcome)
            oldHold = o.impliedHold;
    }

    json changed = json::array();
    if (k.outcome != outcome.code)
        changed.push_back("outcome");
    if (k.notes != edit.notes)
        changed.push_back("notes");
    if (k.rpc != edit.rpc)
        changed.push_back("rpc");
    const std::optional<QDateTime> ended =
        edit.endedAt ? std::optional<QDateTime>(edit.endedAt->toUTC()) : std::nullopt;
    if (k.endedAt != ended)
        changed.push_back("ended_at");

    Transaction t(connection);
    const QString outcomeFrom = k.outcome;
    k.outcome = outcome.code;
    k.notes = edit.notes;
    k.rpc = edit.rpc;
    k.endedAt = ended;
    repos.contacts().update(k);
    AuditLog::append(connection, user, QStringLiteral("contact.edit"), QStringLiteral("contact"),
                     contactId,
                     {{"contact_id", contactId},
                      {"case_id", k.caseId},
                      {"fields", changed},
                      {"outcome_from", utf8(outcomeFrom)},
                      {"outcome_to", utf8(k.outcome)},
                      {"notes_length", edit.notes.size()}});
    if (oldHold != outcome.impliedHold) {
        removeHolds(connection, user, contactId);
        if (outcome.impliedHold)
            addHold(
                connection, repos, user,
                impliedHold(*caseRecord, *outcome.impliedHold, k.startedAt,
                            user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId)),
                contactId);
    }
    t.commit();
}

void ContactLogService::remove(Connection& connection, const UserContext& user, qint64 contactId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);
    const Contact k = requireChangeable(connection, repos, user, contactId, now);
    const auto caseRecord = repos.cases().find(k.caseId);
    if (!caseRecord)
        throw Error(Error::Kind::NotFound, tr("The case of this contact no longer exists."));

    // Records made since then that point at the contact or its promises keep it.
    const std::vector<Promise> promises = repos.promises().listByContact(contactId);
    for (const Promise& p : promises) {
        if (p.paidMinor > 0 || !repos.payments().listByPromise(p.id).empty())
            invalid(tr("This contact cannot be deleted: a payment was already matched to its "
                       "promise. Add an amendment note instead."));
    }
    for (const QString& sql :
         {QStringLiteral("SELECT count(*) FROM survey_responses WHERE contact_id = :id"),
          QStringLiteral("SELECT count(*) FROM complaint_contacts WHERE contact_id = :id")}) {
        Query q(connection, sql);
        q.bind(QStringLiteral(":id"), contactId).exec();
        if (q.next() && q.value(0).toLongLong() > 0)
            invalid(tr("This contact cannot be deleted: a survey response or complaint refers "
                       "to it. Add an amendment note instead."));
    }

    const std::vector<Attachment> attachments = repos.contacts().attachments(contactId);
    const QString store = attachmentStore(connection.path());
    {
        Transaction t(connection);
        for (const Attachment& a : attachments)
            AuditLog::append(
                connection, user, QStringLiteral("attachment.remove"), QStringLiteral("attachment"),
                a.id,
                {{"attachment_id", a.id}, {"contact_id", contactId}, {"sha256", utf8(a.sha256)}});
        for (const Promise& p : promises) {
            repos.promises().remove(p.id);
            AuditLog::append(
                connection, user, QStringLiteral("promise.remove"), QStringLiteral("promise"), p.id,
                {{"promise_id", p.id}, {"case_id", p.caseId}, {"contact_id", contactId}});
        }
        for (const PromisePlan& plan : repos.promises().plansByContact(contactId)) {
            repos.promises().removePlan(plan.id);
            AuditLog::append(connection, user, QStringLiteral("promise_plan.remove"),
                             QStringLiteral("promise_plan"), plan.id,
                             {{"plan_id", plan.id}, {"contact_id", contactId}});
        }
        removeHolds(connection, user, contactId);
        for (const FollowUp& f : repos.followUps().plannedIn(contactId)) {
            repos.followUps().remove(f.id);
            AuditLog::append(connection, user, QStringLiteral("followup.remove"),
                             QStringLiteral("followup"), f.id,
                             {{"followup_id", f.id}, {"contact_id", contactId}});
        }
        for (FollowUp f : repos.followUps().completedBy(contactId)) {
            f.doneAt.reset();
            f.completedByContactId.reset();
            repos.followUps().update(f);
            AuditLog::append(connection, user, QStringLiteral("followup.reopen"),
                             QStringLiteral("followup"), f.id,
                             {{"followup_id", f.id}, {"contact_id", contactId}});
        }
        repos.contacts().remove(contactId);
        AuditLog::append(connection, user, QStringLiteral("contact.remove"),
                         QStringLiteral("contact"), contactId,
                         {{"contact_id", contactId},
                          {"case_id", k.caseId},
                          {"channel", utf8(toCode(k.channel))},
                          {"outcome", utf8(k.outcome)},
                          {"started_at", isoTime(k.startedAt)}});

        CaseStatus status = caseRecord->status;
        if (status == CaseStatus::Promise && repos.promises().pendingByCase(k.caseId).empty())
            status = CaseStatus::Active;
        updateCase(connection, user, *caseRecord, status, repos.contacts().latestStart(k.caseId),
                   now, "contact.remove", contactId);
        t.commit();
    }
    for (const Attachment& a : attachments)
        QFile::remove(QDir(store).filePath(a.storedName));
}

qint64 ContactLogService::amend(Connection& connection, const UserContext& user, qint64 contactId,
                                const QString& note)
{
    Repositories repos(connection);
    const auto k = repos.contacts().find(contactId);
    if (!k)
        throw Error(Error::Kind::NotFound, tr("There is no contact with id %1.").arg(contactId));
    const QString text = note.trimmed();
    if (text.isEmpty())
        invalid(tr("Amendment note: type the note to append."));
    requireNotes(text, tr("Amendment note"));
    Transaction t(connection);
    ContactAmendment a;
    a.contactId = contactId;
    a.authorId = user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
    a.at = QDateTime::currentDateTimeUtc();
    a.note = text;
    const qint64 id = repos.contacts().addAmendment(a);
    AuditLog::append(connection, user, QStringLiteral("contact.amend"), QStringLiteral("contact"),
                     contactId,
                     {{"contact_id", contactId},
                      {"case_id", k->caseId},
                      {"amendment_id", id},
                      {"note_length", text.size()}});
    t.commit();
    return id;
}

std::optional<QDateTime> ContactLogService::editableUntil(Connection& connection, qint64 contactId)
{
    const auto k = Repositories(connection).contacts().find(contactId);
    if (!k || !k->recordedAt)
        return std::nullopt;
    const QDateTime until = k->recordedAt->addSecs(qint64(graceMinutes(connection)) * 60);
    if (until < QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return until;
}

std::vector<ContactAmendment> ContactLogService::amendments(Connection& connection,
                                                            qint64 contactId)
{
    return Repositories(connection).contacts().amendments(contactId);
}

std::vector<Attachment> ContactLogService::attachments(Connection& connection, qint64 contactId)
{
    return Repositories(connection).contacts().attachments(contactId);
}

} // namespace caseloop
