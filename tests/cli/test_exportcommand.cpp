// caseloop-cli export (src/cli/exportcommand.cpp): raw records as CSV/JSON through the real
// binary, --out written atomically, clear usage errors that leave files alone.
#include "cli/clitestsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace caseloop::test;

namespace {

/// One small demo database shared by the tests of this file (made once through the CLI).
class ExportCommand : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_cli = new CliRunner;
        s_db = s_cli->filePath(u"export.db"_s);
        const auto r = s_cli->run({u"demo"_s, u"--db"_s, s_db, u"--agents"_s, u"3"_s, u"--cases"_s,
                                   u"60"_s, u"--seed"_s, u"5"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    static CliResult exportRun(const QStringList& more)
    {
        return s_cli->run(QStringList{u"export"_s, u"--db"_s, s_db} + more);
    }

    static CliRunner* s_cli;
    static QString s_db;
};

CliRunner* ExportCommand::s_cli = nullptr;
QString ExportCommand::s_db;

} // namespace

TEST_F(ExportCommand, ContactsCsvHasOneRowPerContact)
{
    const auto r = exportRun({u"contacts"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), u"contact_id,case_ref,agent_login,team,channel,direction,"
                             "started_at,ended_at,outcome,rpc"_s);
    EXPECT_EQ(lines.size() - 1, countRows(s_db, u"contacts"_s));
}

TEST_F(ExportCommand, PeriodSelectsASubsetAndJsonMatchesCsv)
{
    const QStringList period{u"--from"_s,     u"2026-09-01"_s,  u"--to"_s,
                             u"2026-10-01"_s, u"--time-zone"_s, u"UTC"_s};
    const auto csv = exportRun(QStringList{u"contacts"_s} + period);
    const auto json = exportRun(QStringList{u"contacts"_s, u"--format"_s, u"json"_s} + period);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto rows = nlohmann::json::parse(json.out.toStdString());
    const qsizetype csvRows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size() - 1;
    EXPECT_EQ(qsizetype(rows.size()), csvRows);
    EXPECT_LT(csvRows, countRows(s_db, u"contacts"_s));
    for (const auto& row : rows) {
        const std::string at = row["started_at"];
        EXPECT_GE(at, "2026-09-01T00:00:00Z");
        EXPECT_LT(at, "2026-10-01T00:00:00Z");
        EXPECT_EQ(at.back(), 'Z');
    }
}

TEST_F(ExportCommand, PromisesAndPaymentsToFileWithBom)
{
    const QString out = s_cli->filePath(u"promises.csv"_s);
    const auto r = exportRun({u"promises"_s, u"--out"_s, out, u"--bom"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto bytes = fileBytes(out);
    ASSERT_TRUE(bytes);
    EXPECT_TRUE(bytes->startsWith("\xEF\xBB\xBFpromise_id,case_ref,agent_login,amount_minor,"));
    const auto payments = exportRun({u"payments"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(payments.exitCode, 0);
    EXPECT_EQ(qint64(nlohmann::json::parse(payments.out.toStdString()).size()),
              countRows(s_db, u"payments"_s));
}

TEST_F(ExportCommand, BadArgumentsExitWithUsageAndKeepTheOutputFile)
{
    const QString out = s_cli->filePath(u"keep.csv"_s);
    writeBytes(out, "old content");
    const QList<QStringList> bad{
        {u"debtors"_s, u"--out"_s, out},
        {u"--out"_s, out},
        {u"contacts"_s, u"--from"_s, u"2026-02-30"_s, u"--out"_s, out},
        {u"contacts"_s, u"--from"_s, u"2026-05-01"_s, u"--to"_s, u"2026-04-01"_s, u"--out"_s, out},
        {u"contacts"_s, u"--format"_s, u"xml"_s, u"--out"_s, out},
        {u"contacts"_s, u"--format"_s, u"json"_s, u"--bom"_s, u"--out"_s, out},
        {u"contacts"_s, u"--time-zone"_s, u"Mars/Base"_s, u"--out"_s, out},
    };
    for (const QStringList& args : bad) {
        const auto r = exportRun(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
        EXPECT_EQ(fileBytes(out), QByteArray("old content"));
    }
}

TEST_F(ExportCommand, NotesNeedAnAllowedUser)
{
    const auto agent = exportRun({u"contacts"_s, u"--include-text"_s, u"--user"_s, u"agent001"_s});
    EXPECT_EQ(agent.exitCode, 1);
    EXPECT_TRUE(agent.err.contains(u"--include-text"_s)) << agent.err.toStdString();
    EXPECT_TRUE(agent.out.isEmpty());
    const auto supervisor =
        exportRun({u"contacts"_s, u"--include-text"_s, u"--user"_s, u"sup01"_s});
    ASSERT_EQ(supervisor.exitCode, 0) << supervisor.err.toStdString();
    EXPECT_TRUE(supervisor.out.startsWith(u"contact_id,"_s));
    EXPECT_TRUE(supervisor.out.section(u"\r\n"_s, 0, 0).endsWith(u",rpc,notes"_s));
    const auto nobody = exportRun({u"contacts"_s, u"--user"_s, u"nobody"_s});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_TRUE(nobody.err.contains(u"nobody"_s));
}

TEST_F(ExportCommand, MissingDatabaseIsNotCreated)
{
    const QString missing = s_cli->filePath(u"missing.db"_s);
    const auto r = s_cli->run({u"export"_s, u"contacts"_s, u"--db"_s, missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(fileBytes(missing));
}
