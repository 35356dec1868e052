#pragma once

#include "domain/records.h"
#include "services/slaclock.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// Everything the complaint intake form (and `caseloop-cli import complaints`) submits.
struct NewComplaint {
    ComplaintSource source = ComplaintSource::Debtor;
    ComplaintChannel channel = ComplaintChannel::Phone;
    QDateTime receivedAt; ///< UTC; invalid = now. The SLA deadlines are computed from it.
    std::optional<qint64> caseId;
    /// The agent complained about; default: the agent of the linked contacts when they share one.
    std::optional<qint64> agentId;
    std::vector<qint64> contactIds; ///< contacts of the case the complaint is about
    QString category;               ///< a taxonomy code (ComplaintTaxonomy)
    Severity severity = Severity::Medium;
    QString description;
    QString desiredOutcome;
    QString externalId; ///< e.g. the CFPB complaint id; must be new when not empty
    /// Puts the case on hold in the same transaction: Dispute or CeaseCommunication only.
    std::optional<HoldType> hold;
    /// Imports: keep a category that is not in the taxonomy, flagged (category_flagged = 1).
    bool allowUnknownCategory = false;
    std::optional<qint64> responseId; ///< the survey response it comes from
};

/// What intake() stored.
struct ComplaintIntake {
    qint64 complaintId = 0;
    QString ref; ///< C-YYYY-NNNN
    std::optional<qint64> holdId;
};

/// A corrective action decided when resolving a complaint.
struct CorrectiveAction {
    CorrectiveKind kind = CorrectiveKind::Coaching;
    QString description;
    std::optional<qint64> ownerId; ///< the user who carries it out
    QDate dueDate;                 ///< invalid: none
};

/// The resolution form. Root cause and outcome are required.
struct ComplaintResolution {
    std::optional<RootCause> rootCause;
    QString rootCauseNote; ///< explanation of the root cause (stored in complaints.root_cause)
    std::optional<ComplaintOutcome> outcome;
    QString remedy;
    std::optional<CorrectiveAction> correctiveAction;
    std::optional<int> satisfaction; ///< the complainant's follow-up satisfaction, 1–5
    QString note;                    ///< on the workflow event
};

/// One row of the complaints queue: the complaint and where it stands against its SLA.
struct ComplaintQueueItem {
    Complaint complaint;
    SlaStatus sla;
};

struct ComplaintQueueFilter {
    std::optional<qint64> agentId;
    std::optional<qint64> caseId;
    bool includeDone = false; ///< also resolved and closed complaints (after the open ones)
};

/// The complaints workflow: intake (with an optional hold on the case), received → acknowledged
/// → investigating → resolved → closed, reopen (resolved/closed → investigating), one SLA
/// extension with a reason, and the urgency-sorted queue. Every step runs in one transaction
/// with a complaint_events row and an audit entry. Steps after intake need the role supervisor,
/// compliance or admin, and nobody handles a complaint about themselves. Optional @p at
/// arguments back-date a step (imports); they may not lie before the previous step or in the
/// future. Throws caseloop::Error (InvalidInput naming the field, NotFound, Permission).
class ComplaintService final {
    Q_DECLARE_TR_FUNCTIONS(ComplaintService)

public:
    static constexpr int maxDescriptionLength = 100'000;
    static constexpr int maxNoteLength = 4000;

    static ComplaintIntake intake(Connection& connection, const UserContext& user,
                                  const NewComplaint& complaint);

    static void acknowledge(Connection& connection, const UserContext& user, qint64 complaintId,
                            const QString& note = {}, const QDateTime& at = {});
    static void startInvestigation(Connection& connection, const UserContext& user,
                                   qint64 complaintId, const QString& note = {},
                                   const QDateTime& at = {});
    static void resolve(Connection& connection, const UserContext& user, qint64 complaintId,
                        const ComplaintResolution& resolution, const QDateTime& at = {});
    static void close(Connection& connection, const UserContext& user, qint64 complaintId,
                      std::optional<int> satisfaction = std::nullopt, const QString& note = {},
                      const QDateTime& at = {});
    /// Resolved or closed → investigating; clears resolved_at and closed_at. Needs a reason.
    static void reopen(Connection& connection, const UserContext& user, qint64 complaintId,
                       const QString& reason, const QDateTime& at = {});
    /// Moves the resolve deadline to received + @p totalDays calendar days (more than now, at
    /// most the policy's maxResolveDays). Once per complaint, with a reason, while still open.
    static void extend(Connection& connection, const UserContext& user, qint64 complaintId,
                       int totalDays, const QString& reason);
    /// The complainant's follow-up satisfaction 1–5 on a resolved or closed complaint.
    static void recordSatisfaction(Connection& connection, const UserContext& user,
                                   qint64 complaintId, int score);

    static Complaint find(Connection& connection, qint64 complaintId); ///< NotFound if none
    static std::vector<ComplaintEvent> events(Connection& connection, qint64 complaintId);
    /// Open complaints by urgency: overdue first (most overdue first), then the nearest due.
    static std::vector<ComplaintQueueItem> queue(Connection& connection, const QDateTime& now,
                                                 const ComplaintQueueFilter& filter = {});

    static bool canTransition(ComplaintStatus from, ComplaintStatus to);
    static std::vector<ComplaintStatus> nextStatuses(ComplaintStatus from);
    /// The next free reference C-YYYY-NNNN for a complaint received on @p date (agency zone).
    static QString nextRef(Connection& connection, const QDate& date);
    /// Whether @p user may handle complaints at all (supervisor, compliance, admin, system).
    static bool mayHandle(const UserContext& user);
};

} // namespace caseloop
