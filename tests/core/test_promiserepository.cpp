#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/casefixture.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;
using test::utc;

namespace {

void expectSame(const Promise& a, const Promise& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.agentId, b.agentId);
    EXPECT_EQ(a.amount, b.amount);
    EXPECT_EQ(a.dueDate, b.dueDate);
    EXPECT_EQ(a.graceDays, b.graceDays);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.keptAt, b.keptAt);
    EXPECT_EQ(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
}

class SqlPromiseRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlPromiseRepositoryTest, AddFindAndUpdateRoundTrip)
{
    Promise p;
    p.caseId = caseId;
    p.agentId = agent;
    p.amount = Money{9'000'000'000'00, QStringLiteral("CNY")};
    p.dueDate = QDate(2025, 12, 31);
    p.graceDays = 3;
    p.createdAt = utc(1'700'000'000'555);
    p.id = repos.promises().add(p);
    ASSERT_GT(p.id, 0);
    const Promise found = *repos.promises().find(p.id);
    expectSame(found, p);
    EXPECT_EQ(found.amount.minor, 900'000'000'000);
    EXPECT_FALSE(found.keptAt.has_value());

    p.status = PromiseStatus::Kept;
    p.keptAt = utc(1'700'500'000'001);
    p.amount = Money{1, QStringLiteral("USD")};
    p.graceDays = 0;
    repos.promises().update(p);
    expectSame(*repos.promises().find(p.id), p);

    EXPECT_FALSE(repos.promises().find(p.id + 1).has_value());
    Promise missing = p;
    missing.id = p.id + 1;
    EXPECT_THROW(repos.promises().update(missing), Error);
}

TEST_F(SqlPromiseRepositoryTest, ListsByCaseNewestFirst)
{
    auto add = [this](qint64 onCase, qint64 created) {
        Promise p;
        p.caseId = onCase;
        p.agentId = agent;
        p.amount = Money{100, QStringLiteral("CNY")};
        p.dueDate = QDate(2025, 1, 1);
        p.createdAt = utc(created);
        return repos.promises().add(p);
    };
    const qint64 a = add(caseId, 2000);
    const qint64 b = add(caseId, 9000);
    const qint64 c = add(caseId, 2000);
    add(case2, 5000);
    std::vector<qint64> ids;
    for (const Promise& p : repos.promises().listByCase(caseId))
        ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<qint64>{b, c, a}));
}

TEST_F(SqlPromiseRepositoryTest, CheckAndForeignKeyViolationsThrowAndLeaveTableUnchanged)
{
    Promise p;
    p.caseId = caseId;
    p.agentId = agent;
    p.amount = Money{100, QStringLiteral("CNY")};
    p.dueDate = QDate(2025, 1, 1);
    p.createdAt = utc(1);
    p.id = repos.promises().add(p);
    const qint64 before = rows(QStringLiteral("promises"));

    Promise negative = p;
    negative.amount.minor = -5;
    EXPECT_THROW(repos.promises().add(negative), Error);
    Promise zero = p;
    zero.amount.minor = 0;
    EXPECT_THROW(repos.promises().add(zero), Error);
    Promise grace = p;
    grace.graceDays = -1;
    EXPECT_THROW(repos.promises().add(grace), Error);
    Promise noCase = p;
    noCase.caseId = 999;
    EXPECT_THROW(repos.promises().add(noCase), Error);
    Promise currency = p;
    currency.amount.currency = QStringLiteral("RMB1");
    EXPECT_THROW(repos.promises().add(currency), Error);
    EXPECT_EQ(rows(QStringLiteral("promises")), before);

    // A refused update leaves the stored row as it was.
    negative.id = p.id;
    EXPECT_THROW(repos.promises().update(negative), Error);
    expectSame(*repos.promises().find(p.id), p);
}
