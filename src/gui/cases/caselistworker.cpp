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

std::optional<std::vector<CaseListCallUpdate>>
CaseListWorker::loadCalls(quint64 generation, int firstRow, const std::vector<qint64>& caseIds,
                          const QDateTime& at)
{
    if (stale(generation))
        return std::nullopt;
    std::vector<CaseListCallUpdate> out;
    try {
        // The real contact gate, with the inputs of the whole page loaded by a few batched
        // queries.
        std::vector<QString> errors;
        auto inputs = query().callInputs(caseIds, at, &errors);
        const ContactGate gate;
        for (size_t i = 0; i < caseIds.size(); ++i) {
            CaseListCallUpdate update;
            update.row = firstRow + int(i);
            update.caseId = caseIds[i];
            update.error = errors[i];
            if (inputs[i]) {
                auto input = std::make_shared<const GateInput>(std::move(*inputs[i]));
                try {
                    update.call = std::make_shared<const GateDecision>(gate.evaluate(*input));
                } catch (const Error& e) {
                    update.error = e.message();
                }
                update.input = std::move(input);
            }
            out.push_back(std::move(update));
        }
    } catch (const Error& e) {
        spdlog::warn("case list: checking the contact rules failed (kind {})",
                     static_cast<int>(e.kind()));
        for (size_t i = 0; i < caseIds.size(); ++i) {
            CaseListCallUpdate update;
            update.row = firstRow + int(i);
            update.caseId = caseIds[i];
            update.error = e.message();
            out.push_back(std::move(update));
        }
    }
    return out;
}

std::vector<CaseListCallUpdate> CaseListWorker::reevaluate(const std::vector<CaseListCallJob>& jobs,
                                                           const QDateTime& at)
{
    std::vector<CaseListCallUpdate> out;
    out.reserve(jobs.size());
    const ContactGate gate;
    for (const CaseListCallJob& job : jobs) {
        if (!job.input)
            continue;
        GateInput input = *job.input;
        input.at = at.toUTC();
        CaseListCallUpdate update;
        update.caseId = job.caseId;
        update.row = job.row;
        try {
            update.call = std::make_shared<const GateDecision>(gate.evaluate(input));
        } catch (const Error& e) {
            update.error = e.message();
        }
        update.input = std::make_shared<const GateInput>(std::move(input));
        out.push_back(std::move(update));
    }
    return out;
}

} // namespace caseloop
