#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace caseloop {

/// Enumerations of the domain and their stable text codes (stored in the database and used in
/// exports and the CLI). Codes never change once released; labels for people live in the GUI.
enum class Role { Agent, Supervisor, Compliance, Admin };
enum class CaseStatus { New, Active, Promise, Paying, Settled, Closed, Recalled };
enum class Channel { Call, Sms, Email, Letter, Visit };
enum class Direction { Outbound, Inbound };
enum class HoldType {
    Dispute,
    CeaseCommunication,
    Bankruptcy,
    Deceased,
    AttorneyRepresented,
    Hardship,
    DoNotCall,
    EmployerProhibits,
    OriginalCreditorRequest,
    ComplaintOpenSevere,
    PaidPendingConfirmation
};
enum class FollowUpType { Call, Sms, Email, Letter, Visit, Review };
enum class PromiseStatus { Pending, Kept, Broken, Cancelled };
enum class PlanFrequency { Once, Weekly, Biweekly, Monthly };
enum class RespondentType { Debtor, Client };
enum class SurveyChannel { PhoneCallback, Sms, Email, Web, ThirdParty, Internal };
enum class ComplaintStatus { Received, Acknowledged, Investigating, Resolved, Closed };
enum class ComplaintOutcome { Upheld, PartlyUpheld, NotUpheld };
enum class Severity { Low, Medium, High, Critical };
// The feedback loop (issue 6): survey dimensions, survey tasks and review items, complaint
// intake and resolution.
enum class SurveyDimension { Efficiency, Attitude, ServiceQuality, Overall };
enum class SurveyTaskReason { CaseClosed, SampledContact };
enum class SurveyTaskStatus { Open, Done, Cancelled };
enum class ReviewStatus { Open, Done };
enum class ComplaintSource { Debtor, Client, Regulator, ThirdParty, Internal };
enum class ComplaintChannel {
    Phone,
    Email,
    Sms,
    Web,
    Letter,
    Fax,
    InPerson,
    RegulatorPortal,
    ThirdPartyPlatform,
    Referral,
    Internal
};
enum class RootCause {
    AgentConduct,
    ScriptProcess,
    DataError,
    System,
    ThirdParty,
    NotSubstantiated
};
enum class CorrectiveKind { Coaching, Training, ProcessChange };
enum class SlaState { OnTrack, DueSoon, Overdue, Met, Missed };

template<typename E>
struct EnumCodes; // specialised below: static constexpr std::array<std::pair<E, const char*>, N>
                  // codes

#define CASELOOP_ENUM_CODES(E, ...)                                                                \
    template<>                                                                                     \
    struct EnumCodes<E> {                                                                          \
        static constexpr auto codes =                                                              \
            std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__});                          \
    };

CASELOOP_ENUM_CODES(Role, {Role::Agent, "agent"}, {Role::Supervisor, "supervisor"},
                    {Role::Compliance, "compliance"}, {Role::Admin, "admin"})
CASELOOP_ENUM_CODES(CaseStatus, {CaseStatus::New, "new"}, {CaseStatus::Active, "active"},
                    {CaseStatus::Promise, "promise"}, {CaseStatus::Paying, "paying"},
                    {CaseStatus::Settled, "settled"}, {CaseStatus::Closed, "closed"},
                    {CaseStatus::Recalled, "recalled"})
CASELOOP_ENUM_CODES(Channel, {Channel::Call, "call"}, {Channel::Sms, "sms"},
                    {Channel::Email, "email"}, {Channel::Letter, "letter"},
                    {Channel::Visit, "visit"})
CASELOOP_ENUM_CODES(Direction, {Direction::Outbound, "outbound"}, {Direction::Inbound, "inbound"})
CASELOOP_ENUM_CODES(HoldType, {HoldType::Dispute, "dispute"},
                    {HoldType::CeaseCommunication, "cease_communication"},
                    {HoldType::Bankruptcy, "bankruptcy"}, {HoldType::Deceased, "deceased"},
                    {HoldType::AttorneyRepresented, "attorney_represented"},
                    {HoldType::Hardship, "hardship"}, {HoldType::DoNotCall, "do_not_call"},
                    {HoldType::EmployerProhibits, "employer_prohibits"},
                    {HoldType::OriginalCreditorRequest, "original_creditor_request"},
                    {HoldType::ComplaintOpenSevere, "complaint_open_severe"},
                    {HoldType::PaidPendingConfirmation, "paid_pending_confirmation"})
CASELOOP_ENUM_CODES(FollowUpType, {FollowUpType::Call, "call"}, {FollowUpType::Sms, "sms"},
                    {FollowUpType::Email, "email"}, {FollowUpType::Letter, "letter"},
                    {FollowUpType::Visit, "visit"}, {FollowUpType::Review, "review"})
CASELOOP_ENUM_CODES(PromiseStatus, {PromiseStatus::Pending, "pending"},
                    {PromiseStatus::Kept, "kept"}, {PromiseStatus::Broken, "broken"},
                    {PromiseStatus::Cancelled, "cancelled"})
CASELOOP_ENUM_CODES(PlanFrequency, {PlanFrequency::Once, "once"}, {PlanFrequency::Weekly, "weekly"},
                    {PlanFrequency::Biweekly, "biweekly"}, {PlanFrequency::Monthly, "monthly"})
CASELOOP_ENUM_CODES(RespondentType, {RespondentType::Debtor, "debtor"},
                    {RespondentType::Client, "client"})
CASELOOP_ENUM_CODES(SurveyChannel, {SurveyChannel::PhoneCallback, "phone_callback"},
                    {SurveyChannel::Sms, "sms"}, {SurveyChannel::Email, "email"},
                    {SurveyChannel::Web, "web"}, {SurveyChannel::ThirdParty, "third_party"},
                    {SurveyChannel::Internal, "internal"})
CASELOOP_ENUM_CODES(ComplaintStatus, {ComplaintStatus::Received, "received"},
                    {ComplaintStatus::Acknowledged, "acknowledged"},
                    {ComplaintStatus::Investigating, "investigating"},
                    {ComplaintStatus::Resolved, "resolved"}, {ComplaintStatus::Closed, "closed"})
CASELOOP_ENUM_CODES(ComplaintOutcome, {ComplaintOutcome::Upheld, "upheld"},
                    {ComplaintOutcome::PartlyUpheld, "partly_upheld"},
                    {ComplaintOutcome::NotUpheld, "not_upheld"})
CASELOOP_ENUM_CODES(Severity, {Severity::Low, "low"}, {Severity::Medium, "medium"},
                    {Severity::High, "high"}, {Severity::Critical, "critical"})

CASELOOP_ENUM_CODES(SurveyDimension, {SurveyDimension::Efficiency, "efficiency"},
                    {SurveyDimension::Attitude, "attitude"},
                    {SurveyDimension::ServiceQuality, "service_quality"},
                    {SurveyDimension::Overall, "overall"})
CASELOOP_ENUM_CODES(SurveyTaskReason, {SurveyTaskReason::CaseClosed, "case_closed"},
                    {SurveyTaskReason::SampledContact, "sampled_contact"})
CASELOOP_ENUM_CODES(SurveyTaskStatus, {SurveyTaskStatus::Open, "open"},
                    {SurveyTaskStatus::Done, "done"}, {SurveyTaskStatus::Cancelled, "cancelled"})
CASELOOP_ENUM_CODES(ReviewStatus, {ReviewStatus::Open, "open"}, {ReviewStatus::Done, "done"})
CASELOOP_ENUM_CODES(ComplaintSource, {ComplaintSource::Debtor, "debtor"},
                    {ComplaintSource::Client, "client"}, {ComplaintSource::Regulator, "regulator"},
                    {ComplaintSource::ThirdParty, "third_party"},
                    {ComplaintSource::Internal, "internal"})
CASELOOP_ENUM_CODES(ComplaintChannel, {ComplaintChannel::Phone, "phone"},
                    {ComplaintChannel::Email, "email"}, {ComplaintChannel::Sms, "sms"},
                    {ComplaintChannel::Web, "web"}, {ComplaintChannel::Letter, "letter"},
                    {ComplaintChannel::Fax, "fax"}, {ComplaintChannel::InPerson, "in_person"},
                    {ComplaintChannel::RegulatorPortal, "regulator_portal"},
                    {ComplaintChannel::ThirdPartyPlatform, "third_party_platform"},
                    {ComplaintChannel::Referral, "referral"},
                    {ComplaintChannel::Internal, "internal"})
CASELOOP_ENUM_CODES(RootCause, {RootCause::AgentConduct, "agent_conduct"},
                    {RootCause::ScriptProcess, "script_process"},
                    {RootCause::DataError, "data_error"}, {RootCause::System, "system"},
                    {RootCause::ThirdParty, "third_party"},
                    {RootCause::NotSubstantiated, "not_substantiated"})
CASELOOP_ENUM_CODES(CorrectiveKind, {CorrectiveKind::Coaching, "coaching"},
                    {CorrectiveKind::Training, "training"},
                    {CorrectiveKind::ProcessChange, "process_change"})

CASELOOP_ENUM_CODES(SlaState, {SlaState::OnTrack, "on_track"}, {SlaState::DueSoon, "due_soon"},
                    {SlaState::Overdue, "overdue"}, {SlaState::Met, "met"},
                    {SlaState::Missed, "missed"})

#undef CASELOOP_ENUM_CODES

/// The stored code of an enum value, e.g. toCode(Channel::Sms) == "sms".
template<typename E>
QString toCode(E value)
{
    for (const auto& [v, code] : EnumCodes<E>::codes) {
        if (v == value)
            return QString::fromLatin1(code.data(), qsizetype(code.size()));
    }
    return {};
}

/// The enum value of a stored code, or nullopt for an unknown code.
template<typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto& [v, c] : EnumCodes<E>::codes) {
        if (code == QLatin1StringView(c.data(), qsizetype(c.size())))
            return v;
    }
    return std::nullopt;
}

/// All codes of an enum, in declaration order (for CHECK constraints, validation and help texts).
template<typename E>
QStringList allCodes()
{
    QStringList list;
    for (const auto& [v, code] : EnumCodes<E>::codes)
        list << QString::fromLatin1(code.data(), qsizetype(code.size()));
    return list;
}

} // namespace caseloop
