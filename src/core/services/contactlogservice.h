#pragma once

#include "domain/records.h"
#include "rules/contactgate.h"
#include "services/promiseservice.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// A next step planned while logging a contact.
struct NewFollowUp {
    FollowUpType type = FollowUpType::Call;
    QDateTime dueAt; ///< UTC
    QString note;    ///< visits: the purpose
    QString visitAddress;
};

/// Details of a field visit result (channel visit).
struct VisitDetails {
    QString address;
    QString metPerson; ///< who was met; empty = nobody
    std::optional<double> gpsLat;
    std::optional<double> gpsLon;
    QStringList attachmentPaths; ///< files to copy into the attachment store
};

/// Everything the "Log contact" form (and `caseloop-cli log-contact`) submits.
struct NewContact {
    qint64 caseId = 0;
    std::optional<qint64> agentId; ///< who made the contact; default: the current user
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    QDateTime startedAt; ///< UTC; invalid = now
    std::optional<QDateTime> endedAt;
    QString outcome; ///< an active outcome code
    QString notes;
    std::optional<bool> rpc; ///< right-party contact; default: the outcome's conversation flag
    std::optional<qint64> phoneId;
    std::optional<qint64> emailId;
    std::optional<VisitDetails> visit;
    std::optional<NewFollowUp> followUp;
    std::optional<NewPromisePlan> promise;
    std::optional<qint64> completesFollowUpId; ///< an open follow-up of the case this contact does
    /// Audit id returned by ContactCheckService::override for this case and channel: lets a
    /// blocked outbound contact be saved (once, within overrideValidity).
    std::optional<qint64> overrideToken;
};

/// What logging did. When the gate blocked, nothing was saved (contactId == 0) and decision
/// says why; the blocked decision itself is in the audit log.
struct LogContactResult {
    bool saved = false;
    qint64 contactId = 0;
    GateDecision decision; ///< for outbound contacts; allowed for inbound ones
    std::optional<qint64> holdId;
    std::optional<qint64> followUpId;
    std::optional<qint64> planId;
    std::vector<qint64> promiseIds;
    std::vector<qint64> attachmentIds;
};

/// Fields of a contact that may change inside the grace period.
struct ContactEdit {
    QString outcome;
    QString notes;
    bool rpc = false;
    std::optional<QDateTime> endedAt;
};

/// An outcome code as offered by the contact form.
struct OutcomeCode {
    QString code;
    QString labelEn;
    QString labelZh;
    bool connected = false;
    bool conversation = false;
    std::optional<HoldType> impliedHold; ///< created with the contact (dispute, cease, hardship)
    bool active = true;
};

/// Logs contacts on cases: runs the contact gate before an outbound contact is saved, then
/// stores the contact with its implied hold, follow-up, promises and attachments in one
/// transaction with one audit entry each. Contacts can be edited or deleted by their recorder
/// (or a supervisor) within the grace period; afterwards only amendment notes are appended.
/// Throws caseloop::Error (InvalidInput naming the field, NotFound, Permission).
class ContactLogService final {
    Q_DECLARE_TR_FUNCTIONS(ContactLogService)

public:
    static constexpr int defaultGraceMinutes = 15;
    /// How long a supervisor override stays usable.
    static constexpr int overrideValidityMinutes = 30;
    static constexpr int maxNotesLength = 4000;

    /// Validates @p contact, runs the gate (outbound) and saves. Blocked: saved == false.
    static LogContactResult log(Connection& connection, const UserContext& user,
                                const NewContact& contact);
    /// The gate decision the form shows while it is being filled in (nothing is written).
    static GateDecision preview(Connection& connection, const NewContact& contact);

    static void edit(Connection& connection, const UserContext& user, qint64 contactId,
                     const ContactEdit& edit);
    static void remove(Connection& connection, const UserContext& user, qint64 contactId);
    static qint64 amend(Connection& connection, const UserContext& user, qint64 contactId,
                        const QString& note);
    /// Whether @p contactId can still be edited or deleted at @p now, and until when.
    static std::optional<QDateTime> editableUntil(Connection& connection, qint64 contactId);

    static std::vector<ContactAmendment> amendments(Connection& connection, qint64 contactId);
    static std::vector<Attachment> attachments(Connection& connection, qint64 contactId);
    /// Active outcome codes in form order; for @p channel only those that make sense for it.
    static std::vector<OutcomeCode> outcomes(Connection& connection,
                                             std::optional<Channel> channel = std::nullopt);
    /// Grace period from settings (contact.edit_grace_minutes), default 15.
    static int graceMinutes(Connection& connection);
    /// Folder of the attachment store for the database at @p databasePath.
    static QString attachmentStore(const QString& databasePath);
};

} // namespace caseloop
