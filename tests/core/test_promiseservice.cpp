#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "rules/ruleprofile.h"
#include "services/auditlog.h"
#include "services/promiseservice.h"
#include "support/casefixture.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace caseloop;
using namespace Qt::StringLiterals;
using test::utc;

namespace {

QDateTime noon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0), QTimeZone::utc());
}

class PromiseServiceTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        Query::run(*db, u"UPDATE cases SET rule_profile = 'us-regf'"_s);
        user = UserContext{agent, u"agent1"_s, Role::Agent, u"en"_s};
    }

    /// A plan of @p n weekly instalments of @p each minor units from @p first.
    std::vector<qint64> plan(qint64 each, int n, const QDate& first)
    {
        return PromiseService::createPlan(
                   *db, user, caseId, agent, std::nullopt,
                   NewPromisePlan{Money{each * n, u"CNY"_s}, PlanFrequency::Weekly, n, first})
            .promiseIds;
    }
    Promise promise(qint64 id) { return *repos.promises().find(id); }
    Case caseRow() { return *repos.cases().find(caseId); }
    qint64 audits(const QString& action)
    {
        Query q(*db, u"SELECT count(*) FROM audit_log WHERE action = :a"_s);
        q.bind(u":a"_s, action).exec();
        q.next();
        return q.value(0).toLongLong();
    }
    Money cny(qint64 minor) const { return Money{minor, u"CNY"_s}; }

    UserContext user;
    const QDate due{2026, 3, 10};
};

} // namespace

TEST(PromiseServiceSchedule, SplitsEvenlyWithTheRemainderOnTheLast)
{
    const auto s = PromiseService::schedule(
        NewPromisePlan{Money{1000, u"CNY"_s}, PlanFrequency::Weekly, 3, QDate(2026, 1, 5)});
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0], std::make_pair(QDate(2026, 1, 5), qint64(333)));
    EXPECT_EQ(s[1], std::make_pair(QDate(2026, 1, 12), qint64(333)));
    EXPECT_EQ(s[2], std::make_pair(QDate(2026, 1, 19), qint64(334)));

    const auto bi = PromiseService::schedule(
        NewPromisePlan{Money{900, u"CNY"_s}, PlanFrequency::Biweekly, 2, QDate(2026, 1, 5)});
    EXPECT_EQ(bi[1].first, QDate(2026, 1, 19));
    EXPECT_EQ(bi[0].second + bi[1].second, 900);

    // Monthly keeps the day of month where it exists (31 → 28 → 31).
    const auto m = PromiseService::schedule(
        NewPromisePlan{Money{300, u"CNY"_s}, PlanFrequency::Monthly, 3, QDate(2026, 1, 31)});
    EXPECT_EQ(m[1].first, QDate(2026, 2, 28));
    EXPECT_EQ(m[2].first, QDate(2026, 3, 31));

    const auto once = PromiseService::schedule(
        NewPromisePlan{Money{123, u"CNY"_s}, PlanFrequency::Once, 1, QDate(2026, 1, 5)});
    ASSERT_EQ(once.size(), 1u);
    EXPECT_EQ(once[0].second, 123);

    for (const NewPromisePlan& bad :
         {NewPromisePlan{Money{1000, u"CNY"_s}, PlanFrequency::Weekly, 0, QDate(2026, 1, 5)},
          NewPromisePlan{Money{1000, u"CNY"_s}, PlanFrequency::Weekly, 121, QDate(2026, 1, 5)},
          NewPromisePlan{Money{1000, u"CNY"_s}, PlanFrequency::Once, 2, QDate(2026, 1, 5)},
          NewPromisePlan{Money{2, u"CNY"_s}, PlanFrequency::Weekly, 3, QDate(2026, 1, 5)},
          NewPromisePlan{Money{0, u"CNY"_s}, PlanFrequency::Once, 1, QDate(2026, 1, 5)},
          NewPromisePlan{Money{10, u"CNY"_s}, PlanFrequency::Once, 1, QDate()}})
        EXPECT_THROW(PromiseService::schedule(bad), Error);
}

TEST_F(PromiseServiceTest, PartialPaymentStaysPendingAndLowersTheBalance)
{
    const auto ids = plan(100'00, 1, due);
    const qint64 pay = PromiseService::recordPayment(*db, user, caseId, cny(40'00), noon(due));
    const Promise p = promise(ids[0]);
    EXPECT_EQ(p.paidMinor, 40'00);
    EXPECT_EQ(p.status, PromiseStatus::Pending);
    const Payment stored = *repos.payments().find(pay);
    EXPECT_EQ(stored.promiseId, ids[0]);
    EXPECT_EQ(stored.amount, cny(40'00));
    EXPECT_EQ(caseRow().currentBalance.minor, 500'00 - 40'00);
    EXPECT_EQ(caseRow().status, CaseStatus::Paying);
    EXPECT_EQ(audits(u"payment.create"_s), 1);
    EXPECT_EQ(audits(u"promise.update"_s), 1);
}

TEST_F(PromiseServiceTest, ExactPaymentKeepsThePromise)
{
    const auto ids = plan(100'00, 1, due);
    PromiseService::recordPayment(*db, user, caseId, cny(100'00), noon(due));
    const Promise p = promise(ids[0]);
    EXPECT_EQ(p.status, PromiseStatus::Kept);
    EXPECT_EQ(p.keptAt, noon(due));
    EXPECT_EQ(p.paidMinor, 100'00);
}

TEST_F(PromiseServiceTest, OverpaymentFillsOldestDueFirst)
{
    const auto ids = plan(100'00, 3, due);
    const qint64 pay = PromiseService::recordPayment(*db, user, caseId, cny(250'00), noon(due));
    EXPECT_EQ(promise(ids[0]).status, PromiseStatus::Kept);
    EXPECT_EQ(promise(ids[1]).status, PromiseStatus::Kept); // paid early
    EXPECT_EQ(promise(ids[2]).status, PromiseStatus::Pending);
    EXPECT_EQ(promise(ids[2]).paidMinor, 50'00);
    EXPECT_EQ(repos.payments().find(pay)->promiseId, ids[0]);
    EXPECT_EQ(repos.payments().listByPromise(ids[0]).size(), 1u);

    // More than every promise: the rest only lowers the balance; the whole balance settles.
    PromiseService::recordPayment(*db, user, caseId, cny(250'00), noon(due.addDays(1)));
    EXPECT_EQ(promise(ids[2]).status, PromiseStatus::Kept);
    EXPECT_EQ(caseRow().currentBalance.minor, 0);
    EXPECT_EQ(caseRow().status, CaseStatus::Settled);
}

TEST_F(PromiseServiceTest, GraceDaysDecideKeptOrBroken)
{
    const auto ids = plan(100'00, 2, due); // due and due + 7
    // The first paid on the last day of grace, the second a day after its grace ended.
    PromiseService::recordPayment(*db, user, caseId, cny(100'00), noon(due.addDays(3)));
    EXPECT_EQ(promise(ids[0]).status, PromiseStatus::Kept);
    PromiseService::recordPayment(*db, user, caseId, cny(100'00), noon(due.addDays(7 + 4)));
    EXPECT_EQ(promise(ids[1]).status, PromiseStatus::Broken);
    EXPECT_EQ(promise(ids[1]).paidMinor, 100'00);
}

TEST_F(PromiseServiceTest, SweepMarksUnpaidPromisesBrokenOnceAfterGrace)
{
    const auto ids = plan(100'00, 2, due);
    Query::run(*db, u"UPDATE cases SET status = 'promise'"_s);
    PromiseService::recordPayment(*db, user, caseId, cny(30'00), noon(due));
    Query::run(*db, u"UPDATE cases SET status = 'promise'"_s);
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(3))), 0); // still in grace
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(4))), 1);
    EXPECT_EQ(promise(ids[0]).status, PromiseStatus::Broken);
    EXPECT_EQ(promise(ids[1]).status, PromiseStatus::Pending);
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(4))), 0); // idempotent
    EXPECT_EQ(audits(u"promise.broken"_s), 1);
    EXPECT_EQ(caseRow().status, CaseStatus::Promise); // one promise still pending

    // Limited to another case: nothing; then the second one breaks and the case is active.
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(30)), case2), 0);
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(30)), caseId), 1);
    EXPECT_EQ(caseRow().status, CaseStatus::Active);
    EXPECT_EQ(PromiseService::sweepBroken(*db, user, noon(due.addDays(60))), 0);
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(PromiseServiceTest, RejectsBadPayments)
{
    EXPECT_THROW(PromiseService::recordPayment(*db, user, caseId, cny(0), noon(due)), Error);
    EXPECT_THROW(PromiseService::recordPayment(*db, user, caseId, cny(-5), noon(due)), Error);
    try {
        PromiseService::recordPayment(*db, user, caseId, Money{10, u"USD"_s}, noon(due));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(e.message().contains(u"currency"_s));
    }
    try {
        PromiseService::recordPayment(*db, user, 999, cny(10), noon(due));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
    EXPECT_THROW(PromiseService::recordPayment(*db, user, caseId, cny(10),
                                               QDateTime::currentDateTimeUtc().addDays(2)),
                 Error);
    EXPECT_EQ(rows(u"payments"_s), 0);
    EXPECT_EQ(caseRow().currentBalance.minor, 500'00);
}

TEST_F(PromiseServiceTest, CancelOnlyPendingPromises)
{
    const auto ids = plan(50'00, 1, due);
    Query::run(*db, u"UPDATE cases SET status = 'promise'"_s);
    PromiseService::cancel(*db, user, ids[0]);
    EXPECT_EQ(promise(ids[0]).status, PromiseStatus::Cancelled);
    EXPECT_EQ(caseRow().status, CaseStatus::Active);
    EXPECT_THROW(PromiseService::cancel(*db, user, ids[0]), Error);
    EXPECT_THROW(PromiseService::cancel(*db, user, 999), Error);
    EXPECT_EQ(audits(u"promise.cancel"_s), 1);
    // A cancelled promise takes no payment.
    PromiseService::recordPayment(*db, user, caseId, cny(50'00), noon(due));
    EXPECT_EQ(promise(ids[0]).paidMinor, 0);
}

TEST_F(PromiseServiceTest, GraceDaysComeFromTheCaseProfile)
{
    EXPECT_EQ(PromiseService::graceDaysFor(*db, caseId), 3);
    QFile shipped(u":/rules/us-regf.json"_s);
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    nlohmann::json j = nlohmann::json::parse(shipped.readAll().toStdString());
    j["id"] = "grace-five";
    j["promise_grace_days"] = 5;
    const QString path = tmp.dirPath() + u"/grace-five.json"_s;
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(j.dump()));
    out.close();
    Query q(*db, u"UPDATE cases SET rule_profile = :p WHERE id = :id"_s);
    q.bind(u":p"_s, path).bind(u":id"_s, case2).exec();
    EXPECT_EQ(PromiseService::graceDaysFor(*db, case2), 5);
    const auto created =
        PromiseService::createPlan(*db, user, case2, agent, std::nullopt,
                                   NewPromisePlan{cny(10'00), PlanFrequency::Once, 1, due});
    EXPECT_EQ(promise(created.promiseIds[0]).graceDays, 5);

    // Without the key: the default; a bad value is rejected naming the field.
    j.erase("promise_grace_days");
    EXPECT_FALSE(RuleProfile::fromJson(j).promiseGraceDays.has_value());
    for (const nlohmann::json& bad :
         {nlohmann::json(-1), nlohmann::json(61), nlohmann::json("3")}) {
        j["promise_grace_days"] = bad;
        try {
            RuleProfile::fromJson(j);
            FAIL() << bad.dump();
        } catch (const Error& e) {
            EXPECT_TRUE(e.message().contains(u"promise_grace_days"_s)) << e.message().toStdString();
        }
    }
    // An unloadable profile falls back to the default.
    Query::run(*db, u"UPDATE cases SET rule_profile = 'no-such-profile'"_s);
    EXPECT_EQ(PromiseService::graceDaysFor(*db, caseId), PromiseService::defaultGraceDays);
}
