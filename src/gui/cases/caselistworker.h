#pragma once

#include "services/caselistquery.h"
#include "usercontext.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// One page to load: rows [page * pageSize, page * pageSize + pageSize) of a request.
/// `anchor` is the key of row `anchorRow` (-1: none, start from the top); the worker seeks
/// from there to the row before the page when they are not adjacent.
struct CaseListPageJob {
    quint64 generation = 0;
    CaseListRequest request;
    int page = 0;
    int pageSize = 200;
    std::optional<CaseListKey> anchor;
    qint64 anchorRow = -1;
};

/// The answer to a CaseListPageJob or a count.
struct CaseListResult {
    quint64 generation = 0;
    int page = -1; ///< -1 for a count
    std::vector<CaseListRow> rows;
    qint64 count = 0;
    qint64 elapsedMs = 0;
    QString error; ///< translated message when the query failed, else empty
    QString errorDetails;
};

/// A row whose "callable now" is evaluated again at a later time (pure, no database).
struct CaseListCallJob {
    int row = 0;
    qint64 caseId = 0;
    std::shared_ptr<const GateInput> input;
};

/// The new gate answer for a CaseListCallJob.
struct CaseListCallUpdate {
    int row = 0;
    qint64 caseId = 0;
    std::shared_ptr<const GateDecision> call;
    std::shared_ptr<const GateInput> input;
    QString error;
};

/// Runs case-list queries on the thread it lives in, through its own read-only connection
/// (opened on first use on that thread, closed by close()). Jobs of a generation older than
/// the shared current one are skipped without touching the database.
class CaseListWorker final : public QObject {
    Q_OBJECT

public:
    CaseListWorker(QString databasePath, UserContext user,
                   std::shared_ptr<std::atomic<quint64>> currentGeneration);
    ~CaseListWorker() override;

    /// Both run on the worker's thread; they return nothing when the job is stale.
    std::optional<CaseListResult> loadPage(const CaseListPageJob& job);
    std::optional<CaseListResult> loadCount(quint64 generation, const CaseListRequest& request);
    /// "Callable now" for the rows from @p firstRow on (cases @p caseIds) at @p at: the gate
    /// inputs loaded with a few batched queries, then ContactGate; nothing when stale.
    std::optional<std::vector<CaseListCallUpdate>> loadCalls(quint64 generation, int firstRow,
                                                             const std::vector<qint64>& caseIds,
                                                             const QDateTime& at);
    /// Runs the contact gate again for @p jobs at @p at (pure; any thread).
    static std::vector<CaseListCallUpdate> reevaluate(const std::vector<CaseListCallJob>& jobs,
                                                      const QDateTime& at);
    /// Closes the connection (call on the worker's thread before it ends).
    void close();

private:
    bool stale(quint64 generation) const;
    CaseListQuery& query();

    QString m_path;
    UserContext m_user;
    std::shared_ptr<std::atomic<quint64>> m_current;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CaseListQuery> m_query;
};

} // namespace caseloop
