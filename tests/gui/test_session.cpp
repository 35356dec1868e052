#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "support/testdb.h"

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(SessionTest, DemoDatabaseDefaultsToTheFirstSupervisor)
{
    test::DemoDatabaseCopy db;
    const auto session = Session::open(db.path());
    const qint64 firstSupervisor = test::countRows(
        db.path(), QStringLiteral("SELECT min(id) FROM users WHERE role = 'supervisor'"));
    ASSERT_GT(firstSupervisor, 0);
    EXPECT_EQ(session->user().userId, firstSupervisor);
    EXPECT_EQ(session->user().role, Role::Supervisor);
    EXPECT_FALSE(session->displayName().isEmpty());
    EXPECT_EQ(session->databasePath(), QFileInfo(db.path()).absoluteFilePath());
    EXPECT_GE(session->schemaVersion(), 1);
}

TEST(SessionTest, UserOptionPicksThatLogin)
{
    test::DemoDatabaseCopy db;
    QString login;
    {
        auto c = Connection::open(OpenOptions{db.path(), OpenOptions::Mode::ReadOnly});
        Query q(*c, QStringLiteral("SELECT login FROM users WHERE role = :r ORDER BY id DESC"));
        q.bind(QStringLiteral(":r"), QStringLiteral("agent"));
        ASSERT_TRUE(q.exec().next());
        login = q.value(0).toString();
    }
    const auto session = Session::open(db.path(), login);
    EXPECT_EQ(session->user().login, login);
    EXPECT_EQ(session->user().role, Role::Agent);
}

TEST(SessionTest, UnknownLoginIsRefused)
{
    test::DemoDatabaseCopy db;
    try {
        Session::open(db.path(), QStringLiteral("ghost"));
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
        EXPECT_TRUE(e.message().contains(QStringLiteral("ghost")));
    }
}

TEST(SessionTest, EmptyDatabaseUsesTheSystemContext)
{
    test::TempDatabase db;
    db.open(); // creates the schema, no users
    const auto session = Session::open(db.path());
    EXPECT_TRUE(session->user().isSystem());
    EXPECT_FALSE(session->displayName().isEmpty());
}

TEST(SessionTest, MissingFileThrowsNotFound)
{
    test::TempDatabase db;
    EXPECT_THROW(Session::open(db.path()), Error);
    EXPECT_FALSE(QFileInfo::exists(db.path()));
}

TEST(SessionTest, RoleLabelsAreDistinct)
{
    QStringList labels;
    for (Role r : {Role::Agent, Role::Supervisor, Role::Compliance, Role::Admin})
        labels << Session::roleLabel(r);
    labels.removeDuplicates();
    EXPECT_EQ(labels.size(), 4);
    EXPECT_FALSE(labels.contains(QString()));
}

} // namespace
} // namespace caseloop
