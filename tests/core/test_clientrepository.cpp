#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

class SqlClientRepositoryTest : public ::testing::Test {
protected:
    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
};

} // namespace

TEST_F(SqlClientRepositoryTest, AddFindAndListRoundTrip)
{
    const Client cn{0, QStringLiteral("ICBC"), QStringLiteral("中国工商银行"),
                    QStringLiteral("CN")};
    const Client us{0, QStringLiteral("ACME"), QStringLiteral("Acme Lending"), QString()};
    const qint64 a = repos.clients().add(cn);
    const qint64 b = repos.clients().add(us);

    const std::optional<Client> found = repos.clients().find(a);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, a);
    EXPECT_EQ(found->code, cn.code);
    EXPECT_EQ(found->name, cn.name);
    EXPECT_EQ(found->country, cn.country);
    EXPECT_TRUE(repos.clients().find(b)->country.isEmpty());
    EXPECT_EQ(repos.clients().findByCode(QStringLiteral("ACME"))->id, b);
    EXPECT_FALSE(repos.clients().findByCode(QStringLiteral("NONE")).has_value());
    EXPECT_FALSE(repos.clients().find(999).has_value());

    const std::vector<Client> all = repos.clients().list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].code, QStringLiteral("ACME"));
    EXPECT_EQ(all[1].code, QStringLiteral("ICBC"));
}

TEST_F(SqlClientRepositoryTest, DuplicateCodeIsRefusedAndTableUnchanged)
{
    repos.clients().add(Client{0, QStringLiteral("X"), QStringLiteral("X"), {}});
    EXPECT_THROW(repos.clients().add(Client{0, QStringLiteral("X"), QStringLiteral("Y"), {}}),
                 Error);
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("SELECT count(*) FROM clients")).toInt(), 1);
    EXPECT_EQ(repos.clients().findByCode(QStringLiteral("X"))->name, QStringLiteral("X"));
}
