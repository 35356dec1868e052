#include "repo/sqlsurveyrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString definitionSql =
    QStringLiteral("SELECT id, code, version, name, definition_json, active FROM surveys ");

const QString responseSql = QStringLiteral(
    "SELECT id, survey_id, case_id, contact_id, subject_agent_id, recorded_by_id, "
    "respondent_type, channel, responded_at, efficiency, attitude, service_quality, overall, "
    "nps_score, comment FROM survey_responses ");

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
    Query q(m_connection,
            QStringLiteral("INSERT INTO survey_responses (survey_id, case_id, contact_id, "
                           "subject_agent_id, recorded_by_id, respondent_type, channel, "
                           "responded_at, efficiency, attitude, service_quality, overall, "
                           "nps_score, comment) VALUES (:survey, :case, :contact, :subject, "
                           ":recorder, :respondent, :channel, :at, :efficiency, :attitude, "
                           ":quality, :overall, :nps, :comment) RETURNING id"));
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
        .bind(QStringLiteral(":comment"), text(r.comment));
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

} // namespace caseloop
