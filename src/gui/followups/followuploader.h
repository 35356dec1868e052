#pragma once

#include "services/followupquery.h"
#include "usercontext.h"

#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <vector>

class QThread;

namespace caseloop {

/// The answer of one FollowUpLoader::load().
struct FollowUpLoadResult {
    quint64 generation = 0;
    QDateTime now;
    QTimeZone zone;
    bool withItems = false;
    std::vector<FollowUpItem> items; ///< when loaded with items
    FollowUpCounts counts;
    bool seesOthers = false;
    QString error; ///< translated; empty on success
    QString errorDetails;
};

/// Loads a user's open follow-ups (FollowUpQuery) on a short-lived thread with its own
/// read-only connection and reports the latest load on the owner's thread; answers to older
/// loads are dropped. Waits for running loads when destroyed.
class FollowUpLoader final : public QObject {
    Q_OBJECT

public:
    FollowUpLoader(QString databasePath, UserContext user, QObject* parent = nullptr);
    ~FollowUpLoader() override;

    /// Starts a load for @p now in @p zone (items too, or only the counts); returns its number.
    quint64 load(const QDateTime& now, const QTimeZone& zone, bool withItems);
    bool isLoading() const { return !m_threads.isEmpty(); }

Q_SIGNALS:
    /// The latest load finished (also when it failed: see FollowUpLoadResult::error).
    void finished(const caseloop::FollowUpLoadResult& result);

private:
    QString m_path;
    UserContext m_user;
    quint64 m_generation = 0;
    QSet<QThread*> m_threads;
};

} // namespace caseloop
