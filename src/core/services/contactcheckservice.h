#pragma once

#include "domain/enums.h"
#include "rules/contactgate.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace caseloop {

class Connection;

/// What exactly is about to be contacted, beyond the case and channel (all optional).
struct ContactTarget {
    std::optional<qint64> phoneId; ///< the debtor phone to call or text
    std::optional<qint64> emailId; ///< the debtor e-mail address to write to
    QString purpose;               ///< e.g. "verification"; empty = collection
    QString callee;                ///< debtor (default), third_party, attorney, ...
};

/// The contact gate for stored cases: builds a GateInput from the database (debtor location,
/// phones, e-mails and opt-outs, holds, recent contacts, rule profile), runs ContactGate, and
/// writes blocked/warned decisions and supervisor overrides to the audit log.
class ContactCheckService final {
    Q_DECLARE_TR_FUNCTIONS(ContactCheckService)

public:
    /// Longest override reason kept in the audit log (characters); longer text is cut.
    static constexpr int maxReasonLength = 500;

    /// Evaluates the gate for a case and audits the decision when it blocks or warns
    /// (`contact.blocked` / `contact.warned`, in its own transaction). Allowed decisions are not
    /// audited. Throws Error: NotFound (case, phone or e-mail), InvalidInput (bad time, a phone or
    /// e-mail of another debtor, a broken rule profile).
    static GateDecision check(Connection& connection, const UserContext& user, qint64 caseId,
                              Channel channel, const QDateTime& at,
                              const ContactTarget& target = {},
                              std::optional<qint64>* auditEntryId = nullptr);
    static GateDecision check(Connection& connection, const UserContext& user,
                              const QString& caseRef, Channel channel, const QDateTime& at,
                              const ContactTarget& target = {},
                              std::optional<qint64>* auditEntryId = nullptr);

    /// The same decision without writing anything (for displays such as "calling allowed now"
    /// on the case screen, which must not fill the audit log).
    static GateDecision evaluate(Connection& connection, qint64 caseId, Channel channel,
                                 const QDateTime& at, const ContactTarget& target = {});

    /// The gate input for a case as loaded from the database (exposed for tests and benchmarks).
    static GateInput buildInput(Connection& connection, qint64 caseId, Channel channel,
                                const QDateTime& at, const ContactTarget& target = {});

    /// Records a supervisor override of a blocked contact (`contact.override`, with the rule ids
    /// overridden and the reason, cut to maxReasonLength) and returns the audit entry id, which
    /// the log-contact flow keeps as the override token. Throws Error: Permission unless the
    /// user is a supervisor, compliance officer or admin; InvalidInput for an empty reason or a
    /// contact that is not blocked (nothing to override); NotFound for an unknown case.
    static qint64 override(Connection& connection, const UserContext& supervisor, qint64 caseId,
                           Channel channel, const QDateTime& at, const QString& reason,
                           const ContactTarget& target = {});

    /// The id of the case with reference @p ref; Error NotFound naming the reference otherwise.
    static qint64 caseIdForRef(Connection& connection, const QString& ref);
    /// The profile id used for a case: its rule_profile, or by the debtor's country when empty
    /// (CN → cn-cifa, anything else → us-regf).
    static QString profileIdFor(const QString& caseProfile, const QString& debtorCountry);
};

} // namespace caseloop
