#pragma once

#include "domain/records.h"
#include "services/complaintservice.h"
#include "surveys/questionnaire.h"
#include "usercontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// The answers of one response: scores by dimension (skipped dimensions are absent), the
/// "would you recommend" score, the general comment and comments on single dimensions.
struct SurveyAnswers {
    std::map<SurveyDimension, int> scores;
    std::optional<int> nps;
    QString comment;
    std::map<SurveyDimension, QString> dimensionComments;

    /// overall ≤ 2 or any dimension = 1: opens a review item for the agent's supervisor.
    bool isLow() const;
    static SurveyAnswers of(const SurveyResponse& response);
};

/// Everything the survey panel (and `caseloop-cli import responses`) submits for one response.
struct NewSurveyResponse {
    std::optional<qint64> surveyId;  ///< an exact definition version; default: latest of surveyCode
    QString surveyCode;              ///< e.g. debtor-default
    std::optional<qint64> caseId;    ///< default: the contact's case; required for debtor surveys
    std::optional<qint64> contactId; ///< the contact rated; must belong to the case
    /// The agent rated; default: the contact's agent, else the task's, else the case's agent.
    std::optional<qint64> subjectAgentId;
    std::optional<qint64> clientId; ///< client surveys; default: the case's client
    SurveyChannel channel = SurveyChannel::PhoneCallback;
    QDateTime respondedAt; ///< UTC; invalid = now
    SurveyAnswers answers;
    QString externalId;           ///< provider's response id (imports); must be new
    std::optional<qint64> taskId; ///< the open survey task this response completes
};

/// What record() or correct() stored.
struct RecordedResponse {
    qint64 responseId = 0;
    std::optional<qint64> reviewItemId; ///< opened for a low score
};

/// Changes a correction makes; what is not given is copied from the corrected version.
struct SurveyCorrection {
    std::optional<SurveyAnswers> answers;
    std::optional<qint64> subjectAgentId;
    std::optional<SurveyChannel> channel;
    std::optional<QDateTime> respondedAt;
};

/// When survey tasks are planned (settings keys surveys.*).
struct SurveyTaskPolicy {
    bool afterClosedCase = true;      ///< every case that became settled or closed
    double conversationSharePct = 10; ///< sampled share of conversations, 0–100
    QString debtorSurvey = QStringLiteral("debtor-default");
    int dueDays = 3; ///< a task is due this many days after planning

    static constexpr const char* afterClosedCaseKey = "surveys.after_closed_case";
    static constexpr const char* conversationSharePctKey = "surveys.conversation_sample_pct";
    static constexpr const char* debtorSurveyKey = "surveys.debtor_survey";
    static constexpr const char* dueDaysKey = "surveys.task_due_days";

    static SurveyTaskPolicy load(Connection& connection);
};

/// What planTasks() did.
struct SurveyTaskPlan {
    std::vector<qint64> taskIds; ///< created, in order (closed cases first, then contacts)
    int closedCases = 0;         ///< candidates found in the period
    int conversations = 0;
    int sampled = 0;        ///< conversations the seed selected
    int alreadyPlanned = 0; ///< skipped: a task (or a response) exists already
    int excluded = 0;       ///< skipped: hold, no usable channel or no agent to rate
};

/// Survey definitions, responses and tasks. Definitions are versioned and never overwritten;
/// responses are immutable (a correction is a new version superseding the old one, audited) and
/// nobody records, corrects or withdraws a response about themselves. A low score opens a review
/// item for the rated agent's team supervisor in the same transaction. Throws caseloop::Error
/// (InvalidInput naming the field, NotFound, Permission).
class SurveyService final {
    Q_DECLARE_TR_FUNCTIONS(SurveyService)

public:
    static constexpr int maxCommentLength = 4000;
    static constexpr int maxReasonLength = 1000;

    // Definitions.
    /// Inserts each shipped definition (Questionnaire::shipped) whose code is not stored yet.
    /// Idempotent; returns how many were inserted. Any user may run it.
    static int installDefaults(Connection& connection, const UserContext& user);
    /// Admin: validates @p json and stores it as the next version of its code (the version in
    /// the JSON is replaced), deactivating the older versions. Saving content equal to the
    /// latest version stores nothing. Returns the id of the (new or unchanged) latest version.
    static qint64 saveDefinition(Connection& connection, const UserContext& user,
                                 const QByteArray& json);
    /// The parsed definition of one stored version. NotFound / InvalidInput (broken JSON).
    static Questionnaire questionnaire(Connection& connection, qint64 surveyId);
    /// The latest active version of @p code, or nullopt.
    static std::optional<SurveyDefinition> latestDefinition(Connection& connection,
                                                            const QString& code);

    // Responses.
    static RecordedResponse record(Connection& connection, const UserContext& user,
                                   const NewSurveyResponse& response);
    /// Stores a corrected version of the current response @p responseId and marks the old one
    /// superseded. Needs a reason; the recorder, a supervisor, compliance or admin may correct.
    static RecordedResponse correct(Connection& connection, const UserContext& user,
                                    qint64 responseId, const SurveyCorrection& changes,
                                    const QString& reason);
    /// Withdraws (deletes) the current response: marked superseded with the reason, no successor.
    static void withdraw(Connection& connection, const UserContext& user, qint64 responseId,
                         const QString& reason);
    /// Responses about a case, newest first; by default only current versions (what metrics and
    /// the survey panel show).
    static std::vector<SurveyResponse> responsesForCase(Connection& connection, qint64 caseId,
                                                        bool currentOnly = true);
    /// All versions of the response @p responseId belongs to, oldest first.
    static std::vector<SurveyResponse> versions(Connection& connection, qint64 responseId);
    /// Turns a response's comment into a complaint in one call (source debtor or client from the
    /// respondent type, channel from the survey channel, case, contact and agent from the
    /// response). Fields of @p details that are empty are filled from the response.
    static ComplaintIntake complaintFromResponse(Connection& connection, const UserContext& user,
                                                 qint64 responseId, NewComplaint details);

    // Review items.
    /// Review items, newest first; filters are optional.
    static std::vector<ReviewItem> reviewItems(Connection& connection,
                                               std::optional<qint64> assigneeId = std::nullopt,
                                               std::optional<ReviewStatus> status = std::nullopt);
    /// Marks an open review item done. The assignee, a supervisor, compliance or admin; never the
    /// rated agent.
    static void completeReview(Connection& connection, const UserContext& user, qint64 itemId,
                               const QString& note);

    // Survey tasks.
    /// Plans survey tasks for closed cases and sampled conversations in [from, to): one task per
    /// case / contact ever, channel from the debtor's consent (sms, else e-mail, else phone
    /// call-back), never assigned to the agent being rated. Sampling depends only on @p seed and
    /// the contact id. @p policy: default from settings. Supervisor, compliance or admin.
    static SurveyTaskPlan planTasks(Connection& connection, const UserContext& user,
                                    const QDateTime& from, const QDateTime& to, quint64 seed,
                                    std::optional<SurveyTaskPolicy> policy = std::nullopt);
    /// Whether the contact is in the sample of @p seed at @p sharePct percent (deterministic).
    static bool sampled(quint64 seed, qint64 contactId, double sharePct);
    /// Tasks in @p status (open by default), by due time; @p assigneeId filters when given.
    static std::vector<SurveyTask> tasks(Connection& connection,
                                         SurveyTaskStatus status = SurveyTaskStatus::Open,
                                         std::optional<qint64> assigneeId = std::nullopt);
    static void cancelTask(Connection& connection, const UserContext& user, qint64 taskId);
};

} // namespace caseloop
