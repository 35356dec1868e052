#pragma once

#include "domain/enums.h"
#include "rules/ruleprofile.h"
#include "rules/zoneresolver.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace caseloop {

/// A hold on the debtor or case. Either a date (whole local days, inclusive) or an instant may
/// be given for each end; no start = active since ever, no end = open-ended.
struct GateHold {
    QString type; ///< HoldType code (dispute, cease_communication, ...)
    QDate fromDate;
    QDateTime fromAt;
    QDate toDate; ///< last day on which the hold applies
    QDateTime toAt;
};

/// A past contact of the case (one debt, one person).
struct GateHistoryEntry {
    QDateTime at;
    QString channel; ///< Channel code
    Direction direction = Direction::Outbound;
    QString outcome; ///< outcome code (schema outcome_codes) or "conversation"
    QString phone;   ///< number dialled, optional (per-number daily caps)
    QString callee = QStringLiteral("debtor");
};

/// Direct prior consent of the consumer to be contacted (e.g. "call me back on the 5th").
struct GateConsent {
    QDateTime at;
    QString channel = QStringLiteral("call");
};

/// Everything the gate needs, self-contained (no database).
struct GateInput {
    std::shared_ptr<const RuleProfile> profile;
    QDateTime at;                              ///< the instant of the intended contact
    QString channel = QStringLiteral("call");  ///< Channel code
    QString purpose;                           ///< e.g. "verification"; empty = collection
    QString callee = QStringLiteral("debtor"); ///< debtor, third_party, attorney, ...
    QString phone;                             ///< number to dial, optional
    DebtorLocation debtor;
    std::optional<QStringList> emails; ///< nullopt = not known (not checked)
    std::vector<GateHold> holds;
    QStringList optOuts; ///< channels the consumer opted out of
    std::vector<GateHistoryEntry> history;
    std::vector<GateConsent> consents;
};

/// One rule that blocks (or warns), with a stable id and a translated, human reason.
struct BlockReason {
    QString ruleId;   ///< hours, frequency, post_conversation, hold:<type>, opt_out:<ch>, ...
    QString reason;   ///< translated text with local times
    QString citation; ///< legal reference from the profile
};

/// The wall-clock time in one candidate zone at the decision instant (for the audit trail).
struct ZoneLocalTime {
    QString zone;
    QStringList sources;
    qint64 utcMs = 0;
    int offsetSeconds = 0;
    /// The local wall time with its UTC offset, e.g. 2026-03-10T07:30:00-07:00.
    QDateTime local() const
    {
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offsetSeconds);
    }
};

/// The answer of the gate: allowed or not, every failing rule in gate order, when the same
/// contact would next be allowed, and the inputs that decided it (for the audit log).
struct GateDecision {
    bool allowed = true;
    std::vector<BlockReason> blockedBy;
    std::vector<BlockReason> warnings;
    std::optional<QDateTime> nextAllowedAt; ///< UTC; nullopt = no such instant is known
    QStringList zones;
    std::vector<ZoneLocalTime> localTimes;
    QString profileId;
    QString profileVersion;
    // Inputs that decided it.
    int countedCallsInWindow = 0;
    int windowDays = 0;
    int maxAttempts = 0;
    std::optional<QDate> lastConversationDate; ///< local date of the latest conversation
    int connectedCallsToday = 0;
    int attemptsToNumberToday = 0;

    QStringList blockedByIds() const;
};

/// The explainable pre-contact gate: evaluates a GateInput against its rule profile. Every rule
/// is evaluated and every failing one listed, in the order holds → opt-outs → hours (every
/// candidate zone) → frequency → post_conversation → other. Pure and thread-safe.
class ContactGate final {
public:
    explicit ContactGate(const ZoneResolver& resolver = ZoneResolver::shared());

    /// Throws Error(InvalidInput) when the input has no profile or no valid instant.
    GateDecision evaluate(const GateInput& input) const;

private:
    const ZoneResolver& m_resolver;
};

} // namespace caseloop
