// caseloop-cli init (src/cli/initcommand.cpp): create, check, upgrade, and refuse bad files
// without changing them.
#include "cli/clitestsupport.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/schema.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace caseloop::test;

namespace {

QStringList initArgs(const QString& db)
{
    return {u"init"_s, u"--db"_s, db};
}

/// Runs init on a file it must refuse and checks exit 1, a message and unchanged bytes.
void expectRefusedUnchanged(const CliRunner& cli, const QString& db, const QString& expected)
{
    const auto before = fileBytes(db);
    const auto r = cli.run(initArgs(db));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(expected, Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_EQ(fileBytes(db), before) << "init must not change a file it refuses";
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(InitCommand, CreatesANewDatabaseAtTheLatestSchema)
{
    CliRunner cli;
    const QString db = cli.filePath(u"new.db"_s);
    const auto r = cli.run(initArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString latest = QString::number(caseloop::Migrations::latestVersion());
    EXPECT_EQ(r.out.trimmed(), u"Created "_s + db + u" (schema version "_s + latest + u")"_s);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();

    auto c = caseloop::Connection::open({db, caseloop::OpenOptions::Mode::ReadOnly});
    EXPECT_EQ(c->schemaVersion(), caseloop::Migrations::latestVersion());
    for (const QString& table : caseloop::schema::domainTables())
        EXPECT_TRUE(c->tables().contains(table)) << table.toStdString();
}

TEST(InitCommand, LeavesAnUpToDateDatabaseUnchanged)
{
    CliRunner cli;
    const QString db = cli.filePath(u"current.db"_s);
    createCaseLoopDatabase(db);
    const auto before = fileBytes(db);
    const auto r = cli.run(initArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), db + u" is at schema version "_s +
                                   QString::number(caseloop::Migrations::latestVersion()) +
                                   u" (up to date)"_s);
    EXPECT_EQ(fileBytes(db), before);
}

TEST(InitCommand, UpgradesAnOlderCaseLoopFile)
{
    CliRunner cli;
    const QString db = cli.filePath(u"old.db"_s);
    createVersionZeroDatabase(db);
    const auto r = cli.run(initArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Upgraded "_s + db + u" to schema version "_s))
        << r.out.toStdString();
    EXPECT_EQ(countRows(db, u"cases"_s), 0);
}

TEST(InitCommand, InitialisesAnEmptyFileAsANewDatabase)
{
    CliRunner cli;
    const QString db = cli.filePath(u"empty.db"_s);
    writeBytes(db, {});
    const auto r = cli.run(initArgs(db));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Created "_s)) << r.out.toStdString();
    EXPECT_EQ(countRows(db, u"cases"_s), 0);
}

TEST(InitCommand, UsesTheDefaultLocationWithoutDb)
{
    CliRunner cli;
    ASSERT_FALSE(QFile::exists(cli.defaultDatabasePath()));
    const auto r = cli.run({u"init"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(cli.defaultDatabasePath()));
    EXPECT_TRUE(r.out.contains(cli.defaultDatabasePath())) << r.out.toStdString();
}

TEST(InitCommand, RefusesAMissingFolder)
{
    CliRunner cli;
    const QString db = cli.filePath(u"no/such/folder/x.db"_s);
    const auto r = cli.run(initArgs(db));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_FALSE(QDir(cli.filePath(u"no"_s)).exists());
}

TEST(InitCommand, RefusesAFolder)
{
    CliRunner cli;
    const QString folder = cli.filePath(u"afolder"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto r = cli.run(initArgs(folder));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"folder"_s)) << r.err.toStdString();
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST(InitCommand, RefusesCorruptFilesUnchanged)
{
    CliRunner cli;
    const QString random = cli.filePath(u"random.db"_s);
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise.append(static_cast<char>((i * 7919 + 13) % 251));
    writeBytes(random, noise);
    expectRefusedUnchanged(cli, random, u"not a CaseLoop database"_s);

    const QString text = cli.filePath(u"notes.txt"_s);
    writeBytes(text, "This is a shopping list, not a database.\n");
    expectRefusedUnchanged(cli, text, u"not a CaseLoop database"_s);
}

TEST(InitCommand, RefusesAnotherProgramsSqliteFileUnchanged)
{
    CliRunner cli;
    const QString db = cli.filePath(u"foreign.db"_s);
    createForeignSqlite(db);
    expectRefusedUnchanged(cli, db, u"not a CaseLoop database"_s);
    EXPECT_FALSE(QFile::exists(db + u"-wal"_s));
}

TEST(InitCommand, RefusesAReadOnlyFileUnchanged)
{
    CliRunner cli;
    const QString current = cli.filePath(u"ro-current.db"_s);
    createCaseLoopDatabase(current);
    makeReadOnly(current);
    expectRefusedUnchanged(cli, current, u"read-only"_s);

    const QString old = cli.filePath(u"ro-old.db"_s);
    createVersionZeroDatabase(old);
    makeReadOnly(old);
    expectRefusedUnchanged(cli, old, u"read-only"_s);
}

TEST(InitCommand, RefusesANewerSchemaUnchanged)
{
    CliRunner cli;
    const QString db = cli.filePath(u"newer.db"_s);
    createNewerSchemaDatabase(db);
    expectRefusedUnchanged(cli, db, u"newer version"_s);
}

} // namespace
