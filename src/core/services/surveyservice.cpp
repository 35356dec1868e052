#include "services/surveyservice.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/agencysettings.h"
#include "services/auditlog.h"

#include <QStringList>

#include <algorithm>
#include <set>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

using nlohmann::json;

QString tr(const char* text)
{
    return SurveyService::tr(text);
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

json optInt(const std::optional<int>& v)
{
    return v ? json(*v) : json();
}

std::optional<qint64> actor(const UserContext& user)
{
    return user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
}

bool isSupervisorRole(const UserContext& user)
{
    return user.isSystem() || user.role == Role::Supervisor || user.role == Role::Compliance ||
           user.role == Role::Admin;
}

void requireLength(const QString& text, int max, const QString& field)
{
    if (text.size() > max)
        invalid(tr("%1: at most %2 characters are allowed (%3 given).")
                    .arg(field)
                    .arg(max)
                    .arg(text.size()));
}

void requireNotSelf(const UserContext& user, const std::optional<qint64>& subject)
{
    if (!user.isSystem() && subject && *subject == user.userId)
        throw Error(Error::Kind::Permission,
                    tr("This survey response is about you: you cannot record, correct or delete "
                       "it. Ask a colleague or your supervisor."));
}

std::optional<int>& scoreField(SurveyResponse& r, SurveyDimension d)
{
    switch (d) {
    case SurveyDimension::Efficiency:
        return r.efficiency;
    case SurveyDimension::Attitude:
        return r.attitude;
    case SurveyDimension::ServiceQuality:
        return r.serviceQuality;
    case SurveyDimension::Overall:
        break;
    }
    return r.overall;
}

/// Writes @p answers into the score, NPS and comment fields of @p r.
void applyAnswers(const SurveyAnswers& answers, SurveyResponse& r)
{
    for (const QString& code : allCodes<SurveyDimension>()) {
        const SurveyDimension d = *fromCode<SurveyDimension>(code);
        const auto it = answers.scores.find(d);
        scoreField(r, d) =
            it == answers.scores.end() ? std::nullopt : std::optional<int>(it->second);
    }
    r.npsScore = answers.nps;
    r.comment = answers.comment;
    r.dimensionComments.clear();
    for (const auto& [d, text] : answers.dimensionComments) {
        if (!text.trimmed().isEmpty())
            r.dimensionComments[toCode(d)] = text;
    }
}

void validateAnswers(const Questionnaire& q, const SurveyAnswers& a, const QString& locale)
{
    if (a.scores.empty() && !a.nps)
        invalid(tr("Answers: give at least one score."));
    for (const auto& [d, score] : a.scores) {
        const QuestionnaireDimension* dim = q.dimension(d);
        if (!dim)
            invalid(tr("Scores: the survey “%1” has no question “%2”.").arg(q.code, toCode(d)));
        if (score < dim->min || score > dim->max)
            invalid(tr("%1: %2 is outside the scale %3–%4.")
                        .arg(dim->label.text(locale))
                        .arg(score)
                        .arg(dim->min)
                        .arg(dim->max));
    }
    if (a.nps) {
        if (!q.nps)
            invalid(tr("Recommendation: the survey “%1” does not ask it.").arg(q.code));
        if (*a.nps < NpsQuestion::min || *a.nps > NpsQuestion::max)
            invalid(
                tr("%1: %2 is outside the scale 0–10.").arg(q.nps->label.text(locale)).arg(*a.nps));
    }
    requireLength(a.comment, SurveyService::maxCommentLength, tr("Comment"));
    for (const auto& [d, text] : a.dimensionComments) {
        const QuestionnaireDimension* dim = q.dimension(d);
        if (!dim)
            invalid(tr("Comments: the survey “%1” has no question “%2”.").arg(q.code, toCode(d)));
        if (!dim->comment && !text.trimmed().isEmpty())
            invalid(tr("%1: this question takes no comment.").arg(dim->label.text(locale)));
        requireLength(text, SurveyService::maxCommentLength, dim->label.text(locale));
    }
}

json scoresJson(const SurveyResponse& r)
{
    return json{{"efficiency", optInt(r.efficiency)},
                {"attitude", optInt(r.attitude)},
                {"service_quality", optInt(r.serviceQuality)},
                {"overall", optInt(r.overall)},
                {"nps", optInt(r.npsScore)}};
}

SurveyDefinition requireDefinition(Repositories& repos, qint64 surveyId)
{
    const std::optional<SurveyDefinition> d = repos.surveys().findDefinition(surveyId);
    if (!d)
        throw Error(Error::Kind::NotFound,
                    tr("Survey: there is no survey definition with id %1.").arg(surveyId));
    return *d;
}

Questionnaire parseStored(const SurveyDefinition& d)
{
    return Questionnaire::parse(d.definitionJson.toUtf8(),
                                QStringLiteral("%1 v%2").arg(d.code).arg(d.version));
}

/// The rated agent's team supervisor, unless that is the agent.
std::optional<qint64> supervisorOf(Repositories& repos, std::optional<qint64> agentId)
{
    if (!agentId)
        return std::nullopt;
    const std::optional<User> agent = repos.users().find(*agentId);
    if (!agent || !agent->teamId)
        return std::nullopt;
    const std::optional<Team> team = repos.teams().find(*agent->teamId);
    if (!team || !team->supervisorId || *team->supervisorId == *agentId)
        return std::nullopt;
    return team->supervisorId;
}

/// Ids of every version of the response chain that ends in @p responseId (going back).
std::vector<qint64> chainBack(Repositories& repos, const SurveyResponse& r)
{
    std::vector<qint64> ids{r.id};
    std::optional<qint64> previous = r.supersedesId;
    while (previous) {
        ids.push_back(*previous);
        const std::optional<SurveyResponse> p = repos.surveys().findResponse(*previous);
        previous = p ? p->supersedesId : std::nullopt;
    }
    return ids;
}

/// Opens a low-score review item unless the response chain has one already.
std::optional<qint64> openReview(Connection& c, Repositories& repos, const UserContext& user,
                                 const SurveyResponse& r, const QDateTime& now)
{
    for (const qint64 id : chainBack(repos, r)) {
        Query existing(c, QStringLiteral("SELECT id FROM review_items WHERE response_id = :id"));
        existing.bind(QStringLiteral(":id"), id).exec();
        if (existing.next())
            return std::nullopt;
    }
    const std::optional<qint64> assignee = supervisorOf(repos, r.subjectAgentId);
    Query q(c, QStringLiteral("INSERT INTO review_items (kind, response_id, agent_id, "
                              "assignee_id, created_at, status, note) VALUES ('low_score', "
                              ":response, :agent, :assignee, :at, 'open', '') RETURNING id"));
    q.bind(QStringLiteral(":response"), r.id)
        .bind(QStringLiteral(":agent"), r.subjectAgentId)
        .bind(QStringLiteral(":assignee"), assignee)
        .bind(QStringLiteral(":at"), toDb(now))
        .exec();
    if (!q.next())
        throw Error(Error::Kind::Database, tr("The review item could not be stored."));
    const qint64 itemId = q.value(0).toLongLong();
    AuditLog::append(c, user, QStringLiteral("review_item.create"), QStringLiteral("review_item"),
                     itemId,
                     {{"review_item_id", itemId},
                      {"kind", "low_score"},
                      {"response_id", r.id},
                      {"agent_id", optId(r.subjectAgentId)},
                      {"assignee_id", optId(assignee)}});
    return itemId;
}

std::optional<SurveyTask> findTask(Connection& c, qint64 taskId);

SurveyTask readTask(const Query& q)
{
    SurveyTask t;
    t.id = q.value(0).toLongLong();
    t.surveyId = q.value(1).toLongLong();
    t.caseId = q.value(2).toLongLong();
    t.contactId = optIdFromDb(q.value(3));
    t.subjectAgentId = optIdFromDb(q.value(4));
    t.reason = fromCode<SurveyTaskReason>(q.value(5).toString()).value_or(t.reason);
    t.channel = fromCode<SurveyChannel>(q.value(6).toString()).value_or(t.channel);
    t.assigneeId = optIdFromDb(q.value(7));
    t.createdAt = timeFromDb(q.value(8));
    t.dueAt = timeFromDb(q.value(9));
    t.status = fromCode<SurveyTaskStatus>(q.value(10).toString()).value_or(t.status);
    t.responseId = optIdFromDb(q.value(11));
    t.doneAt = optTimeFromDb(q.value(12));
    return t;
}

const QString taskSql = QStringLiteral(
    "SELECT id, survey_id, case_id, contact_id, subject_agent_id, reason, channel, assignee_id, "
    "created_at, due_at, status, response_id, done_at FROM survey_tasks ");

std::optional<SurveyTask> findTask(Connection& c, qint64 taskId)
{
    Query q(c, taskSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), taskId).exec();
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

bool isShippedCode(const QString& code)
{
    return code == u"debtor-default" || code == u"client-default";
}

/// The latest active definition of @p code; the shipped defaults are installed on first use.
SurveyDefinition definitionForCode(Connection& c, Repositories& repos, const UserContext& user,
                                   const QString& code)
{
    std::optional<SurveyDefinition> d = repos.surveys().findLatestDefinition(code);
    if (!d && isShippedCode(code)) {
        SurveyService::installDefaults(c, user);
        d = repos.surveys().findLatestDefinition(code);
    }
    if (!d)
        throw Error(Error::Kind::NotFound,
                    tr("Survey: there is no survey definition “%1”.").arg(code));
    if (!d->active)
        invalid(tr("Survey: the survey “%1” is no longer in use.").arg(code));
    return *d;
}

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

bool SurveyAnswers::isLow() const
{
    const auto overall = scores.find(SurveyDimension::Overall);
    if (overall != scores.end() && overall->second <= 2)
        return true;
    return std::any_of(scores.begin(), scores.end(), [](const auto& s) { return s.second == 1; });
}

SurveyAnswers SurveyAnswers::of(const SurveyResponse& r)
{
    SurveyAnswers a;
    SurveyResponse copy = r;
    for (const QString& code : allCodes<SurveyDimension>()) {
        const SurveyDimension d = *fromCode<SurveyDimension>(code);
        if (const std::optional<int>& v = scoreField(copy, d); v.has_value())
            a.scores[d] = *v;
    }
    a.nps = r.npsScore;
    a.comment = r.comment;
    for (const auto& [key, text] : r.dimensionComments) {
        if (const auto d = fromCode<SurveyDimension>(key))
            a.dimensionComments[*d] = text;
    }
    return a;
}

// ---- Definitions -------------------------------------------------------------------------

int SurveyService::installDefaults(Connection& connection, const UserContext& user)
{
    Repositories repos(connection);
    const std::vector<Questionnaire> shipped = Questionnaire::shipped();
    Transaction tx(connection);
    int inserted = 0;
    for (const Questionnaire& q : shipped) {
        if (repos.surveys().findLatestDefinition(q.code))
            continue;
        SurveyDefinition row{0, q.code, q.version, q.name.en, q.toJsonText(), true};
        const qint64 id = repos.surveys().addDefinition(row);
        AuditLog::append(connection, user, QStringLiteral("survey.install"),
                         QStringLiteral("survey"), id,
                         {{"survey_id", id}, {"code", utf8(q.code)}, {"version", q.version}});
        ++inserted;
    }
    tx.commit();
    return inserted;
}

qint64 SurveyService::saveDefinition(Connection& connection, const UserContext& user,
                                     const QByteArray& jsonText)
{
    if (!user.isSystem() && user.role != Role::Admin)
        throw Error(Error::Kind::Permission,
                    tr("Only an administrator may change survey definitions."));
    Questionnaire q = Questionnaire::parse(jsonText);
    Repositories repos(connection);
    Transaction tx(connection);
    const std::optional<SurveyDefinition> latest = repos.surveys().findLatestDefinition(q.code);
    if (latest) {
        const Questionnaire stored = parseStored(*latest);
        if (stored.sameContent(q) && latest->active) {
            tx.commit();
            return latest->id;
        }
        if (stored.respondentType != q.respondentType)
            invalid(tr("respondent_type: the survey “%1” is for %2; a new version cannot change "
                       "that (use a new code).")
                        .arg(q.code, toCode(stored.respondentType)));
        q.version = latest->version + 1;
    }
    SurveyDefinition row{0, q.code, q.version, q.name.en, q.toJsonText(), true};
    const qint64 id = repos.surveys().addDefinition(row);
    Query old(connection, QStringLiteral("UPDATE surveys SET active = 0 WHERE code = :code AND "
                                         "id <> :id"));
    old.bind(QStringLiteral(":code"), q.code).bind(QStringLiteral(":id"), id).exec();
    AuditLog::append(connection, user, QStringLiteral("survey.save"), QStringLiteral("survey"), id,
                     {{"survey_id", id},
                      {"code", utf8(q.code)},
                      {"version", q.version},
                      {"dimensions", q.dimensions.size()},
                      {"nps", q.nps.has_value()}});
    tx.commit();
    return id;
}

Questionnaire SurveyService::questionnaire(Connection& connection, qint64 surveyId)
{
    Repositories repos(connection);
    return parseStored(requireDefinition(repos, surveyId));
}

std::optional<SurveyDefinition> SurveyService::latestDefinition(Connection& connection,
                                                                const QString& code)
{
    Repositories repos(connection);
    std::optional<SurveyDefinition> d = repos.surveys().findLatestDefinition(code);
    if (d && !d->active)
        return std::nullopt;
    return d;
}

// ---- Responses ---------------------------------------------------------------------------

RecordedResponse SurveyService::record(Connection& connection, const UserContext& user,
                                       const NewSurveyResponse& in)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);

    SurveyDefinition def;
    if (in.surveyId) {
        def = requireDefinition(repos, *in.surveyId);
    } else {
        if (in.surveyCode.trimmed().isEmpty())
            invalid(tr("Survey: say which survey was answered."));
        def = definitionForCode(connection, repos, user, in.surveyCode.trimmed());
    }
    const Questionnaire q = parseStored(def);

    std::optional<qint64> caseId = in.caseId;
    std::optional<qint64> contactId = in.contactId;
    std::optional<qint64> taskSubject;
    std::optional<SurveyTask> task;
    if (in.taskId) {
        task = findTask(connection, *in.taskId);
        if (!task)
            throw Error(Error::Kind::NotFound,
                        tr("Survey task: there is no task with id %1.").arg(*in.taskId));
        if (task->status != SurveyTaskStatus::Open)
            invalid(tr("Survey task: task %1 is no longer open.").arg(task->id));
        if (caseId && *caseId != task->caseId)
            invalid(tr("Survey task: task %1 belongs to another case.").arg(task->id));
        caseId = task->caseId;
        if (!contactId)
            contactId = task->contactId;
        taskSubject = task->subjectAgentId;
    }
    std::optional<Contact> contact;
    if (contactId) {
        contact = repos.contacts().find(*contactId);
        if (!contact)
            throw Error(Error::Kind::NotFound,
                        tr("Contact: there is no contact with id %1.").arg(*contactId));
        if (caseId && contact->caseId != *caseId) {
            const std::optional<Case> k = repos.cases().find(*caseId);
            invalid(tr("Contact: contact %1 is not a contact of case %2.")
                        .arg(*contactId)
                        .arg(k ? k->ref : QString::number(*caseId)));
        }
        caseId = contact->caseId;
    }
    std::optional<Case> caseRecord;
    if (caseId) {
        caseRecord = repos.cases().find(*caseId);
        if (!caseRecord)
            throw Error(Error::Kind::NotFound,
                        tr("Case: there is no case with id %1.").arg(*caseId));
    }
    if (q.respondentType == RespondentType::Debtor && !caseRecord)
        invalid(tr("Case: a response of a debtor survey needs the case it is about."));

    std::optional<qint64> subject = in.subjectAgentId;
    if (!subject && contact)
        subject = contact->agentId;
    if (!subject)
        subject = taskSubject;
    if (!subject && caseRecord)
        subject = caseRecord->agentId;
    if (subject && !repos.users().find(*subject))
        throw Error(Error::Kind::NotFound, tr("Agent: there is no user with id %1.").arg(*subject));
    requireNotSelf(user, subject);

    std::optional<qint64> clientId = in.clientId;
    if (!clientId && q.respondentType == RespondentType::Client && caseRecord)
        clientId = caseRecord->clientId;
    if (clientId && !repos.clients().find(*clientId))
        throw Error(Error::Kind::NotFound,
                    tr("Client: there is no client with id %1.").arg(*clientId));

    const QDateTime respondedAt = in.respondedAt.isValid() ? in.respondedAt.toUTC() : now;
    if (respondedAt > now.addSecs(5 * 60))
        invalid(tr("Response time: %1 lies in the future.").arg(respondedAt.toString(Qt::ISODate)));
    if (contact && respondedAt < contact->startedAt)
        invalid(tr("Response time: lies before the contact it rates."));
    validateAnswers(q, in.answers, user.locale);
    requireLength(in.externalId, 100, tr("Response id"));
    if (!in.externalId.isEmpty()) {
        if (const auto existing = repos.surveys().findResponseByExternalId(in.externalId))
            invalid(tr("Response id: “%1” was already recorded (response %2).")
                        .arg(in.externalId)
                        .arg(existing->id));
    }

    SurveyResponse row;
    row.surveyId = def.id;
    row.caseId = caseId;
    row.contactId = contactId;
    row.subjectAgentId = subject;
    row.recordedById = actor(user);
    row.respondentType = q.respondentType;
    row.channel = in.channel;
    row.respondedAt = respondedAt;
    applyAnswers(in.answers, row);
    row.clientId = clientId;
    row.externalId = in.externalId;
    row.recordedAt = now;

    RecordedResponse out;
    Transaction tx(connection);
    row.id = repos.surveys().addResponse(row);
    out.responseId = row.id;
    json details{{"response_id", row.id},
                 {"survey_id", def.id},
                 {"survey_code", utf8(def.code)},
                 {"survey_version", def.version},
                 {"case_id", optId(caseId)},
                 {"contact_id", optId(contactId)},
                 {"subject_agent_id", optId(subject)},
                 {"channel", utf8(toCode(in.channel))},
                 {"scores", scoresJson(row)},
                 {"comment_length", row.comment.size()},
                 {"external_id", !row.externalId.isEmpty()},
                 {"task_id", optId(in.taskId)}};
    AuditLog::append(connection, user, QStringLiteral("survey_response.record"),
                     QStringLiteral("survey_response"), row.id, details);
    if (task) {
        Query done(connection, QStringLiteral("UPDATE survey_tasks SET status = 'done', "
                                              "response_id = :response, done_at = :at WHERE "
                                              "id = :id AND status = 'open'"));
        done.bind(QStringLiteral(":response"), row.id)
            .bind(QStringLiteral(":at"), toDb(now))
            .bind(QStringLiteral(":id"), task->id)
            .exec();
        AuditLog::append(connection, user, QStringLiteral("survey_task.complete"),
                         QStringLiteral("survey_task"), task->id,
                         {{"task_id", task->id}, {"response_id", row.id}});
    }
    if (in.answers.isLow())
        out.reviewItemId = openReview(connection, repos, user, row, now);
    tx.commit();
    return out;
}

RecordedResponse SurveyService::correct(Connection& connection, const UserContext& user,
                                        qint64 responseId, const SurveyCorrection& changes,
                                        const QString& reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);
    const std::optional<SurveyResponse> found = repos.surveys().findResponse(responseId);
    if (!found)
        throw Error(Error::Kind::NotFound,
                    tr("Survey response: there is no response with id %1.").arg(responseId));
    const SurveyResponse& old = *found;
    requireNotSelf(user, old.subjectAgentId);
    requireNotSelf(user, changes.subjectAgentId);
    if (!isSupervisorRole(user) && old.recordedById != user.userId)
        throw Error(Error::Kind::Permission,
                    tr("Only the person who recorded a response, a supervisor, a compliance "
                       "officer or an administrator may correct it."));
    if (!old.isCurrent()) {
        const std::optional<SurveyResponse> next = repos.surveys().findSuccessor(old.id);
        if (next)
            invalid(tr("Response %1 was corrected already: correct its current version %2.")
                        .arg(old.id)
                        .arg(next->id));
        invalid(tr("Response %1 was withdrawn and cannot be corrected.").arg(old.id));
    }
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: a correction needs a reason."));
    requireLength(reason, maxReasonLength, tr("Reason"));

    const Questionnaire q = parseStored(requireDefinition(repos, old.surveyId));
    SurveyResponse row = old;
    const SurveyAnswers answers = changes.answers ? *changes.answers : SurveyAnswers::of(old);
    validateAnswers(q, answers, user.locale);
    applyAnswers(answers, row);
    if (changes.subjectAgentId) {
        if (!repos.users().find(*changes.subjectAgentId))
            throw Error(Error::Kind::NotFound,
                        tr("Agent: there is no user with id %1.").arg(*changes.subjectAgentId));
        row.subjectAgentId = changes.subjectAgentId;
    }
    if (changes.channel)
        row.channel = *changes.channel;
    if (changes.respondedAt) {
        if (!changes.respondedAt->isValid() || *changes.respondedAt > now.addSecs(5 * 60))
            invalid(tr("Response time: not a valid time in the past."));
        row.respondedAt = changes.respondedAt->toUTC();
    }
    row.id = 0;
    row.supersedesId = old.id;
    row.correctionReason = reason;
    row.recordedAt = now;
    row.recordedById = actor(user);
    row.supersededAt.reset();
    row.withdrawnReason.clear();

    QStringList changed;
    if (row.efficiency != old.efficiency || row.attitude != old.attitude ||
        row.serviceQuality != old.serviceQuality || row.overall != old.overall ||
        row.npsScore != old.npsScore)
        changed << QStringLiteral("scores");
    if (row.comment != old.comment || row.dimensionComments != old.dimensionComments)
        changed << QStringLiteral("comments");
    if (row.subjectAgentId != old.subjectAgentId)
        changed << QStringLiteral("subject_agent");
    if (row.channel != old.channel)
        changed << QStringLiteral("channel");
    if (row.respondedAt != old.respondedAt)
        changed << QStringLiteral("responded_at");
    if (changed.isEmpty())
        invalid(tr("Correction: nothing was changed."));

    RecordedResponse out;
    Transaction tx(connection);
    repos.surveys().markSuperseded(old.id, now);
    row.id = repos.surveys().addResponse(row);
    out.responseId = row.id;
    json fields = json::array();
    for (const QString& f : changed)
        fields.push_back(utf8(f));
    AuditLog::append(connection, user, QStringLiteral("survey_response.correct"),
                     QStringLiteral("survey_response"), row.id,
                     {{"response_id", row.id},
                      {"supersedes_id", old.id},
                      {"changed", fields},
                      {"subject_agent_id", optId(row.subjectAgentId)},
                      {"scores", scoresJson(row)},
                      {"reason_length", reason.size()}});
    if (answers.isLow())
        out.reviewItemId = openReview(connection, repos, user, row, now);
    tx.commit();
    return out;
}

void SurveyService::withdraw(Connection& connection, const UserContext& user, qint64 responseId,
                             const QString& reason)
{
    Repositories repos(connection);
    const std::optional<SurveyResponse> found = repos.surveys().findResponse(responseId);
    if (!found)
        throw Error(Error::Kind::NotFound,
                    tr("Survey response: there is no response with id %1.").arg(responseId));
    requireNotSelf(user, found->subjectAgentId);
    if (!isSupervisorRole(user) && found->recordedById != user.userId)
        throw Error(Error::Kind::Permission,
                    tr("Only the person who recorded a response, a supervisor, a compliance "
                       "officer or an administrator may delete it."));
    if (!found->isCurrent())
        invalid(tr("Response %1 is not the current version: it was corrected or withdrawn "
                   "already.")
                    .arg(responseId));
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: deleting a response needs a reason."));
    requireLength(reason, maxReasonLength, tr("Reason"));
    Transaction tx(connection);
    repos.surveys().markSuperseded(responseId, QDateTime::currentDateTimeUtc(), reason);
    AuditLog::append(connection, user, QStringLiteral("survey_response.withdraw"),
                     QStringLiteral("survey_response"), responseId,
                     {{"response_id", responseId},
                      {"subject_agent_id", optId(found->subjectAgentId)},
                      {"reason_length", reason.size()}});
    tx.commit();
}

std::vector<SurveyResponse> SurveyService::responsesForCase(Connection& connection, qint64 caseId,
                                                            bool currentOnly)
{
    Repositories repos(connection);
    std::vector<SurveyResponse> all = repos.surveys().listResponsesByCase(caseId);
    if (currentOnly)
        std::erase_if(all, [](const SurveyResponse& r) { return !r.isCurrent(); });
    return all;
}

std::vector<SurveyResponse> SurveyService::versions(Connection& connection, qint64 responseId)
{
    Repositories repos(connection);
    std::optional<SurveyResponse> r = repos.surveys().findResponse(responseId);
    if (!r)
        throw Error(Error::Kind::NotFound,
                    tr("Survey response: there is no response with id %1.").arg(responseId));
    while (r->supersedesId) {
        std::optional<SurveyResponse> previous = repos.surveys().findResponse(*r->supersedesId);
        if (!previous)
            break;
        r = std::move(previous);
    }
    std::vector<SurveyResponse> out{*r};
    while (std::optional<SurveyResponse> next = repos.surveys().findSuccessor(out.back().id))
        out.push_back(std::move(*next));
    return out;
}

ComplaintIntake SurveyService::complaintFromResponse(Connection& connection,
                                                     const UserContext& user, qint64 responseId,
                                                     NewComplaint details)
{
    Repositories repos(connection);
    const std::optional<SurveyResponse> r = repos.surveys().findResponse(responseId);
    if (!r)
        throw Error(Error::Kind::NotFound,
                    tr("Survey response: there is no response with id %1.").arg(responseId));
    if (!r->isCurrent())
        invalid(tr("Response %1 is not the current version; use the current one.").arg(r->id));
    details.source = r->respondentType == RespondentType::Client ? ComplaintSource::Client
                                                                 : ComplaintSource::Debtor;
    switch (r->channel) {
    case SurveyChannel::PhoneCallback:
        details.channel = ComplaintChannel::Phone;
        break;
    case SurveyChannel::Sms:
        details.channel = ComplaintChannel::Sms;
        break;
    case SurveyChannel::Email:
        details.channel = ComplaintChannel::Email;
        break;
    case SurveyChannel::Web:
        details.channel = ComplaintChannel::Web;
        break;
    case SurveyChannel::ThirdParty:
        details.channel = ComplaintChannel::ThirdPartyPlatform;
        break;
    case SurveyChannel::Internal:
        details.channel = ComplaintChannel::Internal;
        break;
    }
    if (!details.receivedAt.isValid())
        details.receivedAt = r->recordedAt.value_or(r->respondedAt);
    if (!details.caseId)
        details.caseId = r->caseId;
    if (!details.agentId)
        details.agentId = r->subjectAgentId;
    if (details.contactIds.empty() && r->contactId)
        details.contactIds.push_back(*r->contactId);
    if (details.description.trimmed().isEmpty())
        details.description = r->comment;
    details.responseId = r->id;
    return ComplaintService::intake(connection, user, details);
}

// ---- Review items ------------------------------------------------------------------------

std::vector<ReviewItem> SurveyService::reviewItems(Connection& connection,
                                                   std::optional<qint64> assigneeId,
                                                   std::optional<ReviewStatus> status)
{
    QString sql = QStringLiteral("SELECT id, kind, response_id, agent_id, assignee_id, "
                                 "created_at, status, note, done_at, done_by FROM review_items "
                                 "WHERE 1 = 1");
    if (assigneeId)
        sql += QStringLiteral(" AND assignee_id = :assignee");
    if (status)
        sql += QStringLiteral(" AND status = :status");
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
    Query q(connection, sql);
    if (assigneeId)
        q.bind(QStringLiteral(":assignee"), *assigneeId);
    if (status)
        q.bind(QStringLiteral(":status"), toCode(*status));
    q.exec();
    std::vector<ReviewItem> out;
    while (q.next()) {
        ReviewItem i;
        i.id = q.value(0).toLongLong();
        i.kind = q.value(1).toString();
        i.responseId = q.value(2).toLongLong();
        i.agentId = optIdFromDb(q.value(3));
        i.assigneeId = optIdFromDb(q.value(4));
        i.createdAt = timeFromDb(q.value(5));
        i.status = fromCode<ReviewStatus>(q.value(6).toString()).value_or(ReviewStatus::Open);
        i.note = q.value(7).toString();
        i.doneAt = optTimeFromDb(q.value(8));
        i.doneById = optIdFromDb(q.value(9));
        out.push_back(std::move(i));
    }
    return out;
}

void SurveyService::completeReview(Connection& connection, const UserContext& user, qint64 itemId,
                                   const QString& note)
{
    requireLength(note, maxCommentLength, tr("Note"));
    Query find(connection, QStringLiteral("SELECT agent_id, assignee_id, status FROM review_items "
                                          "WHERE id = :id"));
    find.bind(QStringLiteral(":id"), itemId).exec();
    if (!find.next())
        throw Error(Error::Kind::NotFound,
                    tr("Review: there is no review item with id %1.").arg(itemId));
    const std::optional<qint64> agent = optIdFromDb(find.value(0));
    const std::optional<qint64> assignee = optIdFromDb(find.value(1));
    if (!user.isSystem() && agent && *agent == user.userId)
        throw Error(Error::Kind::Permission,
                    tr("This review is about you: your supervisor has to complete it."));
    if (!isSupervisorRole(user) && assignee != user.userId)
        throw Error(Error::Kind::Permission,
                    tr("Only the assigned supervisor, a compliance officer or an administrator "
                       "may complete a review."));
    if (find.value(2).toString() != toCode(ReviewStatus::Open))
        invalid(tr("Review: item %1 is done already.").arg(itemId));
    Transaction tx(connection);
    Query q(connection, QStringLiteral("UPDATE review_items SET status = 'done', note = :note, "
                                       "done_at = :at, done_by = :user WHERE id = :id"));
    q.bind(QStringLiteral(":note"), note.isNull() ? QStringLiteral("") : note)
        .bind(QStringLiteral(":at"), toDb(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":user"), actor(user))
        .bind(QStringLiteral(":id"), itemId)
        .exec();
    AuditLog::append(connection, user, QStringLiteral("review_item.complete"),
                     QStringLiteral("review_item"), itemId,
                     {{"review_item_id", itemId}, {"note_length", note.size()}});
    tx.commit();
}

// ---- Survey tasks ------------------------------------------------------------------------

SurveyTaskPolicy SurveyTaskPolicy::load(Connection& c)
{
    SurveyTaskPolicy p;
    const QString after = AgencySettings::value(c, QString::fromLatin1(afterClosedCaseKey));
    if (!after.isEmpty())
        p.afterClosedCase = after.trimmed() != u"0" && after.trimmed() != u"false";
    const QString share = AgencySettings::value(c, QString::fromLatin1(conversationSharePctKey));
    if (!share.isEmpty()) {
        bool ok = false;
        const double v = share.trimmed().toDouble(&ok);
        if (ok && v >= 0 && v <= 100)
            p.conversationSharePct = v;
        else
            spdlog::warn("setting {} is not a number in 0..100; using {}", conversationSharePctKey,
                         p.conversationSharePct);
    }
    const QString survey = AgencySettings::value(c, QString::fromLatin1(debtorSurveyKey));
    if (!survey.trimmed().isEmpty())
        p.debtorSurvey = survey.trimmed();
    const QString due = AgencySettings::value(c, QString::fromLatin1(dueDaysKey));
    if (!due.isEmpty()) {
        bool ok = false;
        const int v = due.trimmed().toInt(&ok);
        if (ok && v >= 0 && v <= 365)
            p.dueDays = v;
        else
            spdlog::warn("setting {} is not a whole number in 0..365; using {}", dueDaysKey,
                         p.dueDays);
    }
    return p;
}

bool SurveyService::sampled(quint64 seed, qint64 contactId, double sharePct)
{
    if (sharePct <= 0)
        return false;
    if (sharePct >= 100)
        return true;
    const quint64 h = splitMix64(seed ^ splitMix64(quint64(contactId)));
    const double u = double(h >> 11) * (1.0 / 9007199254740992.0); // [0, 1) from 53 bits
    return u * 100.0 < sharePct;
}

SurveyTaskPlan SurveyService::planTasks(Connection& connection, const UserContext& user,
                                        const QDateTime& from, const QDateTime& to, quint64 seed,
                                        std::optional<SurveyTaskPolicy> policyIn)
{
    if (!isSupervisorRole(user))
        throw Error(Error::Kind::Permission,
                    tr("Only a supervisor, a compliance officer or an administrator may plan "
                       "survey tasks."));
    if (!from.isValid() || !to.isValid() || !(from < to))
        invalid(tr("Period: the start must lie before the end."));
    const SurveyTaskPolicy policy = policyIn ? *policyIn : SurveyTaskPolicy::load(connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Repositories repos(connection);

    Transaction tx(connection);
    const SurveyDefinition def = definitionForCode(connection, repos, user, policy.debtorSurvey);
    if (parseStored(def).respondentType != RespondentType::Debtor)
        invalid(tr("Survey tasks: “%1” is not a debtor survey.").arg(def.code));

    struct Candidate {
        SurveyTaskReason reason;
        qint64 caseId;
        std::optional<qint64> contactId;
        std::optional<qint64> handler;
        QString key;
    };
    std::vector<Candidate> candidates;
    SurveyTaskPlan plan;
    if (policy.afterClosedCase) {
        Query q(connection,
                QStringLiteral("SELECT id, agent_id FROM cases WHERE status IN ('settled', "
                               "'closed') AND updated_at >= :from AND updated_at < :to "
                               "ORDER BY id"));
        q.bind(QStringLiteral(":from"), toDb(from)).bind(QStringLiteral(":to"), toDb(to)).exec();
        while (q.next()) {
            const qint64 caseId = q.value(0).toLongLong();
            candidates.push_back({SurveyTaskReason::CaseClosed, caseId, std::nullopt,
                                  optIdFromDb(q.value(1)), QStringLiteral("case:%1").arg(caseId)});
            ++plan.closedCases;
        }
    }
    if (policy.conversationSharePct > 0) {
        Query q(connection,
                QStringLiteral("SELECT k.id, k.case_id, k.agent_id FROM contacts k JOIN "
                               "outcome_codes o ON o.code = k.outcome WHERE o.conversation = 1 "
                               "AND k.started_at >= :from AND k.started_at < :to ORDER BY k.id"));
        q.bind(QStringLiteral(":from"), toDb(from)).bind(QStringLiteral(":to"), toDb(to)).exec();
        while (q.next()) {
            ++plan.conversations;
            const qint64 contactId = q.value(0).toLongLong();
            if (!sampled(seed, contactId, policy.conversationSharePct))
                continue;
            ++plan.sampled;
            candidates.push_back({SurveyTaskReason::SampledContact, q.value(1).toLongLong(),
                                  contactId, q.value(2).toLongLong(),
                                  QStringLiteral("contact:%1").arg(contactId)});
        }
    }

    static const std::set<HoldType> noSurveyHolds{HoldType::CeaseCommunication, HoldType::Deceased,
                                                  HoldType::Bankruptcy,
                                                  HoldType::AttorneyRepresented};
    Query planned(connection, QStringLiteral("SELECT 1 FROM survey_tasks WHERE source_key = :key"));
    Query answered(connection,
                   QStringLiteral("SELECT 1 FROM survey_responses WHERE contact_id = :contact"));
    Query insert(connection,
                 QStringLiteral("INSERT INTO survey_tasks (survey_id, case_id, contact_id, "
                                "subject_agent_id, reason, channel, assignee_id, source_key, "
                                "created_at, due_at, status) VALUES (:survey, :case, :contact, "
                                ":subject, :reason, :channel, :assignee, :key, :now, :due, "
                                "'open') RETURNING id"));
    for (const Candidate& cand : candidates) {
        planned.bind(QStringLiteral(":key"), cand.key).exec();
        bool done = planned.next();
        if (!done && cand.contactId) {
            answered.bind(QStringLiteral(":contact"), *cand.contactId).exec();
            done = answered.next();
        }
        if (done) {
            ++plan.alreadyPlanned;
            continue;
        }
        const std::optional<Case> k = repos.cases().find(cand.caseId);
        const std::optional<Debtor> debtor = k ? repos.debtors().find(k->debtorId) : std::nullopt;
        if (!k || !debtor || !cand.handler) {
            ++plan.excluded;
            continue;
        }
        bool blocked = false;
        bool doNotCall = false;
        for (const Hold& h : repos.holds().activeForDebtor(debtor->id, now)) {
            if (h.caseId && *h.caseId != k->id)
                continue;
            blocked = blocked || noSurveyHolds.contains(h.type);
            doNotCall = doNotCall || h.type == HoldType::DoNotCall;
        }
        const bool smsOk =
            debtor->consentSms &&
            std::any_of(debtor->phones.begin(), debtor->phones.end(), [](const Phone& p) {
                return !p.optedOutAt && p.kind == u"mobile" && !p.workplace;
            });
        const bool emailOk =
            debtor->consentEmail &&
            std::any_of(debtor->emails.begin(), debtor->emails.end(),
                        [](const Email& e) { return !e.optedOutAt && !e.workplace; });
        const bool phoneOk =
            !doNotCall && std::any_of(debtor->phones.begin(), debtor->phones.end(),
                                      [](const Phone& p) { return !p.optedOutAt; });
        std::optional<SurveyChannel> channel;
        if (smsOk)
            channel = SurveyChannel::Sms;
        else if (emailOk)
            channel = SurveyChannel::Email;
        else if (phoneOk)
            channel = SurveyChannel::PhoneCallback;
        if (blocked || !channel) {
            ++plan.excluded;
            continue;
        }
        // A call-back is made by the handler's supervisor; messages go out through the
        // provider. Never by the agent being rated.
        std::optional<qint64> assignee;
        if (*channel == SurveyChannel::PhoneCallback)
            assignee = supervisorOf(repos, cand.handler);
        if (assignee == cand.handler)
            assignee.reset();

        insert.bind(QStringLiteral(":survey"), def.id)
            .bind(QStringLiteral(":case"), cand.caseId)
            .bind(QStringLiteral(":contact"), cand.contactId)
            .bind(QStringLiteral(":subject"), cand.handler)
            .bind(QStringLiteral(":reason"), toCode(cand.reason))
            .bind(QStringLiteral(":channel"), toCode(*channel))
            .bind(QStringLiteral(":assignee"), assignee)
            .bind(QStringLiteral(":key"), cand.key)
            .bind(QStringLiteral(":now"), toDb(now))
            .bind(QStringLiteral(":due"), toDb(now.addDays(policy.dueDays)))
            .exec();
        if (!insert.next())
            throw Error(Error::Kind::Database, tr("The survey task could not be stored."));
        const qint64 taskId = insert.value(0).toLongLong();
        insert.raw().finish();
        plan.taskIds.push_back(taskId);
        AuditLog::append(connection, user, QStringLiteral("survey_task.create"),
                         QStringLiteral("survey_task"), taskId,
                         {{"task_id", taskId},
                          {"survey_id", def.id},
                          {"case_id", cand.caseId},
                          {"contact_id", optId(cand.contactId)},
                          {"subject_agent_id", optId(cand.handler)},
                          {"reason", utf8(toCode(cand.reason))},
                          {"channel", utf8(toCode(*channel))},
                          {"assignee_id", optId(assignee)}});
    }
    AuditLog::append(connection, user, QStringLiteral("survey_task.plan"),
                     QStringLiteral("survey_task"), std::nullopt,
                     {{"from", utf8(from.toUTC().toString(Qt::ISODateWithMs))},
                      {"to", utf8(to.toUTC().toString(Qt::ISODateWithMs))},
                      {"seed", seed},
                      {"share_pct", policy.conversationSharePct},
                      {"after_closed_case", policy.afterClosedCase},
                      {"created", plan.taskIds.size()},
                      {"closed_cases", plan.closedCases},
                      {"conversations", plan.conversations},
                      {"sampled", plan.sampled},
                      {"already_planned", plan.alreadyPlanned},
                      {"excluded", plan.excluded}});
    tx.commit();
    return plan;
}

std::vector<SurveyTask> SurveyService::tasks(Connection& connection, SurveyTaskStatus status,
                                             std::optional<qint64> assigneeId)
{
    QString sql = taskSql + QStringLiteral("WHERE status = :status");
    if (assigneeId)
        sql += QStringLiteral(" AND assignee_id = :assignee");
    sql += QStringLiteral(" ORDER BY due_at, id");
    Query q(connection, sql);
    q.bind(QStringLiteral(":status"), toCode(status));
    if (assigneeId)
        q.bind(QStringLiteral(":assignee"), *assigneeId);
    q.exec();
    std::vector<SurveyTask> out;
    while (q.next())
        out.push_back(readTask(q));
    return out;
}

void SurveyService::cancelTask(Connection& connection, const UserContext& user, qint64 taskId)
{
    if (!isSupervisorRole(user))
        throw Error(Error::Kind::Permission,
                    tr("Only a supervisor, a compliance officer or an administrator may cancel "
                       "survey tasks."));
    const std::optional<SurveyTask> task = findTask(connection, taskId);
    if (!task)
        throw Error(Error::Kind::NotFound,
                    tr("Survey task: there is no task with id %1.").arg(taskId));
    if (task->status != SurveyTaskStatus::Open)
        invalid(tr("Survey task: task %1 is no longer open.").arg(taskId));
    Transaction tx(connection);
    Query q(connection, QStringLiteral("UPDATE survey_tasks SET status = 'cancelled', done_at = "
                                       ":at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), toDb(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":id"), taskId)
        .exec();
    AuditLog::append(connection, user, QStringLiteral("survey_task.cancel"),
                     QStringLiteral("survey_task"), taskId, {{"task_id", taskId}});
    tx.commit();
}

} // namespace caseloop
