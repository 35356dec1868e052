#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

User makeUser(const QString& login, Role role, std::optional<qint64> team = std::nullopt)
{
    User u;
    u.login = login;
    u.displayName = QStringLiteral("用户 ") + login;
    u.role = role;
    u.teamId = team;
    u.createdAt = utc(1'600'000'000'001);
    return u;
}

void expectSame(const User& a, const User& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.login, b.login);
    EXPECT_EQ(a.displayName, b.displayName);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.teamId, b.teamId);
    EXPECT_EQ(a.active, b.active);
    EXPECT_EQ(a.locale, b.locale);
    EXPECT_EQ(a.passwordHash, b.passwordHash);
    EXPECT_EQ(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
}

std::vector<QString> loginsOf(const std::vector<User>& users)
{
    std::vector<QString> logins;
    for (const User& u : users)
        logins.push_back(u.login);
    return logins;
}

class SqlUserRepositoryTest : public ::testing::Test {
protected:
    qint64 rowCount()
    {
        return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
};

} // namespace

TEST_F(SqlUserRepositoryTest, AddThenFindRoundTripsEveryField)
{
    const qint64 team = repos.teams().add(Team{0, QStringLiteral("一组"), std::nullopt});
    User u = makeUser(QStringLiteral("li.na"), Role::Supervisor, team);
    u.active = false;
    u.locale = QStringLiteral("zh_CN");
    u.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
    u.createdAt = utc(1'700'000'000'456);
    u.id = repos.users().add(u);
    ASSERT_GT(u.id, 0);
    expectSame(*repos.users().find(u.id), u);
    expectSame(*repos.users().findByLogin(QStringLiteral("li.na")), u);

    User bare = makeUser(QStringLiteral("bob"), Role::Agent);
    bare.id = repos.users().add(bare);
    const User found = *repos.users().find(bare.id);
    expectSame(found, bare);
    EXPECT_FALSE(found.teamId.has_value());
    EXPECT_TRUE(found.passwordHash.isEmpty());
    EXPECT_TRUE(Query::scalar(*db, QStringLiteral("SELECT password_hash FROM users WHERE login = "
                                                  "'bob'"))
                    .isNull());
}

TEST_F(SqlUserRepositoryTest, FindOfMissingIdOrLoginIsEmpty)
{
    repos.users().add(makeUser(QStringLiteral("a"), Role::Agent));
    EXPECT_FALSE(repos.users().find(999).has_value());
    EXPECT_FALSE(repos.users().findByLogin(QStringLiteral("nobody")).has_value());
}

TEST_F(SqlUserRepositoryTest, UpdateRoundTripsAndRefusesMissingId)
{
    const qint64 team = repos.teams().add(Team{0, QStringLiteral("T"), std::nullopt});
    User u = makeUser(QStringLiteral("c"), Role::Agent);
    u.id = repos.users().add(u);
    u.displayName = QStringLiteral("陈 Chen");
    u.role = Role::Compliance;
    u.teamId = team;
    u.active = false;
    u.passwordHash = QStringLiteral("hash-2");
    repos.users().update(u);
    expectSame(*repos.users().find(u.id), u);

    u.id = 12345;
    EXPECT_THROW(repos.users().update(u), Error);
}

TEST_F(SqlUserRepositoryTest, ListsByRoleAndTeamInLoginOrder)
{
    const qint64 t1 = repos.teams().add(Team{0, QStringLiteral("T1"), std::nullopt});
    const qint64 t2 = repos.teams().add(Team{0, QStringLiteral("T2"), std::nullopt});
    repos.users().add(makeUser(QStringLiteral("zoe"), Role::Agent, t1));
    repos.users().add(makeUser(QStringLiteral("adam"), Role::Agent, t2));
    repos.users().add(makeUser(QStringLiteral("mike"), Role::Supervisor, t1));
    repos.users().add(makeUser(QStringLiteral("kim"), Role::Agent, t1));
    repos.users().add(makeUser(QStringLiteral("root"), Role::Admin));

    EXPECT_EQ(loginsOf(repos.users().listByRole(Role::Agent)),
              (std::vector<QString>{QStringLiteral("adam"), QStringLiteral("kim"),
                                    QStringLiteral("zoe")}));
    EXPECT_EQ(loginsOf(repos.users().listByTeam(t1)),
              (std::vector<QString>{QStringLiteral("kim"), QStringLiteral("mike"),
                                    QStringLiteral("zoe")}));
    EXPECT_TRUE(repos.users().listByRole(Role::Compliance).empty());
}

TEST_F(SqlUserRepositoryTest, ConstraintViolationsThrowAndLeaveTableUnchanged)
{
    repos.users().add(makeUser(QStringLiteral("dup"), Role::Agent));
    const qint64 before = rowCount();
    EXPECT_THROW(repos.users().add(makeUser(QStringLiteral("dup"), Role::Agent)), Error);
    EXPECT_THROW(repos.users().add(makeUser(QStringLiteral("x"), Role::Agent, 77)), Error); // FK
    User noTime = makeUser(QStringLiteral("y"), Role::Agent);
    noTime.createdAt = QDateTime();
    EXPECT_THROW(repos.users().add(noTime), Error);
    EXPECT_THROW(repos.users().add(makeUser(QStringLiteral("z"), Role::Agent, 0)), Error);
    EXPECT_EQ(rowCount(), before);
}

TEST_F(SqlUserRepositoryTest, UnknownRoleCodeIsADatabaseError)
{
    const qint64 id = repos.users().add(makeUser(QStringLiteral("r"), Role::Agent));
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    Query::run(*db, QStringLiteral("UPDATE users SET role = 'auditor'"));
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    try {
        repos.users().find(id);
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
    }
}
