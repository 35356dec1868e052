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

    /// Validates @p contact (InvalidInput naming the field; NotFound for an unknown case or
    /// agent), runs the gate for outbound contacts (ContactCheckService::check, which audits a
    /// block) and saves everything in one transaction. Blocked: saved == false, nothing written
    /// — unless overrideToken is a usable `contact.override` entry (same case and channel, made
    /// within overrideValidityMinutes of now and of startedAt, not used yet; otherwise
    /// InvalidInput saying why). Copied attachment files are removed when saving fails.
    static LogContactResult log(Connection& connection, const UserContext& user,
                                const NewContact& contact);
    /// The gate decision the form shows while it is being filled in (nothing is written).
    static GateDecision preview(Connection& connection, const NewContact& contact);

    /// Changes outcome, notes, rpc and end time inside the grace period, by the recorder or a
    /// supervisor/admin (Permission otherwise); a changed outcome replaces its implied hold.
    static void edit(Connection& connection, const UserContext& user, qint64 contactId,
                     const ContactEdit& edit);
    /// Deletes the contact with what it created (hold, follow-up, promise plan, attachments and
    /// their files; a follow-up it completed is reopened) under the same rules as edit().
    /// InvalidInput when a payment, survey response or complaint already refers to it.
    static void remove(Connection& connection, const UserContext& user, qint64 contactId);
    /// Appends an amendment note (any time, any user); returns its id.
    static qint64 amend(Connection& connection, const UserContext& user, qint64 contactId,
                        const QString& note);
    /// Until when @p contactId can still be edited or deleted (recorded_at + graceMinutes);
    /// nullopt when that time has passed, the contact has no recorded_at (imported) or none.
    static std::optional<QDateTime> editableUntil(Connection& connection, qint64 contactId);

    static std::vector<ContactAmendment> amendments(Connection& connection, qint64 contactId);
    static std::vector<Attachment> attachments(Connection& connection, qint64 contactId);
    /// Active outcome codes in form order (sort_order); for @p channel only those that make
    /// sense for it (the mapping is a table in contactlogservice.cpp; codes it does not list
    /// are offered on every channel). log() and edit() refuse an outcome not offered here.
    static std::vector<OutcomeCode> outcomes(Connection& connection,
                                             std::optional<Channel> channel = std::nullopt);
    /// Grace period from settings (contact.edit_grace_minutes), default 15.
    static int graceMinutes(Connection& connection);
    /// Folder of the attachment store for the database at @p databasePath:
    /// "<absolute database path>.attachments". Files are stored under Attachment::storedName.
    static QString attachmentStore(const QString& databasePath);
};

} // namespace caseloop
