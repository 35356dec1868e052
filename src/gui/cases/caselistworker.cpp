#include "cases/caselistworker.h"

#include "db/connection.h"
#include "error.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace caseloop {

CaseListWorker::CaseListWorker(QString databasePath, UserContext user,
                               std::shared_ptr<std::atomic<quint64>> currentGeneration)
    : m_path(std::move(databasePath))
    , m_user(std::move(user))
    , m_current(std::move(currentGeneration))
{}

CaseListWorker::~CaseListWorker() = default;

bool CaseListWorker::stale(quint64 generation) const
{
    return generation != m_current->load();
}

CaseListQuery& CaseListWorker::query()
{
    if (!m_query) {
        m_connection = Connection::open(OpenOptions{m_path, OpenOptions::Mode::ReadOnly});
        m_query = std::make_unique<CaseListQuery>(*m_connection, m_user);
    }
    return *m_query;
}

void CaseListWorker::close()
{
    m_query.reset();
    m_connection.reset();
}

std::optional<CaseListResult> CaseListWorker::loadPage(const CaseListPageJob& job)
{
    if (stale(job.generation))
        return std::nullopt;
    CaseListResult result;
    result.generation = job.generation;
    result.page = job.page;
    QElapsedTimer timer;
    timer.start();
    try {
        std::optional<CaseListKey> after = job.anchor;
        const qint64 before = qint64(job.page) * job.pageSize - 1; // row before the page
        if (before >= 0 && before != job.anchorRow) {
            // A jump: find the key of the row before the page by counting along the index
            // from the nearest known key (sequential scrolling never gets here).
            const qint64 offset = before - job.anchorRow - 1;
            after =
                query().keyAt(job.request, job.anchorRow >= 0 ? job.anchor : std::nullopt, offset);
            if (!after) {
                result.elapsedMs = timer.elapsed();
                return result; // the list got shorter: an empty page
            }
            if (stale(job.generation))
                return std::nullopt;
        } else if (before < 0) {
            after.reset();
        }
        result.rows = query().page(job.request, after, job.pageSize);
    } catch (const Error& e) {
        result.error = e.message();
        result.errorDetails = e.details();
        spdlog::warn("case list: loading page {} failed (kind {})", job.page,
                     static_cast<int>(e.kind()));
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

std::optional<CaseListResult> CaseListWorker::loadCount(quint64 generation,
                                                        const CaseListRequest& request)
{
    if (stale(generation))
        return std::nullopt;
    CaseListResult result;
    result.generation = generation;
    QElapsedTimer timer;
    timer.start();
    try {
        result.count = query().count(request);
    } catch (const Error& e) {
        result.error = e.message();
        result.errorDetails = e.details();
        spdlog::warn("case list: counting failed (kind {})", static_cast<int>(e.kind()));
    }
    result.elapsedMs = timer.elapsed();
    spdlog::debug("case list: counted {} cases in {} ms", result.count, result.elapsedMs);
    return result;
}

} // namespace caseloop
