// caseloop-bench caselist --db FILE [--no-scroll]: times the case list THROUGH THE REAL MODEL
// (CaseListModel with its worker threads and read-only connections, run by the bench's
// QCoreApplication event loop, as the view drives it) and prints one JSON object:
//   {"cases": n, "first_paint_ms": x, "search_ms": x, "sort_ms": x, "peak_rss_mb": x, ...}
// first_paint_ms: model created + request set → first page (with "callable now" from the
// contact gate and local times) in the model. search_ms / sort_ms: the slowest request change
// (several searches / every sort order both ways) → its first page in the model; the totals
// arrive later from the count thread (count_ms, search_count_ms). Unless --no-scroll, every
// row of the list is visited top to bottom as a scrolling view asks for it; peak_rss_mb is
// VmHWM of the whole run. gate_page_ms: the batched gate of one 200-row page (core level), beside
// service_gate_page_ms: the same page with ContactCheckService::evaluate per row.

#include "cases/caselistmodel.h"
#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "services/caselistquery.h"
#include "services/contactcheckservice.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

namespace caseloop {

/// Entry point of `caseloop-bench caselist`; @p args are the arguments after "caselist".
int runCaseListBench(const QStringList& args);

namespace {

constexpr int kPage = CaseListModel::defaultPageSize;
constexpr int kVisibleRows = 40; ///< rows a view shows at once
constexpr int kTimeoutMs = 120'000;

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Runs the event loop until @p done() or the timeout; false on timeout.
template<typename Done>
bool waitFor(Done done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > kTimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// Sets @p request and returns the milliseconds until its first page is in the model.
double timeRequest(CaseListModel& model, const CaseListRequest& request)
{
    QElapsedTimer t;
    t.start();
    model.setRequest(request);
    // A view asks for the visible rows as soon as rows exist.
    if (!waitFor([&] { return model.isFirstPageLoaded(); }))
        throw Error(Error::Kind::Busy, QStringLiteral("timeout"), QStringLiteral("no first page"));
    return ms(t);
}

/// Waits for the count of the current request; milliseconds since @p since started.
double waitCount(CaseListModel& model, const QElapsedTimer& since)
{
    if (!waitFor([&] { return model.isCountKnown(); }))
        throw Error(Error::Kind::Busy, QStringLiteral("timeout"), QStringLiteral("no count"));
    return ms(since);
}

} // namespace

int runCaseListBench(const QStringList& args)
{
    QString path;
    bool scroll = true;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QStringLiteral("--no-scroll"))
            scroll = false;
        else {
            std::cerr << "caseloop-bench caselist: unknown option " << args[i].toStdString()
                      << "\nUsage: caseloop-bench caselist --db FILE [--no-scroll]\n";
            return 2;
        }
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::cerr << "caseloop-bench caselist: --db FILE (an existing database) is required\n";
        return 2;
    }
    try {
        nlohmann::json out;
        const UserContext user = UserContext::system(); // sees every case, like a supervisor

        // First paint: a new model (threads, connections) and the default request.
        QElapsedTimer t;
        t.start();
        auto model = std::make_unique<CaseListModel>(path, user);
        model->setRequest(CaseListRequest{});
        if (!waitFor([&] { return model->isFirstPageLoaded(); }))
            throw Error(Error::Kind::Busy, QStringLiteral("timeout"), QStringLiteral("first"));
        out["first_paint_ms"] = ms(t);
        waitFor([&] { return model->isCallKnown(0); });
        out["first_call_now_ms"] = ms(t); // the gate's answers follow the first page
        out["count_ms"] = waitCount(*model, t);
        out["cases"] = model->totalCount();
        const QModelIndex probe = model->index(0, CaseListModel::CallNow);
        out["first_row_call_now"] =
            model->data(probe, CaseListModel::RawValueRole).toString().toStdString();

        auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
        const auto firstOf = [&](const QString& sql) {
            return Query::scalar(*connection, sql).toString();
        };
        // Searches: a reference prefix, a 1-character Chinese surname, a 2-character Chinese
        // name prefix, a Latin name prefix, phone digits in two formats.
        const QString ref = firstOf(QStringLiteral("SELECT ref FROM cases ORDER BY id LIMIT 1 "
                                                   "OFFSET 12345 % (SELECT count(*) FROM cases)"));
        const QString chinese =
            firstOf(QStringLiteral("SELECT full_name FROM debtors WHERE unicode(full_name) > 19967 "
                                   "LIMIT 1 OFFSET 777 % (SELECT count(*) FROM debtors)"));
        const QString latin =
            firstOf(QStringLiteral("SELECT full_name FROM debtors WHERE unicode(full_name) < 128 "
                                   "LIMIT 1 OFFSET 555 % (SELECT count(*) FROM debtors)"));
        const QString phone = firstOf(QStringLiteral(
            "SELECT number FROM debtor_phones WHERE number LIKE '+1%' LIMIT 1 OFFSET 999"));
        const QStringList searches{
            ref.left(ref.size() - 2).toLower(),
            chinese.left(1),
            chinese.left(2),
            latin.left(5),
            QStringLiteral("(%1) %2-%3").arg(phone.mid(2, 3), phone.mid(5, 3), phone.mid(8, 2)),
            phone.mid(2, 7)};
        const char* const searchKinds[] = {"ref_prefix", "chinese_1_char",  "chinese_2_chars",
                                           "latin_5",    "phone_formatted", "phone_digits"};
        double searchMax = 0;
        double searchCountMax = 0;
        nlohmann::json searchDetails = nlohmann::json::array();
        for (qsizetype i = 0; i < searches.size(); ++i) {
            CaseListRequest r;
            r.search = searches[i];
            QElapsedTimer since;
            since.start();
            const double first = timeRequest(*model, r);
            const double counted = waitCount(*model, since);
            searchMax = std::max(searchMax, first);
            searchCountMax = std::max(searchCountMax, counted);
            searchDetails.push_back({{"kind", searchKinds[i]},
                                     {"first_page_ms", first},
                                     {"count_ms", counted},
                                     {"matches", model->totalCount()}});
        }
        out["search_ms"] = searchMax;
        out["search_count_ms"] = searchCountMax;
        out["searches"] = searchDetails;

        // Sorts through the model's sort() (a header click), both directions.
        model->setRequest(CaseListRequest{});
        waitFor([&] { return model->isFirstPageLoaded() && model->isCountKnown(); });
        double sortMax = 0;
        for (const int column : {CaseListModel::Balance, CaseListModel::Status,
                                 CaseListModel::Placed, CaseListModel::Ref}) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                QElapsedTimer since;
                since.start();
                model->sort(column, order);
                if (!waitFor([&] { return model->isFirstPageLoaded(); }))
                    throw Error(Error::Kind::Busy, QStringLiteral("timeout"),
                                QStringLiteral("sort"));
                sortMax = std::max(sortMax, ms(since));
                waitFor([&] { return model->isCountKnown(); });
            }
        }
        out["sort_ms"] = sortMax;

        // Saved filters.
        nlohmann::json filters = nlohmann::json::object();
        const std::pair<CaseListFilter, const char*> filterNames[] = {
            {CaseListFilter::FollowUpsDue, "follow_ups_due"},
            {CaseListFilter::PromisesDue, "promises_due"},
            {CaseListFilter::BrokenPromises, "broken_promises"},
            {CaseListFilter::NeverContacted, "never_contacted"}};
        for (const auto& [filter, name] : filterNames) {
            CaseListRequest r;
            r.filter = filter;
            QElapsedTimer since;
            since.start();
            const double first = timeRequest(*model, r);
            const double counted = waitCount(*model, since);
            filters[name] = {
                {"first_page_ms", first}, {"count_ms", counted}, {"matches", model->totalCount()}};
        }
        out["filters"] = filters;

        // The gate for one page: batched (what the worker runs) against one service call per row.
        {
            CaseListQuery query(*connection, user);
            auto rows = query.page(CaseListRequest{}, std::nullopt, kPage);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QElapsedTimer g;
            g.start();
            query.evaluateCalls(rows, now);
            out["gate_page_ms"] = ms(g);
            g.restart();
            for (const CaseListRow& row : rows)
                ContactCheckService::evaluate(*connection, row.caseId, Channel::Call, now);
            out["service_gate_page_ms"] = ms(g);
        }

        if (scroll) {
            // Top to bottom: a view showing kVisibleRows rows asks for them, one screen after the
            // other, page by page; the model keeps its bounded cache.
            model->setRequest(CaseListRequest{});
            waitFor([&] { return model->isFirstPageLoaded() && model->isCountKnown(); });
            const int rows = model->rowCount();
            double slowest = 0;
            QElapsedTimer total;
            total.start();
            for (int top = 0; top < rows; top += kPage) {
                QElapsedTimer pageTimer;
                pageTimer.start();
                const int last = std::min(rows, top + kVisibleRows) - 1;
                for (int row = top; row <= last; ++row) {
                    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
                        model->data(model->index(row, column));
                }
                if (!waitFor([&] { return model->isRowLoaded(top) && model->isRowLoaded(last); }))
                    throw Error(Error::Kind::Busy, QStringLiteral("timeout"),
                                QStringLiteral("scroll at %1").arg(top));
                for (int row = top; row <= last; ++row) {
                    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
                        model->data(model->index(row, column));
                        model->data(model->index(row, column), Qt::ToolTipRole);
                    }
                }
                slowest = std::max(slowest, ms(pageTimer));
            }
            out["scroll_rows"] = rows;
            out["scroll_s"] = ms(total) / 1000.0;
            out["scroll_slowest_page_ms"] = slowest;
            out["cached_pages"] = model->cachedPageCount();
        }
        model.reset();
        out["peak_rss_mb"] = peakRssMb();
        std::cout << out.dump() << std::endl;
    } catch (const Error& e) {
        std::cerr << "caseloop-bench caselist: " << e.message().toStdString() << " ("
                  << e.details().toStdString() << ")\n";
        return 1;
    }
    return 0;
}

} // namespace caseloop
