#pragma once

#include "repo/surveyrepository.h"

namespace caseloop {

class Connection;

/// SurveyRepository over SQL: tables surveys and survey_responses.
class SqlSurveyRepository final : public SurveyRepository {
public:
    explicit SqlSurveyRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 addDefinition(const SurveyDefinition& definition) override;
    std::optional<SurveyDefinition> findDefinition(qint64 id) override;
    std::optional<SurveyDefinition> findLatestDefinition(const QString& code) override;
    std::vector<SurveyDefinition> listDefinitions() override;
    qint64 addResponse(const SurveyResponse& response) override;
    std::optional<SurveyResponse> findResponse(qint64 id) override;
    std::vector<SurveyResponse> listResponsesByCase(qint64 caseId) override;
    std::optional<SurveyResponse> findResponseByExternalId(const QString& externalId) override;
    std::optional<SurveyResponse> findSuccessor(qint64 responseId) override;
    void markSuperseded(qint64 responseId, const QDateTime& at,
                        const QString& withdrawnReason = {}) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
