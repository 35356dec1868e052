#include "db/connection.h"
#include "db/migrations.h"
#include "db/query.h"
#include "db/schema.h"
#include "error.h"
#include "support/testdb.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace caseloop;
using Mode = OpenOptions::Mode;

TEST(Migrations, FreshDatabaseReachesLatestVersionWithAllTables)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    const QStringList tables = c->tables();
    for (const QString& t : schema::domainTables())
        EXPECT_TRUE(tables.contains(t)) << t.toStdString();
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("PRAGMA application_id")).toInt(),
              Dialect::applicationId);
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_GT(Query::scalar(*c, QStringLiteral("SELECT count(*) FROM outcome_codes")).toInt(), 10);
}

TEST(Migrations, ReopeningIsIdempotent)
{
    test::TempDatabase tmp;
    tmp.open().reset();
    auto c = tmp.open(Mode::ReadWrite);
    EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    c.reset();
    auto again = tmp.open(Mode::ReadWrite);
    EXPECT_EQ(again->schemaVersion(), Migrations::latestVersion());
    // Reference rows are inserted once, not per open.
    EXPECT_EQ(Query::scalar(*again, QStringLiteral("SELECT count(*) FROM outcome_codes WHERE "
                                                   "code = 'answered'"))
                  .toInt(),
              1);
}

TEST(Migrations, UpgradesAnOlderFileStepByStep)
{
    test::TempDatabase tmp;
    {
        // A file as an older CaseLoop left it: marked, but at version 0 with no tables.
        auto c = tmp.open();
        EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    }
    // Version 0 -> latest on a file that only carries the header.
    QFile::remove(tmp.path());
    QFile::remove(tmp.path() + QStringLiteral("-wal"));
    QFile::remove(tmp.path() + QStringLiteral("-shm"));
    {
        auto c = Connection::open(OpenOptions{tmp.path(), Mode::Create});
        EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
        Migrations::migrate(*c); // no-op at latest
        EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    }
}

TEST(Migrations, RefusesNewerSchemaAndChangesNothing)
{
    test::TempDatabase tmp;
    {
        auto c = tmp.open();
        Query::run(*c, c->dialect().writeSchemaVersion(Migrations::latestVersion() + 5));
        Query::run(*c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = test::readFile(tmp.path());
    try {
        tmp.open(Mode::ReadWrite);
        FAIL() << "a newer schema must be refused";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NewerSchema);
        EXPECT_TRUE(e.message().contains(QStringLiteral("newer version")));
    }
    EXPECT_EQ(test::readFile(tmp.path()), before);
}

TEST(Migrations, FailedStepLeavesFileAtPreviousVersion)
{
    test::TempDatabase tmp;
    {
        auto c = Connection::open(OpenOptions{tmp.path(), Mode::Create});
        EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    }
    // Simulate a half-applied step: a table the step would create already exists in a
    // fresh, unmarked file -> the step fails and nothing of it remains.
    const QString other = tmp.dirPath() + QStringLiteral("/other.db");
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(other);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Dialect::applicationId)));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE settings (key TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    EXPECT_THROW(Connection::open(OpenOptions{other, Mode::ReadWrite}), Error);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
    raw.setDatabaseName(other);
    ASSERT_TRUE(raw.open());
    QSqlQuery q(raw);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'cases'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
}
