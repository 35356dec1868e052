#pragma once

// Internal to the CaseFactory implementation files.

#include "demo/casefactory.h"
#include "domain/enums.h"

#include <QString>

#include <vector>

namespace caseloop::demo {

namespace parts {

/// Contact outcomes the demo uses, mirroring outcome_codes rows of schema v1 and v2.
enum Outcome : int {
    Answered,
    NoAnswer,
    Voicemail,
    LimitedContent,
    Dropped,
    Busy,
    NotInService,
    WrongParty,
    PromiseToPay,
    Refused,
    DisputeRaised,
    Callback,
    Sent,
    Delivered,
    Replied,
    Bounced,
    VisitMet,
    VisitNotHome,
    VisitInvalid,
    LeftMessage, ///< schema v2
    WrongNumber, ///< schema v2
};

struct OutcomeInfo {
    const char* code = "";
    bool connected = false;
    bool conversation = false;
};

const OutcomeInfo& outcomeInfo(int outcome);

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 86'400'000;

} // namespace parts

struct CaseFactory::Debtor {
    qint64 id = 0;
    bool chinese = false;
    int place = 0; ///< index into usPlaces() or cnPlaces()
    int zone = 0;  ///< index into the world's ZoneTable
    QString fullName;
    QString latinName; ///< for the e-mail address
    QString language;
    QString timeZone;
    QString region, city, postalCode, addressLine;
    QString visitAddress;
    bool consentSms = false;
    bool consentEmail = false;
    std::vector<qint64> phoneIds;
    std::vector<QString> phoneNumbers;
    std::vector<QString> phoneKinds;
    std::vector<bool> phoneWork;
    qint64 emailId = 0; ///< 0: no e-mail address
    QString email;
    bool emailWork = false;
    qint64 firstCaseMs = 0;
    qint64 lastContactMs = 0;
    qint64 lastCaseId = 0;
    qint64 lastAgentId = 0;
};

struct CaseFactory::Case {
    qint64 id = 0;
    int client = 0;
    int agent = 0; ///< index into World::agents
    qint64 agentId = 0;
    bool chinese = false;
    int placedDay = 0;
    int endDay = 0; ///< last day of activity
    CaseStatus status = CaseStatus::New;
    qint64 balance = 0;
    qint64 remaining = 0;
    qint64 placedMs = 0;
    qint64 lastActivityMs = 0;
    qint64 lastContactMs = 0;
    bool hasPending = false;
};

struct CaseFactory::ContactRow {
    qint64 id = 0;
    qint64 ms = 0;
    int day = 0;
    Channel channel = Channel::Call;
    int outcome = parts::NoAnswer;
};

} // namespace caseloop::demo
