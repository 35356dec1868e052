// caseloop-cli demo (src/cli/democommand.cpp): strict argument checks, a small deterministic
// run whose counts `info` reports, the terminal progress line, and refusals that leave files
// unchanged.
#include "cli/clitestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace caseloop::test;

namespace {

const QStringList kSmallDemo{u"--agents"_s, u"5"_s,         u"--cases"_s, u"50"_s,
                             u"--months"_s, u"2"_s,         u"--seed"_s,  u"3"_s,
                             u"--until"_s,  u"2026-06-30"_s};

QStringList demoArgs(const QString& db, const QStringList& options = kSmallDemo)
{
    return QStringList{u"demo"_s, u"--db"_s, db} + options;
}

struct Summary {
    qint64 rows = -1;
    qint64 cases = -1;
    qint64 contacts = -1;
};

/// Reads "Wrote 1,234 rows (50 cases, 678 contacts) to FILE in 0.4 s."
Summary parseSummary(const QString& out)
{
    static const QRegularExpression re(
        u"^Wrote ([\\d,]+) rows \\(([\\d,]+) cases, ([\\d,]+) contacts\\) to .+ in [\\d.]+ s\\.$"_s,
        QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    Summary s;
    if (!m.hasMatch())
        return s;
    auto number = [&](int i) { return m.captured(i).remove(u',').toLongLong(); };
    s.rows = number(1);
    s.cases = number(2);
    s.contacts = number(3);
    return s;
}

nlohmann::json infoJson(const CliRunner& cli, const QString& db)
{
    const auto r = cli.run({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return nlohmann::json::parse(r.out.toStdString());
}

void expectRefusedUnchanged(const CliRunner& cli, const QString& db, const QString& expected)
{
    const auto before = fileBytes(db);
    const auto r = cli.run(demoArgs(db));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(expected, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(db), before) << "demo must not change a file it refuses";
}

TEST(DemoCommand, SmallRunProducesWhatInfoReports)
{
    CliRunner cli;
    const QString db = cli.filePath(u"demo.db"_s);
    const auto r = cli.run(demoArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // stderr is not a terminal here: no progress line, no other noise.
    EXPECT_FALSE(r.err.contains(u'\r')) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();

    const Summary s = parseSummary(r.out);
    ASSERT_GE(s.rows, 0) << "no summary line in: " << r.out.toStdString();
    EXPECT_EQ(s.cases, 50);
    EXPECT_GT(s.contacts, 0);

    const auto json = infoJson(cli, db);
    const auto& tables = json.at("tables");
    EXPECT_EQ(tables.at("cases").get<qint64>(), 50);
    EXPECT_EQ(tables.at("contacts").get<qint64>(), s.contacts);
    EXPECT_GE(tables.at("users").get<qint64>(), 5);
    qint64 total = 0;
    for (const auto& [table, rows] : tables.items())
        total += rows.get<qint64>();
    EXPECT_GE(total, s.rows) << "every row the summary counts is in the database";
}

TEST(DemoCommand, SameOptionsGiveTheSameCounts)
{
    CliRunner cli;
    const QString a = cli.filePath(u"a.db"_s);
    const QString b = cli.filePath(u"b.db"_s);
    const auto ra = cli.run(demoArgs(a));
    const auto rb = cli.run(demoArgs(b));
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    EXPECT_EQ(infoJson(cli, a).at("tables"), infoJson(cli, b).at("tables"));
}

TEST(DemoCommand, RefusesADatabaseThatAlreadyHoldsDataUnchanged)
{
    CliRunner cli;
    const QString db = cli.filePath(u"full.db"_s);
    ASSERT_EQ(cli.run(demoArgs(db)).exitCode, 0);
    const auto before = fileBytes(db);
    const auto r = cli.run(demoArgs(db, {u"--agents"_s, u"2"_s, u"--cases"_s, u"5"_s}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
    EXPECT_GT(r.err.size(), QStringLiteral("caseloop-cli: error: \n").size());
    EXPECT_EQ(fileBytes(db), before);
    EXPECT_EQ(infoJson(cli, db).at("tables").at("cases").get<qint64>(), 50);
}

TEST(DemoCommand, ShowsAndClearsAProgressLineOnATerminal)
{
    CliRunner cli;
    const QString db = cli.filePath(u"tty.db"_s);
    const auto r = cli.runOnTerminal(demoArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString erase = u"\r\x1b[K"_s;
    // At least one "<phase> <done>/<total> (<n>%)  <t> s" frame, and the line erased at the end.
    static const QRegularExpression frame(
        u"\r\x1b\\[K[a-z_ ]+ [\\d,]+(/[\\d,]+ \\(\\d+%\\))?  [\\d.]+ s"_s);
    EXPECT_TRUE(frame.match(r.err).hasMatch()) << r.err.toStdString();
    EXPECT_TRUE(r.err.endsWith(erase)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u'\n')) << "a single updating line, not a scrolling log";
    EXPECT_GT(parseSummary(r.out).cases, 0) << r.out.toStdString();
}

TEST(DemoCommand, InterruptedRunRemovesTheDatabaseItCreated)
{
    CliRunner cli;
    const QString db = cli.filePath(u"interrupted.db"_s);
    // Large enough to be still running when interrupted, even in a release build.
    auto process = cli.start(demoArgs(db, {u"--agents"_s, u"50"_s, u"--cases"_s, u"2000000"_s}));
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(db) && timer.elapsed() < 30000)
        QThread::msleep(10);
    ASSERT_TRUE(QFile::exists(db)) << "demo did not create the file";
    QThread::msleep(300); // let generation start
    ASSERT_EQ(process->state(), QProcess::Running);
    process->terminate(); // SIGTERM; Ctrl-C (SIGINT) takes the same path
    ASSERT_TRUE(process->waitForFinished(30000));
    EXPECT_EQ(process->exitStatus(), QProcess::CrashExit) << "ends by the signal";
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_FALSE(QFile::exists(db + u"-wal"_s));
    EXPECT_FALSE(QFile::exists(db + u"-journal"_s));
}

TEST(DemoCommand, InterruptedRunKeepsAnExistingDatabase)
{
    CliRunner cli;
    const QString db = cli.filePath(u"kept.db"_s);
    createCaseLoopDatabase(db);
    auto process = cli.start(demoArgs(db, {u"--agents"_s, u"50"_s, u"--cases"_s, u"2000000"_s}));
    QThread::msleep(500);
    process->terminate();
    ASSERT_TRUE(process->waitForFinished(30000));
    EXPECT_TRUE(QFile::exists(db)) << "only a file the run created itself is removed";
}

struct BadArgument {
    const char* option;
    const char* value;
};

TEST(DemoCommand, RejectsBadNumbersAndDatesNamingTheArgument)
{
    const BadArgument bad[] = {
        {"--agents", "abc"},
        {"--agents", "0"},
        {"--agents", "10001"},
        {"--agents", "2.5"},
        {"--agents", " 5"},
        {"--agents", "+5"},
        {"--agents", ""},
        {"--cases", "-1"},
        {"--cases", "10000001"},
        {"--cases", "1e3"},
        {"--months", "0"},
        {"--months", "61"},
        {"--seed", "-1"},
        {"--seed", "9223372036854775809"},
        {"--seed", "99999999999999999999"},
        {"--seed", "0x10"},
        {"--until", "2026-02-30"},
        {"--until", "30.06.2026"},
        {"--until", "2026-6-1"},
    };
    CliRunner cli;
    const QString db = cli.filePath(u"bad.db"_s);
    for (const BadArgument& b : bad) {
        const QString option = QString::fromLatin1(b.option);
        const auto r =
            cli.run(demoArgs(db, {u"--cases"_s, u"1"_s, option, QString::fromLatin1(b.value)}));
        EXPECT_EQ(r.exitCode, 2) << b.option << " " << b.value;
        EXPECT_TRUE(r.err.contains(option + u": "_s))
            << b.option << " " << b.value << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"Try 'caseloop-cli demo --help'."_s)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(db)) << "a usage error must not create the database";
    }
}

TEST(DemoCommand, AcceptsTheEdgesOfEveryRange)
{
    CliRunner cli;
    const QString db = cli.filePath(u"edge.db"_s);
    const auto r = cli.run(
        demoArgs(db, {u"--agents"_s, u"1"_s, u"--cases"_s, u"0"_s, u"--months"_s, u"60"_s,
                      u"--seed"_s, u"9223372036854775808"_s, u"--until"_s, u"2026-06-30"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(parseSummary(r.out).cases, 0) << r.out.toStdString();
    EXPECT_EQ(infoJson(cli, db).at("tables").at("cases").get<qint64>(), 0);
}

TEST(DemoCommand, RefusesAMissingFolder)
{
    CliRunner cli;
    const QString db = cli.filePath(u"nowhere/demo.db"_s);
    const auto r = cli.run(demoArgs(db));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
}

TEST(DemoCommand, RefusesReadOnlyCorruptForeignAndNewerFilesUnchanged)
{
    CliRunner cli;
    const QString readOnly = cli.filePath(u"ro.db"_s);
    createCaseLoopDatabase(readOnly);
    makeReadOnly(readOnly);
    expectRefusedUnchanged(cli, readOnly, u"read-only"_s);

    const QString corrupt = cli.filePath(u"corrupt.db"_s);
    writeBytes(corrupt, QByteArray(3000, '\x07') + "tail");
    expectRefusedUnchanged(cli, corrupt, u"not a CaseLoop database"_s);

    const QString foreign = cli.filePath(u"foreign.db"_s);
    createForeignSqlite(foreign);
    expectRefusedUnchanged(cli, foreign, u"not a CaseLoop database"_s);

    const QString newer = cli.filePath(u"newer.db"_s);
    createNewerSchemaDatabase(newer);
    expectRefusedUnchanged(cli, newer, u"newer version"_s);
}

} // namespace
