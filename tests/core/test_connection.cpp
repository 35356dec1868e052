#include "db/connection.h"
#include "db/migrations.h"
#include "db/query.h"
#include "error.h"
#include "support/testdb.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace caseloop;
using Mode = OpenOptions::Mode;

namespace {

Error::Kind openFails(const QString& path, Mode mode)
{
    try {
        Connection::open(OpenOptions{path, mode});
    } catch (const Error& e) {
        EXPECT_FALSE(e.message().isEmpty());
        return e.kind();
    }
    ADD_FAILURE() << "open should have failed: " << path.toStdString();
    return Error::Kind::Database;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(Connection, MissingFileIsNotCreatedUnlessAsked)
{
    test::TempDatabase tmp;
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadWrite), Error::Kind::NotFound);
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadOnly), Error::Kind::NotFound);
    EXPECT_FALSE(QFile::exists(tmp.path()));
    auto c = tmp.open(Mode::Create);
    EXPECT_TRUE(QFile::exists(tmp.path()));
}

TEST(Connection, MissingFolderIsReported)
{
    test::TempDatabase tmp;
    const QString path = tmp.dirPath() + QStringLiteral("/no/such/folder/x.db");
    EXPECT_EQ(openFails(path, Mode::Create), Error::Kind::NotFound);
}

TEST(Connection, FolderIsNotADatabase)
{
    test::TempDatabase tmp;
    EXPECT_EQ(openFails(tmp.dirPath(), Mode::ReadWrite), Error::Kind::InvalidInput);
}

TEST(Connection, CorruptFileIsRefusedUnchanged)
{
    test::TempDatabase tmp;
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(char((i * 7919) & 0xff));
    writeFile(tmp.path(), junk);
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadWrite), Error::Kind::NotADatabase);
    EXPECT_EQ(openFails(tmp.path(), Mode::Create), Error::Kind::NotADatabase);
    EXPECT_EQ(test::readFile(tmp.path()), junk);
}

TEST(Connection, DamagedSqliteFileIsRefusedUnchanged)
{
    test::TempDatabase tmp;
    {
        auto c = tmp.open();
        Query::run(*c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QByteArray bytes = test::readFile(tmp.path());
    ASSERT_GT(bytes.size(), 4096);
    // Keep the header, wipe the schema page contents.
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5);
    writeFile(tmp.path(), bytes);
    QFile::remove(tmp.path() + QStringLiteral("-wal"));
    QFile::remove(tmp.path() + QStringLiteral("-shm"));
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadWrite), Error::Kind::NotADatabase);
    EXPECT_EQ(test::readFile(tmp.path()), bytes);
}

TEST(Connection, ForeignSqliteDatabaseIsRefusedUnchanged)
{
    test::TempDatabase tmp;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(tmp.path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = test::readFile(tmp.path());
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadWrite), Error::Kind::NotADatabase);
    EXPECT_EQ(openFails(tmp.path(), Mode::Create), Error::Kind::NotADatabase);
    EXPECT_EQ(test::readFile(tmp.path()), before);
}

TEST(Connection, ReadOnlyFileRefusesWritesButOpensForReading)
{
    test::TempDatabase tmp;
    {
        auto c = tmp.open();
        Query::run(*c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    ASSERT_TRUE(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::readFile(tmp.path());
    EXPECT_EQ(openFails(tmp.path(), Mode::ReadWrite), Error::Kind::ReadOnly);
    {
        auto c = tmp.open(Mode::ReadOnly);
        EXPECT_TRUE(c->readOnly());
        EXPECT_GT(c->tables().size(), 10);
        EXPECT_THROW(Query::run(*c, QStringLiteral("DELETE FROM settings")), Error);
    }
    EXPECT_EQ(test::readFile(tmp.path()), before);
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST(Connection, EmptyFileBecomesADatabaseOnCreate)
{
    test::TempDatabase tmp;
    writeFile(tmp.path(), {});
    auto c = tmp.open(Mode::Create);
    EXPECT_EQ(c->schemaVersion(), Migrations::latestVersion());
}

TEST(Connection, TwoConnectionsSeeEachOthersCommits)
{
    test::TempDatabase tmp;
    auto a = tmp.open();
    auto b = tmp.open(Mode::ReadWrite);
    Query(*a, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"))
        .bind(QStringLiteral(":k"), QStringLiteral("x"))
        .bind(QStringLiteral(":v"), QStringLiteral("1"))
        .exec();
    EXPECT_EQ(
        Query::scalar(*b, QStringLiteral("SELECT value FROM settings WHERE key = 'x'")).toString(),
        QStringLiteral("1"));
}
