#include "demo/demogenerator.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "demo/bulkinserter.h"
#include "demo/casefactory.h"
#include "demo/demoworld.h"
#include "error.h"
#include "services/auditlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <spdlog/spdlog.h>
#include <thread>
#include <utility>
#include <vector>

namespace caseloop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::DemoGenerator", text);
}

void validate(const DemoOptions& o)
{
    auto invalid = [](const QString& message) { throw Error(Error::Kind::InvalidInput, message); };
    if (o.agents < 1 || o.agents > DemoOptions::maxAgents)
        invalid(tr("The number of agents must be between 1 and %1.").arg(DemoOptions::maxAgents));
    if (o.cases < 0 || o.cases > DemoOptions::maxCases)
        invalid(tr("The number of cases must be between 0 and %1.").arg(DemoOptions::maxCases));
    if (o.months < 1 || o.months > DemoOptions::maxMonths)
        invalid(tr("The number of months must be between 1 and %1.").arg(DemoOptions::maxMonths));
    if (!o.until.isValid() || o.until.year() < 2000 || o.until.year() > 2200)
        invalid(tr("The end date of the demo history must be a valid date between 2000 and 2200."));
}

/// Calls the progress function at most about ten times per second (and always at phase ends).
class Throttle final {
public:
    explicit Throttle(const DemoGenerator::ProgressFn& fn)
        : m_fn(fn)
    {
        m_timer.start();
    }
    void report(const QString& phase, qint64 done, qint64 total, bool force = false)
    {
        if (!m_fn)
            return;
        if (!force && m_timer.elapsed() - m_last < 100)
            return;
        m_last = m_timer.elapsed();
        m_fn(DemoProgress{phase, done, total});
    }

private:
    const DemoGenerator::ProgressFn& m_fn;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
};

/// Rows of a batch (one buffer per CaseFactory table) and the number of cases made so far.
struct Batch {
    std::vector<demo::RowBuffer> rows;
    qint64 casesDone = 0;
};

/// A bounded hand-over queue between the generating worker and the writing thread.
class Pipeline final {
public:
    /// Blocks while the queue is full; false when the consumer cancelled.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < 2 || m_cancelled; });
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /// The next batch, or nothing once the producer finished (or failed) and the queue is empty.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return std::nullopt;
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void finish() { close(nullptr); }
    void fail(std::exception_ptr error) { close(std::move(error)); }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }
    void rethrow()
    {
        const std::lock_guard lock(m_mutex);
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    void close(std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_error = std::move(error);
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_done = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
};

/// Stops and joins the worker however the writing side leaves.
class JoinGuard final {
public:
    JoinGuard(Pipeline& pipeline, std::thread& thread)
        : m_pipeline(pipeline)
        , m_thread(thread)
    {}
    ~JoinGuard()
    {
        m_pipeline.cancel();
        if (m_thread.joinable())
            m_thread.join();
    }
    JoinGuard(const JoinGuard&) = delete;
    JoinGuard& operator=(const JoinGuard&) = delete;

private:
    Pipeline& m_pipeline;
    std::thread& m_thread;
};

/// Whether the index created by @p ddl ("CREATE INDEX name ON table(column, ...)") stays in place
/// during the load. Appending to an index whose leading column grows in load order (rows are
/// written debtor by debtor, case by case, contact by contact) or that the generator leaves at
/// its default (one value for every row) is cheap; inserting random keys into a large index
/// costs far more than sorting them once afterwards. Indexes of tables the case factory does
/// not fill are small or empty. Anything unrecognised is rebuilt.
bool keptDuringLoad(const QString& ddl)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\bON\\s+\"?(\\w+)\"?\\s*\\(\\s*\"?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(ddl);
    if (!m.hasMatch())
        return false;
    const QString table = m.captured(1);
    const QString column = m.captured(2);
    static const QStringList loadOrder{QStringLiteral("debtor_id"), QStringLiteral("case_id"),
                                       QStringLiteral("contact_id"),
                                       QStringLiteral("complaint_id")};
    if (loadOrder.contains(column))
        return true;
    for (const demo::TableSpec& spec : demo::CaseFactory::tables()) {
        if (spec.name == table)
            return !spec.columns.contains(column);
    }
    return true;
}

/// Runs the dialect's bulk-load settings for the lifetime of the object.
class BulkLoadScope final {
public:
    explicit BulkLoadScope(Connection& c)
        : m_connection(c)
    {
        for (const QString& statement : c.dialect().bulkLoadBegin())
            Query::run(c, statement);
    }
    ~BulkLoadScope()
    {
        for (const QString& statement : m_connection.dialect().bulkLoadEnd()) {
            try {
                Query::run(m_connection, statement);
            } catch (const std::exception& e) {
                spdlog::error("restoring connection settings after the demo load failed: {}",
                              e.what());
            }
        }
    }
    BulkLoadScope(const BulkLoadScope&) = delete;
    BulkLoadScope& operator=(const BulkLoadScope&) = delete;

private:
    Connection& m_connection;
};

} // namespace

DemoResult DemoGenerator::generate(Connection& c, const UserContext& user,
                                   const DemoOptions& options, const ProgressFn& progress)
{
    validate(options);
    if (c.readOnly())
        throw Error(Error::Kind::ReadOnly, tr("The database is open read-only; demo data needs "
                                              "write access."));
    if (c.transactionDepth() != 0) {
        throw Error(Error::Kind::InvalidInput,
                    tr("Demo data cannot be generated inside another transaction."));
    }
    const qint64 existing = Query::scalar(c, QStringLiteral("SELECT (SELECT count(*) FROM cases) + "
                                                            "(SELECT count(*) FROM users)"))
                                .toLongLong();
    if (existing > 0) {
        throw Error(Error::Kind::InvalidInput,
                    tr("The database already holds users or cases. Demo data can only be "
                       "generated into a new, empty database; create one with “caseloop-cli "
                       "init --db NEW_FILE”."));
    }

    QElapsedTimer timer;
    timer.start();
    Throttle throttle(progress);
    spdlog::info("generating demo data: {} agents, {} cases, {} months, seed {}", options.agents,
                 options.cases, options.months, options.seed);

    DemoResult result;
    BulkLoadScope bulk(c);
    Transaction tx(c);

    // Secondary indexes are dropped for the load and rebuilt from their own DDL afterwards,
    // except those that cost little to keep (see keptDuringLoad()).
    std::vector<std::pair<QString, QString>> indexes;
    {
        Query list(c, c.dialect().listIndexes());
        list.exec();
        while (list.next()) {
            if (!keptDuringLoad(list.value(1).toString()))
                indexes.emplace_back(list.value(0).toString(), list.value(1).toString());
        }
    }
    for (const auto& index : indexes)
        Query::run(c, c.dialect().dropIndex(index.first));

    throttle.report(QStringLiteral("setup"), 0, 1, true);
    demo::World world;
    qint64 rows = demo::buildAndWriteWorld(c, options, world);

    // Generation runs on a worker thread and hands batches of rows to this thread, which owns
    // the connection and writes them: the two overlap on a multi-core machine.
    std::vector<std::unique_ptr<demo::BulkInserter>> inserters;
    for (const demo::TableSpec& spec : demo::CaseFactory::tables())
        inserters.push_back(std::make_unique<demo::BulkInserter>(c, spec.name, spec.columns));
    demo::CaseFactory factory(world);
    Pipeline pipeline;
    std::thread worker([&pipeline, &factory, total = qint64(options.cases)] {
        try {
            qint64 made = 0;
            qint64 debtor = 0;
            qint64 inBatch = 0;
            while (made < total) {
                const int n = factory.addDebtor(debtor++, int(std::min<qint64>(3, total - made)));
                made += n;
                inBatch += n;
                if (inBatch >= 4000 || made >= total) {
                    if (!pipeline.push(Batch{factory.takeBatch(), made}))
                        return;
                    inBatch = 0;
                }
            }
        } catch (...) {
            pipeline.fail(std::current_exception());
            return;
        }
        pipeline.finish();
    });
    const JoinGuard join(pipeline, worker);

    const QString casesPhase = QStringLiteral("cases");
    throttle.report(casesPhase, 0, options.cases, true);
    while (std::optional<Batch> batch = pipeline.pop()) {
        for (size_t t = 0; t < inserters.size(); ++t)
            inserters[t]->write(batch->rows[t]);
        throttle.report(casesPhase, batch->casesDone, options.cases);
    }
    pipeline.rethrow();
    throttle.report(casesPhase, options.cases, options.cases, true);
    for (const auto& inserter : inserters)
        rows += inserter->rowsWritten();
    const qint64 clientResponses = demo::writeClientResponses(c, world, factory.nextResponseId());
    rows += clientResponses;

    const QString indexPhase = QStringLiteral("indexes");
    for (size_t i = 0; i < indexes.size(); ++i) {
        throttle.report(indexPhase, qint64(i), qint64(indexes.size()), true);
        Query::run(c, indexes[i].second);
    }
    throttle.report(QStringLiteral("statistics"), 0, 1, true);
    for (const QString& statement : c.dialect().analyze())
        Query::run(c, statement);

    const demo::CaseCounts& n = factory.counts();
    const nlohmann::json counts{
        {"debtors", n.debtors},       {"phones", n.phones},
        {"emails", n.emails},         {"cases", n.cases},
        {"holds", n.holds},           {"contacts", n.contacts},
        {"followups", n.followups},   {"promises", n.promises},
        {"payments", n.payments},     {"survey_responses", n.responses + clientResponses},
        {"complaints", n.complaints}, {"rows", rows}};
    const nlohmann::json details{{"seed", options.seed},
                                 {"options",
                                  {{"agents", options.agents},
                                   {"cases", options.cases},
                                   {"months", options.months},
                                   {"until", options.until.toString(Qt::ISODate).toStdString()}}},
                                 {"counts", counts}};
    AuditLog::append(c, user, QStringLiteral("demo.generate"), QStringLiteral("database"),
                     std::nullopt, details);
    tx.commit();

    result.rows = rows;
    result.cases = n.cases;
    result.contacts = n.contacts;
    result.surveyResponses = n.responses + clientResponses;
    result.complaints = n.complaints;
    result.seconds = double(timer.elapsed()) / 1000.0;
    throttle.report(QStringLiteral("done"), 1, 1, true);
    spdlog::info("demo data written: {} rows in {:.1f} s", rows, result.seconds);
    return result;
}

} // namespace caseloop
