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

void expectSame(const Payment& a, const Payment& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.agentId, b.agentId);
    EXPECT_EQ(a.amount, b.amount);
    EXPECT_EQ(a.paidAt.toMSecsSinceEpoch(), b.paidAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.promiseId, b.promiseId);
}

class SqlPaymentRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlPaymentRepositoryTest, AddThenFindRoundTripsEveryField)
{
    Promise promise;
    promise.caseId = caseId;
    promise.agentId = agent;
    promise.amount = Money{9'000'000'000'00, QStringLiteral("USD")};
    promise.dueDate = QDate(2025, 6, 1);
    promise.createdAt = utc(1);
    const qint64 promiseId = repos.promises().add(promise);

    Payment p;
    p.caseId = caseId;
    p.agentId = agent;
    p.amount = Money{9'000'000'000'00, QStringLiteral("USD")};
    p.paidAt = utc(1'700'000'000'042);
    p.promiseId = promiseId;
    p.id = repos.payments().add(p);
    ASSERT_GT(p.id, 0);
    expectSame(*repos.payments().find(p.id), p);

    Payment bare;
    bare.caseId = caseId;
    bare.amount = Money{1, QStringLiteral("CNY")};
    bare.paidAt = utc(2);
    bare.id = repos.payments().add(bare);
    const Payment found = *repos.payments().find(bare.id);
    expectSame(found, bare);
    EXPECT_FALSE(found.agentId.has_value());
    EXPECT_FALSE(found.promiseId.has_value());
    EXPECT_FALSE(repos.payments().find(bare.id + 1).has_value());
}

TEST_F(SqlPaymentRepositoryTest, ListsByCaseNewestFirst)
{
    auto add = [this](qint64 onCase, qint64 at) {
        Payment p;
        p.caseId = onCase;
        p.amount = Money{100, QStringLiteral("CNY")};
        p.paidAt = utc(at);
        return repos.payments().add(p);
    };
    const qint64 a = add(caseId, 100);
    const qint64 b = add(caseId, 300);
    const qint64 c = add(caseId, 200);
    add(case2, 400);
    std::vector<qint64> ids;
    for (const Payment& p : repos.payments().listByCase(caseId))
        ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<qint64>{b, c, a}));
}

TEST_F(SqlPaymentRepositoryTest, CheckAndForeignKeyViolationsThrowAndLeaveTableUnchanged)
{
    Payment p;
    p.caseId = caseId;
    p.amount = Money{-100, QStringLiteral("CNY")};
    p.paidAt = utc(1);
    EXPECT_THROW(repos.payments().add(p), Error);
    p.amount.minor = 100;
    p.promiseId = 999;
    EXPECT_THROW(repos.payments().add(p), Error);
    p.promiseId.reset();
    p.caseId = 999;
    EXPECT_THROW(repos.payments().add(p), Error);
    p.caseId = caseId;
    p.amount.currency = QStringLiteral("$$$");
    EXPECT_THROW(repos.payments().add(p), Error);
    EXPECT_EQ(rows(QStringLiteral("payments")), 0);
}

TEST_F(SqlPaymentRepositoryTest, ListsByPromiseOldestFirst)
{
    Promise promise;
    promise.caseId = caseId;
    promise.agentId = agent;
    promise.amount = Money{100'00, QStringLiteral("CNY")};
    promise.dueDate = QDate(2026, 3, 1);
    promise.createdAt = utc(1);
    const qint64 pid = repos.promises().add(promise);
    auto add = [&](qint64 at, std::optional<qint64> onPromise) {
        Payment p;
        p.caseId = caseId;
        p.amount = Money{10'00, QStringLiteral("CNY")};
        p.paidAt = utc(at);
        p.promiseId = onPromise;
        return repos.payments().add(p);
    };
    const qint64 late = add(9000, pid);
    const qint64 early = add(1000, pid);
    add(5000, std::nullopt);
    std::vector<qint64> ids;
    for (const Payment& p : repos.payments().listByPromise(pid))
        ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<qint64>{early, late}));
    EXPECT_TRUE(repos.payments().listByPromise(pid + 1).empty());
}
