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

TEST_F(SqlPromiseRepositoryTest, PlansInstalmentsAndPendingQueries)
{
    Contact c;
    c.caseId = caseId;
    c.agentId = agent;
    c.startedAt = utc(1000);
    c.outcome = QStringLiteral("promise_to_pay");
    const qint64 contact = repos.contacts().add(c);

    PromisePlan plan;
    plan.caseId = caseId;
    plan.agentId = agent;
    plan.contactId = contact;
    plan.total = Money{300'00, QStringLiteral("CNY")};
    plan.frequency = PlanFrequency::Biweekly;
    plan.instalments = 2;
    plan.firstDueDate = QDate(2026, 3, 1);
    plan.createdAt = utc(2000);
    plan.id = repos.promises().addPlan(plan);
    const PromisePlan foundPlan = *repos.promises().findPlan(plan.id);
    EXPECT_EQ(foundPlan.caseId, caseId);
    EXPECT_EQ(foundPlan.contactId, contact);
    EXPECT_EQ(foundPlan.total, plan.total);
    EXPECT_EQ(foundPlan.frequency, PlanFrequency::Biweekly);
    EXPECT_EQ(foundPlan.instalments, 2);
    EXPECT_EQ(foundPlan.firstDueDate, plan.firstDueDate);
    EXPECT_EQ(foundPlan.createdAt, plan.createdAt);
    ASSERT_EQ(repos.promises().plansByContact(contact).size(), 1u);
    PromisePlan badPlan = plan;
    badPlan.instalments = 121;
    EXPECT_THROW(repos.promises().addPlan(badPlan), Error);

    auto add = [&](QDate due, int no, std::optional<qint64> onPlan, qint64 onCase) {
        Promise p;
        p.caseId = onCase;
        p.agentId = agent;
        p.amount = Money{150'00, QStringLiteral("CNY")};
        p.dueDate = due;
        p.graceDays = 3;
        p.createdAt = utc(2000 + no);
        p.planId = onPlan;
        p.instalmentNo = onPlan ? std::optional<int>(no) : std::nullopt;
        p.contactId = onPlan ? std::optional<qint64>(contact) : std::nullopt;
        return repos.promises().add(p);
    };
    const qint64 second = add(QDate(2026, 3, 15), 2, plan.id, caseId);
    const qint64 first = add(QDate(2026, 3, 1), 1, plan.id, caseId);
    const qint64 other = add(QDate(2026, 2, 1), 0, std::nullopt, case2);

    Promise p = *repos.promises().find(first);
    EXPECT_EQ(p.planId, plan.id);
    EXPECT_EQ(p.instalmentNo, 1);
    EXPECT_EQ(p.contactId, contact);
    EXPECT_EQ(p.paidMinor, 0);
    p.paidMinor = 100'00;
    repos.promises().update(p);
    EXPECT_EQ(repos.promises().find(first)->paidMinor, 100'00);

    std::vector<qint64> ids;
    for (const Promise& q : repos.promises().pendingByCase(caseId))
        ids.push_back(q.id);
    EXPECT_EQ(ids, (std::vector<qint64>{first, second})); // oldest due first
    ids.clear();
    for (const Promise& q : repos.promises().listByContact(contact))
        ids.push_back(q.id);
    EXPECT_EQ(ids, (std::vector<qint64>{first, second})); // plan order

    const auto due = [&](QDate before, std::optional<qint64> onCase) {
        std::vector<qint64> out;
        for (const Promise& q : repos.promises().pendingDueBefore(before, onCase))
            out.push_back(q.id);
        return out;
    };
    EXPECT_EQ(due(QDate(2026, 3, 2), std::nullopt), (std::vector<qint64>{other, first}));
    EXPECT_EQ(due(QDate(2026, 3, 2), caseId), (std::vector<qint64>{first}));
    EXPECT_TRUE(due(QDate(2026, 1, 1), std::nullopt).empty());
    p = *repos.promises().find(first);
    p.status = PromiseStatus::Kept;
    repos.promises().update(p);
    EXPECT_EQ(due(QDate(2026, 4, 1), caseId), (std::vector<qint64>{second}));

    // A plan goes only after its promises.
    EXPECT_THROW(repos.promises().removePlan(plan.id), Error);
    repos.promises().remove(first);
    repos.promises().remove(second);
    repos.promises().removePlan(plan.id);
    EXPECT_FALSE(repos.promises().findPlan(plan.id).has_value());
    EXPECT_THROW(repos.promises().remove(first), Error);
    EXPECT_THROW(repos.promises().removePlan(plan.id), Error);
    EXPECT_EQ(rows(QStringLiteral("promises")), 1);
}
