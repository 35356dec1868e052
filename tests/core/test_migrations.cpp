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

namespace {

/// Builds a database file at schema version 1 (as CaseLoop 0.1 left it) at @p path: a
/// connection opened on a scratch file is pointed at the new file, which is migrated to 1 only.
void createVersionOne(const QString& scratch, const QString& path)
{
    auto c = Connection::open(OpenOptions{scratch, Mode::Create});
    c->sql().close();
    c->sql().setDatabaseName(path);
    ASSERT_TRUE(c->sql().open());
    Migrations::migrateTo(*c, 1);
    ASSERT_EQ(c->schemaVersion(), 1);
    // Rows of the version 1 schema: two cases, one with contacts.
    for (const char* sql :
         {"INSERT INTO users (id, login, display_name, role, created_at) VALUES "
          "(1, 'a1', 'Agent', 'agent', 1)",
          "INSERT INTO clients (id, code, name) VALUES (1, 'C1', 'Client')",
          "INSERT INTO debtors (id, full_name, name_norm, created_at) VALUES (1, 'D', 'd', 1)",
          "INSERT INTO cases (id, ref, client_id, debtor_id, placed_date, placed_balance_minor, "
          "current_balance_minor, currency, status, updated_at) VALUES "
          "(1, 'R1', 1, 1, '2025-01-01', 100, 100, 'USD', 'active', 5), "
          "(2, 'R2', 1, 1, '2025-01-01', 100, 100, 'USD', 'new', 5)",
          "INSERT INTO contacts (case_id, agent_id, channel, direction, started_at, outcome) "
          "VALUES (1, 1, 'call', 'outbound', 3000, 'no_answer'), "
          "(1, 1, 'call', 'outbound', 9000, 'answered'), "
          "(1, 1, 'sms', 'outbound', 7000, 'sent')",
          "INSERT INTO promises (case_id, agent_id, amount_minor, currency, due_date, status, "
          "created_at) VALUES (1, 1, 50, 'USD', '2025-02-01', 'pending', 9000)"})
        Query::run(*c, QString::fromUtf8(sql));
}

} // namespace

TEST(Migrations, VersionOneFileUpgradesKeepingDataAndBackfillingLastContact)
{
    test::TempDatabase tmp;
    const QString path = tmp.dirPath() + QStringLiteral("/v1.db");
    createVersionOne(tmp.path(), path);
    auto c = Connection::open(OpenOptions{path, Mode::ReadWrite});
    EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
    const auto scalar = [&](const char* sql) { return Query::scalar(*c, QString::fromUtf8(sql)); };
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts").toInt(), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM cases").toInt(), 2);
    EXPECT_EQ(scalar("SELECT last_contact_at FROM cases WHERE id = 1").toLongLong(), 9000);
    EXPECT_TRUE(scalar("SELECT last_contact_at FROM cases WHERE id = 2").isNull());
    // Old rows get the new columns' defaults.
    EXPECT_TRUE(scalar("SELECT max(recorded_at) FROM contacts").isNull());
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts WHERE met_person = ''").toInt(), 3);
    EXPECT_EQ(scalar("SELECT paid_minor FROM promises").toInt(), 0);
    EXPECT_TRUE(scalar("SELECT plan_id FROM promises").isNull());
    EXPECT_EQ(
        scalar("SELECT value FROM settings WHERE key = 'contact.edit_grace_minutes'").toString(),
        QStringLiteral("15"));
    // Outcome holds and the new codes.
    EXPECT_EQ(
        scalar("SELECT hold_type FROM outcome_codes WHERE code = 'dispute_raised'").toString(),
        QStringLiteral("dispute"));
    EXPECT_EQ(
        scalar("SELECT hold_type FROM outcome_codes WHERE code = 'cease_requested'").toString(),
        QStringLiteral("cease_communication"));
    EXPECT_EQ(scalar("SELECT hold_type FROM outcome_codes WHERE code = 'hardship'").toString(),
              QStringLiteral("hardship"));
    EXPECT_EQ(scalar("SELECT count(*) FROM outcome_codes WHERE hold_type IS NOT NULL").toInt(), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM outcome_codes WHERE code IN ('left_message', "
                     "'wrong_number')")
                  .toInt(),
              2);
    EXPECT_LT(scalar("SELECT sort_order FROM outcome_codes WHERE code = 'no_answer'").toInt(),
              scalar("SELECT sort_order FROM outcome_codes WHERE code = 'answered'").toInt());
}
