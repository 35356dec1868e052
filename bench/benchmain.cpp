// caseloop-bench: `caseloop-bench demo|caselist|gate ...`; `caseloop-bench demo --cases N [--agents
// A] [--seed S] [--months M] [--db FILE]` fills a new database with the demo generator and prints
// one JSON object with the figures.

#include "db/connection.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace caseloop;

namespace {

const char* const usage =
    "Usage: caseloop-bench demo --cases N [--agents A] [--seed S] [--months M] [--until DATE]\n"
    "                           [--db FILE] [--progress]\n"
    "\n"
    "Runs the demo-data generator into a new database (a temporary file unless --db names a\n"
    "file that does not exist yet) and prints one JSON object on stdout:\n"
    "  {\"cases\": n, \"rows\": n, \"rows_per_s\": x, \"db_mb\": x, \"seconds\": x, \"contacts\": "
    "n}\n"
    "Defaults: --agents 500, --seed 1, --months 12, --until 2026-06-30.\n"
    "--progress prints the generator's progress on stderr.\n"
    "\n"
    "       caseloop-bench caselist --db FILE [--no-scroll]\n"
    "Times the work queue's query on an existing database: first page, searches, sort changes,\n"
    "a scroll through every page; prints {\"cases\", \"first_paint_ms\", \"search_ms\",\n"
    "\"sort_ms\", \"peak_rss_mb\"}.\n"
    "\n"
    "       caseloop-bench gate\n"
    "Contact-gate decisions per second on one core for a case with a 30-day history;\n"
    "prints {\"decisions_per_s\": x, ...}.\n";

int fail(const std::string& message)
{
    std::cerr << "caseloop-bench: " << message << "\n";
    return 2;
}

std::optional<qint64> number(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < low || v > high)
        return std::nullopt;
    return v;
}

} // namespace

namespace caseloop {
int runCaseListBench(const QStringList& args);
int runGateBench(const QStringList& args);
} // namespace caseloop

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_default_logger(spdlog::stderr_color_mt("bench"));
    spdlog::set_level(spdlog::level::warn);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        std::cout << usage;
        return args.isEmpty() ? 2 : 0;
    }
    const QString benchmark = args.takeFirst();
    if (benchmark == QStringLiteral("caselist"))
        return caseloop::runCaseListBench(args);
    if (benchmark == QStringLiteral("gate"))
        return caseloop::runGateBench(args);
    if (benchmark != QStringLiteral("demo"))
        return fail("unknown benchmark; try --help");

    DemoOptions options;
    options.agents = 500;
    options.cases = -1;
    options.until = QDate(2026, 6, 30);
    QString dbPath;
    bool showProgress = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QStringLiteral("--progress")) {
            showProgress = true;
            continue;
        }
        if (i + 1 >= args.size())
            return fail("missing value after " + a.toStdString());
        const QString& v = args[++i];
        std::optional<qint64> n;
        if (a == QStringLiteral("--cases") && (n = number(v, 0, DemoOptions::maxCases)))
            options.cases = int(*n);
        else if (a == QStringLiteral("--agents") && (n = number(v, 1, DemoOptions::maxAgents)))
            options.agents = int(*n);
        else if (a == QStringLiteral("--months") && (n = number(v, 1, DemoOptions::maxMonths)))
            options.months = int(*n);
        else if (a == QStringLiteral("--seed") &&
                 (n = number(v, 0, std::numeric_limits<qint64>::max())))
            options.seed = quint64(*n);
        else if (a == QStringLiteral("--until") && QDate::fromString(v, Qt::ISODate).isValid())
            options.until = QDate::fromString(v, Qt::ISODate);
        else if (a == QStringLiteral("--db"))
            dbPath = v;
        else
            return fail("bad option or value: " + a.toStdString() + " " + v.toStdString());
    }
    if (options.cases < 0)
        return fail("--cases N is required");

    QTemporaryDir tmp;
    if (dbPath.isEmpty()) {
        if (!tmp.isValid())
            return fail("cannot create a temporary folder");
        dbPath = tmp.filePath(QStringLiteral("bench.db"));
    } else if (QFileInfo::exists(dbPath)) {
        return fail("the file given with --db already exists; the benchmark needs a new file");
    }

    try {
        auto connection = Connection::open(OpenOptions{dbPath, OpenOptions::Mode::Create});
        DemoGenerator::ProgressFn progress;
        if (showProgress) {
            progress = [start = std::chrono::steady_clock::now()](const DemoProgress& p) {
                const double s =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                std::fprintf(stderr, "%7.2fs %-12s %lld / %lld\n", s, p.phase.toUtf8().constData(),
                             static_cast<long long>(p.done), static_cast<long long>(p.total));
            };
        }
        const DemoResult result =
            DemoGenerator::generate(*connection, UserContext::system(), options, progress);
        connection.reset(); // the last connection closing checkpoints and removes the WAL
        qint64 bytes = QFileInfo(dbPath).size();
        const QString wal = dbPath + QStringLiteral("-wal");
        if (QFileInfo::exists(wal))
            bytes += QFileInfo(wal).size();
        const nlohmann::json out{
            {"cases", result.cases},
            {"rows", result.rows},
            {"rows_per_s", result.seconds > 0 ? double(result.rows) / result.seconds : 0.0},
            {"db_mb", double(bytes) / (1024.0 * 1024.0)},
            {"seconds", result.seconds},
            {"contacts", result.contacts}};
        std::cout << out.dump() << std::endl;
    } catch (const Error& e) {
        return fail(e.message().toStdString() + (e.details().isEmpty()
                                                     ? std::string()
                                                     : " (" + e.details().toStdString() + ")"));
    }
    return 0;
}
