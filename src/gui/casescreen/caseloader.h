#pragma once

#include "domain/records.h"
#include "rules/contactgate.h"
#include "services/contactlogservice.h"
#include "usercontext.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// One contact of the timeline with what the case screen shows under it.
struct TimelineEntry {
    Contact contact;
    std::vector<ContactAmendment> amendments; ///< oldest first
    std::optional<QDateTime> editableUntil;   ///< UTC; nullopt = grace period over
    int attachments = 0;
};

/// Everything the case screen shows about one case, read in one go (on a worker thread).
struct CaseSnapshot {
    quint64 generation = 0;
    QString error;        ///< translated message when loading failed, else empty
    QString errorDetails; ///< technical details for "Show details"
    Case caseRecord;
    Debtor debtor;
    Client client;
    std::vector<Hold> holds;             ///< in force now, debtor-wide and of this case
    std::vector<TimelineEntry> timeline; ///< newest first
    std::vector<FollowUp> followUps;
    std::vector<Promise> promises;
    std::vector<Payment> payments;
    std::vector<SurveyResponse> surveys;
    std::vector<Complaint> complaints;
    std::vector<OutcomeCode> outcomes;    ///< active outcome codes (labels of the timeline)
    QHash<qint64, QString> userNames;     ///< user id → display name
    std::optional<GateDecision> callGate; ///< may a call be placed now
    QString gateError;
    QDateTime loadedAt; ///< UTC
};

/// Reads a CaseSnapshot through its own connection (safe on any thread) or an open one.
class CaseLoader final {
    Q_DECLARE_TR_FUNCTIONS(CaseLoader)

public:
    static CaseSnapshot load(const QString& databasePath, qint64 caseId, const QDateTime& now,
                             quint64 generation = 0);
    static CaseSnapshot load(Connection& connection, qint64 caseId, const QDateTime& now,
                             quint64 generation = 0);
    /// One timeline entry for a contact just logged or edited (GUI thread, quick).
    static std::optional<TimelineEntry> entry(Connection& connection, qint64 contactId);
    /// The case id for a reference, or nullopt.
    static std::optional<qint64> caseIdForRef(Connection& connection, const QString& ref);
};

} // namespace caseloop
