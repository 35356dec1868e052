#include "repo/sqlsurveyrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

#include <nlohmann/json.hpp>

namespace caseloop {

using namespace repo;

namespace {

const QString definitionSql =
    QStringLiteral("SELECT id, code, version, name, definition_json, active FROM surveys ");

const QString responseSql = QStringLiteral(
    "SELECT id, survey_id, case_id, contact_id, subject_agent_id, recorded_by_id, "
    "respondent_type, channel, responded_at, efficiency, attitude, service_quality, overall, "
    "nps_score, comment, client_id, dimension_comments, external_id, recorded_at, supersedes_id, "
    "correction_reason, superseded_at, withdrawn_reason FROM survey_responses ");

/// Per-dimension comments as stored: a JSON object of strings ("{}" when none).
QString commentsToDb(const std::map<QString, QString>& comments)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, text] : comments)
        object[key.toStdString()] = text.toStdString();
    return QString::fromStdString(object.dump());
}

std::map<QString, QString> commentsFromDb(const QVariant& value)
{
    std::map<QString, QString> out;
    const nlohmann::json object =
        nlohmann::json::parse(value.toString().toStdString(), nullptr, false);
    if (!object.is_object())
        return out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().is_string())
            out[QString::fromStdString(it.key())] =
                QString::fromStdString(it.value().get<std::string>());
    }
    return out;
}

SurveyDefinition readDefinition(const Query& q)
{
    SurveyDefinition d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.version = q.value(2).toInt();
    d.name = q.value(3).toString();
    d.definitionJson = q.value(4).toString();
    d.active = q.value(5).toInt() != 0;
    return d;
}

SurveyResponse readResponse(const Query& q)
{
    SurveyResponse r;
    r.id = q.value(0).toLongLong();
    r.surveyId = q.value(1).toLongLong();
    r.caseId = optIdFromDb(q.value(2));
    r.contactId = optIdFromDb(q.value(3));
    r.subjectAgentId = optIdFromDb(q.value(4));
    r.recordedById = optIdFromDb(q.value(5));
    r.respondentType = enumFromDb<RespondentType>(q.value(6), "survey_responses.respondent_type");
    r.channel = enumFromDb<SurveyChannel>(q.value(7), "survey_responses.channel");
    r.respondedAt = timeFromDb(q.value(8));
    r.efficiency = optIntFromDb(q.value(9));
    r.attitude = optIntFromDb(q.value(10));
    r.serviceQuality = optIntFromDb(q.value(11));
    r.overall = optIntFromDb(q.value(12));
    r.npsScore = optIntFromDb(q.value(13));
    r.comment = q.value(14).toString();
    r.clientId = optIdFromDb(q.value(15));
    r.dimensionComments = commentsFromDb(q.value(16));
    r.externalId = q.value(17).toString();
    r.recordedAt = optTimeFromDb(q.value(18));
    r.supersedesId = optIdFromDb(q.value(19));
    r.correctionReason = q.value(20).toString();
    r.supersededAt = optTimeFromDb(q.value(21));
    r.withdrawnReason = q.value(22).toString();
    return r;
}

} // namespace

qint64 SqlSurveyRepository::addDefinition(const SurveyDefinition& definition)
{
    Query q(m_connection,
            QStringLiteral("INSERT INTO surveys (code, version, name, definition_json, active) "
                           "VALUES (:code, :version, :name, :json, :active) RETURNING id"));
    q.bind(QStringLiteral(":code"), text(definition.code))
        .bind(QStringLiteral(":version"), definition.version)
        .bind(QStringLiteral(":name"), text(definition.name))
        .bind(QStringLiteral(":json"), text(definition.definitionJson))
        .bind(QStringLiteral(":active"), definition.active ? 1 : 0);
    return execInsert(q);
}

std::optional<SurveyDefinition> SqlSurveyRepository::findDefinition(qint64 definitionId)
{
    Query q(m_connection, definitionSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), definitionId);
    return readOne<SurveyDefinition>(q, readDefinition);
}

std::optional<SurveyDefinition> SqlSurveyRepository::findLatestDefinition(const QString& code)
{
    Query q(m_connection,
            definitionSql + QStringLiteral("WHERE code = :code ORDER BY version DESC LIMIT 1"));
    q.bind(QStringLiteral(":code"), text(code));
    return readOne<SurveyDefinition>(q, readDefinition);
}

std::vector<SurveyDefinition> SqlSurveyRepository::listDefinitions()
{
    Query q(m_connection, definitionSql + QStringLiteral("ORDER BY code, version"));
    return readAll<SurveyDefinition>(q, readDefinition);
}

qint64 SqlSurveyRepository::addResponse(const SurveyResponse& r)
{
    requireId(r.surveyId, "surveyId");
    requireOptionalId(r.caseId, "caseId");
    requireOptionalId(r.contactId, "contactId");
    requireOptionalId(r.subjectAgentId, "subjectAgentId");
    requireOptionalId(r.recordedById, "recordedById");
    requireTime(r.respondedAt, "respondedAt");
    requireOptionalId(r.clientId, "clientId");
    requireOptionalId(r.supersedesId, "supersedesId");
    Query q(m_connection,
            QStringLiteral("INSERT INTO survey_responses (survey_id, case_id, contact_id, "
                           "subject_agent_id, recorded_by_id, respondent_type, channel, "
                           "responded_at, efficiency, attitude, service_quality, overall, "
                           "nps_score, comment, client_id, dimension_comments, external_id, "
                           "recorded_at, supersedes_id, correction_reason, superseded_at, "
                           "withdrawn_reason) VALUES (:survey, :case, :contact, :subject, "
                           ":recorder, :respondent, :channel, :at, :efficiency, :attitude, "
                           ":quality, :overall, :nps, :comment, :client, :comments, :external, "
                           ":recordedAt, :supersedes, :reason, :supersededAt, :withdrawn) "
                           "RETURNING id"));
    q.bind(QStringLiteral(":survey"), r.surveyId)
        .bind(QStringLiteral(":case"), id(r.caseId))
        .bind(QStringLiteral(":contact"), id(r.contactId))
        .bind(QStringLiteral(":subject"), id(r.subjectAgentId))
        .bind(QStringLiteral(":recorder"), id(r.recordedById))
        .bind(QStringLiteral(":respondent"), toCode(r.respondentType))
        .bind(QStringLiteral(":channel"), toCode(r.channel))
        .bind(QStringLiteral(":at"), toDb(r.respondedAt))
        .bind(QStringLiteral(":efficiency"), integer(r.efficiency))
        .bind(QStringLiteral(":attitude"), integer(r.attitude))
        .bind(QStringLiteral(":quality"), integer(r.serviceQuality))
        .bind(QStringLiteral(":overall"), integer(r.overall))
        .bind(QStringLiteral(":nps"), integer(r.npsScore))
        .bind(QStringLiteral(":comment"), text(r.comment))
        .bind(QStringLiteral(":client"), id(r.clientId))
        .bind(QStringLiteral(":comments"), commentsToDb(r.dimensionComments))
        .bind(QStringLiteral(":external"), text(r.externalId))
        .bind(QStringLiteral(":recordedAt"), toDb(r.recordedAt))
        .bind(QStringLiteral(":supersedes"), id(r.supersedesId))
        .bind(QStringLiteral(":reason"), text(r.correctionReason))
        .bind(QStringLiteral(":supersededAt"), toDb(r.supersededAt))
        .bind(QStringLiteral(":withdrawn"), text(r.withdrawnReason));
    return execInsert(q);
}

std::optional<SurveyResponse> SqlSurveyRepository::findResponse(qint64 responseId)
{
    Query q(m_connection, responseSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), responseId);
    return readOne<SurveyResponse>(q, readResponse);
}

std::vector<SurveyResponse> SqlSurveyRepository::listResponsesByCase(qint64 caseId)
{
    Query q(m_connection, responseSql + QStringLiteral("WHERE case_id = :case "
                                                       "ORDER BY responded_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<SurveyResponse>(q, readResponse);
}

std::optional<SurveyResponse>
SqlSurveyRepository::findResponseByExternalId(const QString& externalId)
{
    Query q(m_connection, responseSql + QStringLiteral("WHERE external_id = :external "
                                                       "ORDER BY superseded_at IS NULL DESC, "
                                                       "id DESC LIMIT 1"));
    q.bind(QStringLiteral(":external"), text(externalId));
    return readOne<SurveyResponse>(q, readResponse);
}

std::optional<SurveyResponse> SqlSurveyRepository::findSuccessor(qint64 responseId)
{
    Query q(m_connection,
            responseSql + QStringLiteral("WHERE supersedes_id = :id ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":id"), responseId);
    return readOne<SurveyResponse>(q, readResponse);
}

void SqlSurveyRepository::markSuperseded(qint64 responseId, const QDateTime& at,
                                         const QString& withdrawnReason)
{
    requireTime(at, "at");
    Query q(m_connection, QStringLiteral("UPDATE survey_responses SET superseded_at = :at, "
                                         "withdrawn_reason = :withdrawn WHERE id = :id AND "
                                         "superseded_at IS NULL"));
    q.bind(QStringLiteral(":at"), toDb(at))
        .bind(QStringLiteral(":withdrawn"), text(withdrawnReason))
        .bind(QStringLiteral(":id"), responseId)
        .exec();
    requireUpdated(q, "current survey response", responseId);
}

} // namespace caseloop
