#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

class SqlTeamRepositoryTest : public ::testing::Test {
protected:
    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
};

} // namespace

TEST_F(SqlTeamRepositoryTest, AddFindAndListRoundTrip)
{
    User sup;
    sup.login = QStringLiteral("sup");
    sup.displayName = QStringLiteral("Supervisor");
    sup.role = Role::Supervisor;
    sup.createdAt = QDateTime::fromMSecsSinceEpoch(1, QTimeZone::utc());
    const qint64 supId = repos.users().add(sup);

    const Team withSup{0, QStringLiteral("深圳二组"), supId};
    const qint64 a = repos.teams().add(withSup);
    const qint64 b = repos.teams().add(Team{0, QStringLiteral("Austin"), std::nullopt});
    ASSERT_GT(a, 0);
    ASSERT_NE(a, b);

    const std::optional<Team> found = repos.teams().find(a);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, a);
    EXPECT_EQ(found->name, withSup.name);
    EXPECT_EQ(found->supervisorId, supId);
    EXPECT_FALSE(repos.teams().find(b)->supervisorId.has_value());
    EXPECT_FALSE(repos.teams().find(999).has_value());

    const std::vector<Team> all = repos.teams().list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, b); // "Austin" sorts before the Chinese name
    EXPECT_EQ(all[1].id, a);
}

TEST_F(SqlTeamRepositoryTest, DuplicateNameAndBadIdAreRefused)
{
    repos.teams().add(Team{0, QStringLiteral("A"), std::nullopt});
    EXPECT_THROW(repos.teams().add(Team{0, QStringLiteral("A"), std::nullopt}), Error);
    try {
        repos.teams().add(Team{0, QStringLiteral("B"), qint64(-3)});
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);
}
