#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of survey definitions (versioned questionnaires) and the responses to them.
/// Throws caseloop::Error.
class SurveyRepository {
public:
    virtual ~SurveyRepository() = default;

    /// Stores a new definition and returns its id; (code, version) must be new.
    virtual qint64 addDefinition(const SurveyDefinition& definition) = 0;
    virtual std::optional<SurveyDefinition> findDefinition(qint64 id) = 0;
    /// The highest version of the definition with @p code, or nullopt.
    virtual std::optional<SurveyDefinition> findLatestDefinition(const QString& code) = 0;
    /// All definitions, by code then version.
    virtual std::vector<SurveyDefinition> listDefinitions() = 0;

    /// Stores a new response and returns its id (the id field of @p response is ignored).
    virtual qint64 addResponse(const SurveyResponse& response) = 0;
    virtual std::optional<SurveyResponse> findResponse(qint64 id) = 0;
    /// Responses about a case, newest first (by response time, then id).
    virtual std::vector<SurveyResponse> listResponsesByCase(qint64 caseId) = 0;
    /// The response with the provider id @p externalId (the current version when corrected).
    virtual std::optional<SurveyResponse> findResponseByExternalId(const QString& externalId) = 0;
    /// The version that corrects @p responseId, or nullopt.
    virtual std::optional<SurveyResponse> findSuccessor(qint64 responseId) = 0;
    /// Marks a current response superseded at @p at (its only change ever); a non-empty
    /// @p withdrawnReason marks it withdrawn. Throws NotFound when there is no such current
    /// response.
    virtual void markSuperseded(qint64 responseId, const QDateTime& at,
                                const QString& withdrawnReason = {}) = 0;
};

} // namespace caseloop
