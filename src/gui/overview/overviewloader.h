#pragma once

#include "usercontext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace caseloop {

/// The figures the overview shows. Loaded on a worker thread; `generation` lets the view drop
/// answers to requests it has since replaced.
struct OverviewFigures {
    quint64 generation = 0;
    QString error;        ///< translated message when loading failed, else empty
    QString errorDetails; ///< technical details for "Show details"
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 openCases = 0;
    qint64 debtors = 0;
    qint64 clients = 0;
    qint64 contacts = 0;
    qint64 recentContacts = 0; ///< started in the 30 days before `now`
    qint64 openFollowUps = 0;
    qint64 overdueFollowUps = 0;
    qint64 promises = 0;
    qint64 pendingPromises = 0;
    qint64 surveyResponses = 0;
    std::optional<double> averageOverall; ///< mean overall rating 1–5, none without ratings
    qint64 complaints = 0;
    qint64 openComplaints = 0;
    qint64 agents = 0; ///< active users with the agent role
    qint64 teams = 0;
    qint64 elapsedMs = 0;
};

/// Reads the overview figures through its own read-only connection (safe on any thread).
class OverviewLoader final {
public:
    static OverviewFigures load(const QString& databasePath, const UserContext& user,
                                const QDateTime& now, quint64 generation);
};

} // namespace caseloop
