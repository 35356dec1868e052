#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

/// Plain value types of the domain, one per table of the schema (see docs/architecture.md).
/// Times are QDateTime in UTC (stored as epoch milliseconds); dates are calendar dates.
/// An id of 0 means "not stored yet".
namespace caseloop {

struct Team {
    qint64 id = 0;
    QString name;
    std::optional<qint64> supervisorId;
};

struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    std::optional<qint64> teamId;
    bool active = true;
    QString locale = QStringLiteral("en");
    QString passwordHash; ///< empty: no password set (stored as NULL)
    QDateTime createdAt;
};

struct Client {
    qint64 id = 0;
    QString code;
    QString name;
    QString country; ///< ISO 3166-1 alpha-2
};

struct Phone {
    qint64 id = 0;
    QString number;                          ///< E.164, e.g. +12125550100
    QString kind = QStringLiteral("mobile"); ///< mobile, home, work
    bool workplace = false;
    std::optional<QDateTime> optedOutAt;
};

struct Email {
    qint64 id = 0;
    QString address;
    bool workplace = false;
    std::optional<QDateTime> optedOutAt;
};

struct Debtor {
    qint64 id = 0;
    QString fullName;
    QString preferredLanguage = QStringLiteral("en"); ///< BCP 47: en, zh-CN
    QString timeZone; ///< IANA zone the debtor stated or that was resolved; empty if unknown
    QString country;  ///< ISO 3166-1 alpha-2
    QString region;   ///< state or province code
    QString city;
    QString postalCode;
    QString addressLine;
    bool consentSms = false;
    bool consentEmail = false;
    QDateTime createdAt;
    std::vector<Phone> phones;
    std::vector<Email> emails;
};

struct Case {
    qint64 id = 0;
    QString ref; ///< agency reference, unique
    qint64 clientId = 0;
    qint64 debtorId = 0;
    QString clientRef;
    QString originalCreditor;
    QDate placedDate;
    Money placedBalance;
    Money currentBalance;
    CaseStatus status = CaseStatus::New;
    std::optional<qint64> agentId;
    QString ruleProfile; ///< id of the contact-rule profile, e.g. us-regf
    QDateTime updatedAt; ///< last change; set by the service that changes the case
};

struct Hold {
    qint64 id = 0;
    qint64 debtorId = 0;
    std::optional<qint64> caseId; ///< empty: applies to all cases of the debtor
    HoldType type = HoldType::Dispute;
    QDateTime since;
    std::optional<QDateTime> until;
    QString note;
    std::optional<qint64> createdById;
};

struct Contact {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 agentId = 0;
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    QString outcome; ///< outcome code, see outcome_codes
    bool rpc = false;
    QString notes;
    QString visitAddress;
    QString visitResult;
    std::optional<qint64> phoneId; ///< the debtor phone called or texted
    std::optional<qint64> emailId; ///< the debtor e-mail written to
    std::optional<QDateTime>
        recordedAt; ///< when it was logged; the edit grace period runs from here
    std::optional<qint64> recordedById; ///< who logged it (may differ from agentId)
    QString metPerson;                  ///< visits: who was met (debtor, relative, nobody, ...)
    std::optional<double> gpsLat;       ///< visits: WGS84 latitude
    std::optional<double> gpsLon;       ///< visits: WGS84 longitude
    std::optional<qint64>
        overrideAuditId; ///< supervisor override (audit entry) it was logged under
};

/// A note appended to a contact after its grace period; the contact itself stays unchanged.
struct ContactAmendment {
    qint64 id = 0;
    qint64 contactId = 0;
    std::optional<qint64> authorId;
    QDateTime at;
    QString note;
};

/// A file attached to a contact (e.g. photo of a notice left on a visit), copied into the app's
/// attachment store under stored_name and identified by its SHA-256.
struct Attachment {
    qint64 id = 0;
    qint64 contactId = 0;
    QString fileName;   ///< original file name, for display
    QString storedName; ///< name inside the attachment store
    QString sha256;     ///< lower-case hex
    qint64 sizeBytes = 0;
    QDateTime addedAt;
    std::optional<qint64> addedById;
};

struct FollowUp {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 agentId = 0;
    FollowUpType type = FollowUpType::Call;
    QDateTime dueAt;
    QString note; ///< for visits: the purpose
    std::optional<QDateTime> doneAt;
    std::optional<qint64> completedByContactId; ///< the contact that completed it
    QString visitAddress;                       ///< planned field visits: where
    std::optional<QDateTime> createdAt;
};

/// An instalment plan: the promises it created share planId and are numbered 1..instalments.
struct PromisePlan {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 agentId = 0;
    std::optional<qint64> contactId; ///< the contact in which it was agreed
    Money total;
    PlanFrequency frequency = PlanFrequency::Once;
    int instalments = 1;
    QDate firstDueDate;
    QDateTime createdAt;
};

struct Promise {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 agentId = 0;
    Money amount;
    QDate dueDate;
    int graceDays = 0;
    PromiseStatus status = PromiseStatus::Pending;
    std::optional<QDateTime> keptAt;
    QDateTime createdAt;
    std::optional<qint64> planId;    ///< instalment plan it belongs to
    std::optional<int> instalmentNo; ///< 1-based number within the plan
    std::optional<qint64> contactId; ///< the contact in which it was made
    qint64 paidMinor = 0;            ///< payments matched to it so far (minor units)
};

struct Payment {
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> agentId; ///< the case's assigned agent at payment time
    Money amount;
    QDateTime paidAt;
    std::optional<qint64> promiseId;
};

struct SurveyDefinition {
    qint64 id = 0;
    QString code;
    int version = 1;
    QString name;
    QString definitionJson;
    bool active = true;
};

struct SurveyResponse {
    qint64 id = 0;
    qint64 surveyId = 0;
    std::optional<qint64> caseId;
    std::optional<qint64> contactId;
    std::optional<qint64> subjectAgentId;
    std::optional<qint64> recordedById;
    RespondentType respondentType = RespondentType::Debtor;
    SurveyChannel channel = SurveyChannel::PhoneCallback;
    QDateTime respondedAt;
    std::optional<int> efficiency;
    std::optional<int> attitude;
    std::optional<int> serviceQuality;
    std::optional<int> overall;
    std::optional<int> npsScore;
    QString comment;
    // Schema version 3 (the feedback loop): responses are immutable; a correction is a new row
    // that supersedes the old one, which is then marked superseded (or withdrawn).
    std::optional<qint64> clientId;               ///< client surveys: the client that answered
    std::map<QString, QString> dimensionComments; ///< dimension key → comment on that dimension
    QString externalId;                    ///< id at the survey provider (imports); empty if none
    std::optional<QDateTime> recordedAt;   ///< when it was saved (empty for rows before v3)
    std::optional<qint64> supersedesId;    ///< the version this one corrects
    QString correctionReason;              ///< why it corrects supersedesId
    std::optional<QDateTime> supersededAt; ///< set when corrected or withdrawn: not current
    QString withdrawnReason; ///< non-empty when withdrawn (deleted) instead of corrected
    bool isCurrent() const { return !supersededAt.has_value(); }
};

struct Complaint {
    qint64 id = 0;
    QString ref; ///< C-YYYY-NNNN
    QString externalId;
    std::optional<qint64> caseId;
    std::optional<qint64> agentId;
    QString source;   ///< debtor, client, regulator, third_party, internal
    QString channel;  ///< phone, email, web, letter, regulator_portal, in_person
    QString category; ///< VIOLENT, FREQUENT, ... (rules-reference.md §3)
    Severity severity = Severity::Medium;
    QDateTime receivedAt;
    QDateTime ackDueAt;
    std::optional<QDateTime> acknowledgedAt;
    QDateTime resolveDueAt;
    std::optional<QDateTime> resolvedAt;
    ComplaintStatus status = ComplaintStatus::Received;
    std::optional<ComplaintOutcome> outcome;
    QString rootCause;
    QString correctiveAction;
    QString description;
    std::optional<int> satisfactionAfter; ///< 1–5 follow-up satisfaction with the handling
    std::vector<qint64> contactIds;
    // Schema version 3 (the feedback loop).
    bool categoryFlagged = false;           ///< category not in the taxonomy (kept from an import)
    QString desiredOutcome;                 ///< what the complainant asks for
    std::optional<RootCause> rootCauseCode; ///< classified root cause (rootCause: explanation)
    QString remedy;                         ///< what the complainant was given
    std::optional<CorrectiveKind> correctiveKind; ///< correctiveAction: what is done
    std::optional<qint64> correctiveOwnerId;
    QDate correctiveDueDate;                ///< invalid: none
    std::optional<QDateTime> slaExtendedAt; ///< the one allowed extension of resolveDueAt
    QString slaExtensionReason;
    std::optional<qint64> slaExtendedById;
    std::optional<QDateTime> closedAt;
    std::optional<qint64> holdId;     ///< hold put on the case at intake
    std::optional<qint64> responseId; ///< survey response it was raised from
};

/// One step of a complaint's workflow (table complaint_events): who, when, from which status.
struct ComplaintEvent {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString action; ///< intake, acknowledge, investigate, resolve, close, reopen, extend, ...
    std::optional<ComplaintStatus> fromStatus;
    ComplaintStatus toStatus = ComplaintStatus::Received;
    QString note;
};

/// A low survey score waiting for the rated agent's supervisor (table review_items).
struct ReviewItem {
    qint64 id = 0;
    QString kind = QStringLiteral("low_score");
    qint64 responseId = 0;
    std::optional<qint64> agentId;    ///< the rated agent
    std::optional<qint64> assigneeId; ///< the agent's team supervisor; empty: unassigned
    QDateTime createdAt;
    ReviewStatus status = ReviewStatus::Open;
    QString note;
    std::optional<QDateTime> doneAt;
    std::optional<qint64> doneById;
};

/// A survey to be taken (table survey_tasks), planned by the survey-task policy.
struct SurveyTask {
    qint64 id = 0;
    qint64 surveyId = 0; ///< definition version to use
    qint64 caseId = 0;
    std::optional<qint64> contactId; ///< sampled conversations: the contact rated
    std::optional<qint64> subjectAgentId;
    SurveyTaskReason reason = SurveyTaskReason::CaseClosed;
    SurveyChannel channel = SurveyChannel::PhoneCallback;
    std::optional<qint64> assigneeId; ///< never the agent being rated; empty: unassigned
    QDateTime createdAt;
    QDateTime dueAt;
    SurveyTaskStatus status = SurveyTaskStatus::Open;
    std::optional<qint64> responseId;
    std::optional<QDateTime> doneAt;
};

struct ImprovementAction {
    qint64 id = 0;
    QString kind; ///< training, coaching, script_change, process_change
    QString title;
    QDate actionDate;
    std::optional<qint64> createdById;
    QString note;
    std::vector<qint64> agentIds;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString action; ///< e.g. case.create, contact.log, demo.generate
    QString entity;
    std::optional<qint64> entityId;
    QString detailsJson; ///< no personal data
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace caseloop
