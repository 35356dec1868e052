// caseloop-bench caselist --db FILE [--no-scroll]: times the case-list queries the GUI runs
// (core level: CaseListQuery through its own read-only connection, like the list's workers)
// and prints one JSON object:
//   {"cases": n, "first_paint_ms": x, "search_ms": x, "sort_ms": x, "peak_rss_mb": x, ...}
// first_paint_ms: open a connection + first page of 200 rows (default order, by reference).
// search_ms / sort_ms: the slowest first page over several searches / sort orders (what the
// user waits for before the list changes). The count runs on its own thread in the GUI and is
// reported separately (count_ms...). Unless --no-scroll, every page of the whole list is read
// in order with a bounded window of pages, as scrolling top to bottom does; peak_rss_mb is
// VmHWM of the whole run.

#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "services/caselistquery.h"
#include "usercontext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <deque>
#include <iostream>
#include <nlohmann/json.hpp>

namespace caseloop {

/// Entry point of `caseloop-bench caselist`; @p args are the arguments after "caselist".
int runCaseListBench(const QStringList& args);

namespace {

constexpr int kPage = 200;

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
        QElapsedTimer t;
        t.start();
        auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
        CaseListQuery query(*connection, user);
        auto rows = query.page(CaseListRequest{}, std::nullopt, kPage);
        out["first_paint_ms"] = ms(t);
        t.restart();
        const qint64 cases = query.count(CaseListRequest{});
        out["count_ms"] = ms(t);
        out["cases"] = cases;

        // Search: a reference prefix, a Chinese surname, a two-character Chinese name prefix,
        // a Latin name prefix, phone digits in two formats.
        const auto firstOf = [&](const QString& sql) {
            return Query::scalar(*connection, sql).toString();
        };
        const QString ref = firstOf(QStringLiteral("SELECT ref FROM cases ORDER BY id LIMIT 1 "
                                                   "OFFSET 12345"));
        const QString chinese = firstOf(QStringLiteral(
            "SELECT full_name FROM debtors WHERE unicode(full_name) > 19967 LIMIT 1 OFFSET 777"));
        const QString latin = firstOf(QStringLiteral(
            "SELECT full_name FROM debtors WHERE unicode(full_name) < 128 LIMIT 1 OFFSET 555"));
        const QString phone = firstOf(QStringLiteral(
            "SELECT number FROM debtor_phones WHERE number LIKE '+1%' LIMIT 1 OFFSET 999"));
        const QStringList searches{
            ref.left(ref.size() - 2).toLower(),
            chinese.left(1),
            chinese.left(2),
            latin.left(5),
            QStringLiteral("(%1) %2-%3").arg(phone.mid(2, 3), phone.mid(5, 3), phone.mid(8, 2)),
            phone.mid(2, 7)};
        double searchMax = 0;
        double searchCountMax = 0;
        nlohmann::json searchDetails = nlohmann::json::array();
        for (const QString& s : searches) {
            CaseListRequest r;
            r.search = s;
            t.restart();
            rows = query.page(r, std::nullopt, kPage);
            const double first = ms(t);
            t.restart();
            const qint64 n = query.count(r);
            const double counted = ms(t);
            searchMax = std::max(searchMax, first);
            searchCountMax = std::max(searchCountMax, counted);
            searchDetails.push_back({{"kind", searchDetails.size()},
                                     {"first_page_ms", first},
                                     {"count_ms", counted},
                                     {"matches", n}});
        }
        out["search_ms"] = searchMax;
        out["search_count_ms"] = searchCountMax;
        out["searches"] = searchDetails;

        // Sorts, both directions; and the saved filters.
        double sortMax = 0;
        for (const CaseListSort sort :
             {CaseListSort::Ref, CaseListSort::Balance, CaseListSort::Status,
              CaseListSort::PlacedDate, CaseListSort::Updated}) {
            for (const bool descending : {false, true}) {
                CaseListRequest r;
                r.sort = sort;
                r.descending = descending;
                t.restart();
                rows = query.page(r, std::nullopt, kPage);
                sortMax = std::max(sortMax, ms(t));
            }
        }
        out["sort_ms"] = sortMax;
        nlohmann::json filters = nlohmann::json::object();
        const std::pair<CaseListFilter, const char*> filterNames[] = {
            {CaseListFilter::FollowUpsDue, "follow_ups_due"},
            {CaseListFilter::PromisesDue, "promises_due"},
            {CaseListFilter::BrokenPromises, "broken_promises"},
            {CaseListFilter::NeverContacted, "never_contacted"}};
        for (const auto& [filter, name] : filterNames) {
            CaseListRequest r;
            r.filter = filter;
            t.restart();
            rows = query.page(r, std::nullopt, kPage);
            const double first = ms(t);
            t.restart();
            const qint64 n = query.count(r);
            filters[name] = {{"first_page_ms", first}, {"count_ms", ms(t)}, {"matches", n}};
        }
        out["filters"] = filters;

        // An agent's own list (the common case for agents).
        const qint64 agent =
            Query::scalar(*connection, QStringLiteral("SELECT agent_id FROM cases WHERE agent_id "
                                                      "IS NOT NULL LIMIT 1"))
                .toLongLong();
        {
            CaseListQuery agentQuery(*connection,
                                     UserContext{agent, QStringLiteral("agent"), Role::Agent, {}});
            CaseListRequest r;
            r.sort = CaseListSort::Balance;
            r.descending = true;
            t.restart();
            rows = agentQuery.page(r, std::nullopt, kPage);
            out["agent_first_page_ms"] = ms(t);
            t.restart();
            out["agent_cases"] = agentQuery.count(r);
            out["agent_count_ms"] = ms(t);
        }

        // Jump to the middle: key of the row before the page, then the page.
        t.restart();
        const auto key = query.keyAt(CaseListRequest{}, std::nullopt, cases / 2 - 1);
        rows = query.page(CaseListRequest{}, key, kPage);
        out["jump_middle_ms"] = ms(t);

        if (scroll) {
            // Top to bottom with a window of 20 pages, as the model's cache keeps.
            std::deque<std::vector<CaseListRow>> window;
            std::optional<CaseListKey> after;
            qint64 seen = 0;
            double slowest = 0;
            t.restart();
            for (;;) {
                QElapsedTimer pageTimer;
                pageTimer.start();
                auto page = query.page(CaseListRequest{}, after, kPage);
                slowest = std::max(slowest, ms(pageTimer));
                seen += qint64(page.size());
                if (int(page.size()) < kPage)
                    break;
                after = page.back().key;
                window.push_back(std::move(page));
                if (window.size() > 20)
                    window.pop_front();
            }
            out["scroll_rows"] = seen;
            out["scroll_s"] = ms(t) / 1000.0;
            out["scroll_slowest_page_ms"] = slowest;
        }
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
