#include "db/connection.h"
#include "db/query.h"
#include "session/userlookup.h"
#include "support/testdb.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

void addUser(Connection& c, const QString& login, const QString& role, bool active = true)
{
    Query q(c, QStringLiteral("INSERT INTO users (login, display_name, role, active, locale, "
                              "created_at) VALUES (:login, :name, :role, :active, 'zh_CN', 0)"));
    q.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":name"), QString(QStringLiteral("Name of ") + login))
        .bind(QStringLiteral(":role"), role)
        .bind(QStringLiteral(":active"), active ? 1 : 0)
        .exec();
}

TEST(UserLookupTest, FindsActiveUsersByLogin)
{
    test::TempDatabase db;
    auto c = db.open();
    addUser(*c, QStringLiteral("amy"), QStringLiteral("agent"));
    addUser(*c, QStringLiteral("old"), QStringLiteral("agent"), false);
    const auto amy = UserLookup::byLogin(*c, QStringLiteral("amy"));
    ASSERT_TRUE(amy);
    EXPECT_EQ(amy->context.login, QStringLiteral("amy"));
    EXPECT_EQ(amy->context.role, Role::Agent);
    EXPECT_EQ(amy->context.locale, QStringLiteral("zh_CN"));
    EXPECT_EQ(amy->displayName, QStringLiteral("Name of amy"));
    EXPECT_GT(amy->context.userId, 0);
    EXPECT_FALSE(UserLookup::byLogin(*c, QStringLiteral("old")));
    EXPECT_FALSE(UserLookup::byLogin(*c, QStringLiteral("nobody")));
}

TEST(UserLookupTest, DefaultPrefersTheFirstActiveSupervisor)
{
    test::TempDatabase db;
    auto c = db.open();
    EXPECT_FALSE(UserLookup::defaultUser(*c));
    addUser(*c, QStringLiteral("agent1"), QStringLiteral("agent"));
    EXPECT_EQ(UserLookup::defaultUser(*c)->context.login, QStringLiteral("agent1"));
    addUser(*c, QStringLiteral("boss0"), QStringLiteral("supervisor"), false);
    addUser(*c, QStringLiteral("boss1"), QStringLiteral("supervisor"));
    addUser(*c, QStringLiteral("boss2"), QStringLiteral("supervisor"));
    EXPECT_EQ(UserLookup::defaultUser(*c)->context.login, QStringLiteral("boss1"));
}

} // namespace
} // namespace caseloop
