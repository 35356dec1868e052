// caseloop-cli info (src/cli/infocommand.cpp): read-only report as text or JSON, --out, and
// clear refusals that never create or change a file.
#include "cli/clitestsupport.h"
#include "db/migrations.h"
#include "db/schema.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace caseloop::test;

namespace {

QStringList infoArgs(const QString& db, const QStringList& more = {})
{
    return QStringList{u"info"_s, u"--db"_s, db} + more;
}

void expectRefusedUnchanged(const CliRunner& cli, const QString& db, const QString& expected)
{
    const auto before = fileBytes(db);
    const auto r = cli.run(infoArgs(db, {u"--format"_s, u"json"_s}));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(expected, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(fileBytes(db), before);
}

TEST(InfoCommand, JsonReportsVersionsAndTheRowCountOfEveryTable)
{
    CliRunner cli;
    const QString db = cli.filePath(u"info.db"_s);
    createCaseLoopDatabase(db);
    const auto r = cli.run(infoArgs(db, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto json = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(json.at("path").get<std::string>(), db.toStdString());
    EXPECT_EQ(json.at("dialect").get<std::string>(), "sqlite");
    EXPECT_EQ(json.at("schema_version").get<int>(), caseloop::Migrations::latestVersion());
    EXPECT_EQ(json.at("latest_schema_version").get<int>(), caseloop::Migrations::latestVersion());
    const auto& tables = json.at("tables");
    const QStringList expected = caseloop::schema::domainTables();
    ASSERT_EQ(tables.size(), static_cast<size_t>(expected.size()));
    for (const QString& table : expected) {
        ASSERT_TRUE(tables.contains(table.toStdString())) << table.toStdString();
        EXPECT_EQ(tables.at(table.toStdString()).get<qint64>(), countRows(db, table))
            << table.toStdString();
    }
    // Reference data from the migration, so a count that is always zero would show.
    EXPECT_GT(tables.at("outcome_codes").get<qint64>(), 0);
    // Pretty-printed: one key per line.
    EXPECT_GT(r.out.count(u'\n'), expected.size());
}

TEST(InfoCommand, TextIsAnAlignedTable)
{
    CliRunner cli;
    const QString db = cli.filePath(u"text.db"_s);
    createCaseLoopDatabase(db);
    const auto r = cli.run(infoArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString latest = QString::number(caseloop::Migrations::latestVersion());
    EXPECT_TRUE(r.out.contains(u"Schema version  "_s + latest + u" (latest supported: "_s + latest +
                               u")"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"sqlite"_s));
    EXPECT_TRUE(r.out.contains(db));

    // Every table row ends its count in the same column as the "Rows" header.
    const QStringList lines = r.out.split(u'\n');
    qsizetype headerEnd = -1;
    int tableRows = 0;
    for (const QString& line : lines) {
        if (line.startsWith(u"Table"_s))
            headerEnd = line.size();
        const QString table = line.section(u' ', 0, 0);
        if (headerEnd > 0 && caseloop::schema::domainTables().contains(table)) {
            ++tableRows;
            EXPECT_EQ(line.size(), headerEnd) << line.toStdString();
            EXPECT_EQ(line.section(u' ', -1).toLongLong(), countRows(db, table))
                << line.toStdString();
        }
    }
    EXPECT_EQ(tableRows, caseloop::schema::domainTables().size());
}

TEST(InfoCommand, WritesToOutFileInsteadOfStdout)
{
    CliRunner cli;
    const QString db = cli.filePath(u"out.db"_s);
    const QString out = cli.filePath(u"report.json"_s);
    createCaseLoopDatabase(db);
    const auto r = cli.run(infoArgs(db, {u"--format=json"_s, u"--out"_s, out}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const auto written = fileBytes(out);
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(nlohmann::json::parse(written->toStdString()).at("schema_version").get<int>(),
              caseloop::Migrations::latestVersion());
}

TEST(InfoCommand, FailedRunLeavesAnExistingOutFileAlone)
{
    CliRunner cli;
    const QString out = cli.filePath(u"keep.txt"_s);
    writeBytes(out, "previous report\n");
    const auto r = cli.run(infoArgs(cli.filePath(u"missing.db"_s), {u"--out"_s, out}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(fileBytes(out), QByteArray("previous report\n"));

    const auto intoMissingFolder =
        cli.run(infoArgs(cli.filePath(u"missing.db"_s), {u"--out"_s, cli.filePath(u"no/x.txt"_s)}));
    EXPECT_EQ(intoMissingFolder.exitCode, 1);
    EXPECT_TRUE(intoMissingFolder.err.contains(u"does not exist"_s));
}

TEST(InfoCommand, RefusesToWriteOutputOverTheDatabase)
{
    CliRunner cli;
    const QString db = cli.filePath(u"self.db"_s);
    createCaseLoopDatabase(db);
    const auto before = fileBytes(db);
    const auto r = cli.run(infoArgs(db, {u"--out"_s, db}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--out"_s)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(db), before);
}

TEST(InfoCommand, UnknownFormatIsAUsageError)
{
    CliRunner cli;
    const QString db = cli.filePath(u"fmt.db"_s);
    createCaseLoopDatabase(db);
    const auto r = cli.run(infoArgs(db, {u"--format"_s, u"xml"_s}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--format"_s) && r.err.contains(u"xml"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Try 'caseloop-cli info --help'."_s));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(InfoCommand, MissingFileIsReportedAndNotCreated)
{
    CliRunner cli;
    const QString db = cli.filePath(u"absent.db"_s);
    const auto r = cli.run(infoArgs(db));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"caseloop-cli init"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_FALSE(QFile::exists(db + u"-wal"_s));

    // Without --db: the default location is not created either.
    const auto byDefault = cli.run({u"info"_s});
    EXPECT_EQ(byDefault.exitCode, 1);
    EXPECT_FALSE(QFile::exists(cli.defaultDatabasePath()));
}

TEST(InfoCommand, RefusesAFolderCorruptFilesAndForeignSqlite)
{
    CliRunner cli;
    const QString folder = cli.filePath(u"dir.db"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto r = cli.run(infoArgs(folder));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"folder"_s)) << r.err.toStdString();

    const QString text = cli.filePath(u"text.db"_s);
    writeBytes(text, "id,name\n1,not a database\n");
    expectRefusedUnchanged(cli, text, u"not a CaseLoop database"_s);

    const QString foreign = cli.filePath(u"foreign.db"_s);
    createForeignSqlite(foreign);
    expectRefusedUnchanged(cli, foreign, u"not a CaseLoop database"_s);
}

TEST(InfoCommand, RefusesANewerSchemaUnchanged)
{
    CliRunner cli;
    const QString db = cli.filePath(u"newer.db"_s);
    createNewerSchemaDatabase(db);
    expectRefusedUnchanged(cli, db, u"newer version"_s);
}

TEST(InfoCommand, WorksOnAReadOnlyFileWithoutChangingIt)
{
    CliRunner cli;
    const QString db = cli.filePath(u"ro.db"_s);
    createCaseLoopDatabase(db);
    makeReadOnly(db);
    const auto before = fileBytes(db);
    const auto r = cli.run(infoArgs(db, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(nlohmann::json::parse(r.out.toStdString()).at("tables").at("cases").get<qint64>(), 0);
    EXPECT_EQ(fileBytes(db), before);
}

} // namespace
