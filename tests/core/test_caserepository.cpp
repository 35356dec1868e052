#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

class SqlCaseRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        clientA = repos.clients().add(
            Client{0, QStringLiteral("BANK-A"), QStringLiteral("Bank A"), QStringLiteral("US")});
        clientB = repos.clients().add(
            Client{0, QStringLiteral("BANK-B"), QStringLiteral("招商银行"), QStringLiteral("CN")});
        Debtor d;
        d.fullName = QStringLiteral("王芳");
        d.createdAt = utc(1'600'000'000'000);
        debtor = repos.debtors().add(d);
        agent1 = addAgent(QStringLiteral("agent1"));
        agent2 = addAgent(QStringLiteral("agent2"));
    }

    qint64 addAgent(const QString& login)
    {
        User u;
        u.login = login;
        u.displayName = login;
        u.createdAt = utc(1'600'000'000'000);
        return repos.users().add(u);
    }

    Case makeCase(const QString& ref) const
    {
        Case c;
        c.ref = ref;
        c.clientId = clientA;
        c.debtorId = debtor;
        c.placedDate = QDate(2025, 1, 15);
        c.placedBalance = Money{10'000, QStringLiteral("USD")};
        c.currentBalance = Money{10'000, QStringLiteral("USD")};
        c.updatedAt = utc(1'700'000'000'000);
        return c;
    }

    qint64 rowCount()
    {
        return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    }

    static void expectSame(const Case& a, const Case& b)
    {
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.ref, b.ref);
        EXPECT_EQ(a.clientId, b.clientId);
        EXPECT_EQ(a.debtorId, b.debtorId);
        EXPECT_EQ(a.clientRef, b.clientRef);
        EXPECT_EQ(a.originalCreditor, b.originalCreditor);
        EXPECT_EQ(a.placedDate, b.placedDate);
        EXPECT_EQ(a.placedBalance, b.placedBalance);
        EXPECT_EQ(a.currentBalance, b.currentBalance);
        EXPECT_EQ(a.status, b.status);
        EXPECT_EQ(a.agentId, b.agentId);
        EXPECT_EQ(a.ruleProfile, b.ruleProfile);
        EXPECT_EQ(a.updatedAt.toMSecsSinceEpoch(), b.updatedAt.toMSecsSinceEpoch());
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
    qint64 clientA = 0;
    qint64 clientB = 0;
    qint64 debtor = 0;
    qint64 agent1 = 0;
    qint64 agent2 = 0;
};

std::vector<QString> refsOf(const std::vector<Case>& cases)
{
    std::vector<QString> refs;
    for (const Case& c : cases)
        refs.push_back(c.ref);
    return refs;
}

/// Reads every page of @p filter and returns the rows in page order.
std::vector<Case> readAllPages(CaseRepository& repo, const CaseFilter& filter, int limit,
                               int* pages = nullptr)
{
    std::vector<Case> all;
    std::optional<CaseKey> after;
    int count = 0;
    for (;;) {
        std::vector<Case> page = repo.listPage(filter, after, limit);
        EXPECT_LE(int(page.size()), limit);
        if (page.empty())
            break;
        if (++count > 1000) {
            ADD_FAILURE() << "paging does not advance";
            break;
        }
        after = CaseKey::of(page.back());
        all.insert(all.end(), page.begin(), page.end());
    }
    if (pages)
        *pages = count;
    return all;
}

} // namespace

TEST_F(SqlCaseRepositoryTest, AddThenFindRoundTripsEveryField)
{
    Case c = makeCase(QStringLiteral("CL-2025-000001"));
    c.clientId = clientB;
    c.clientRef = QStringLiteral("客户编号-77");
    c.originalCreditor = QStringLiteral("中国工商银行 ICBC");
    c.placedDate = QDate(2024, 2, 29);
    c.placedBalance = Money{900'000'000'000, QStringLiteral("CNY")};
    c.currentBalance = Money{899'999'999'999, QStringLiteral("CNY")};
    c.status = CaseStatus::Paying;
    c.agentId = agent2;
    c.ruleProfile = QStringLiteral("cn-default");
    c.updatedAt = utc(1'700'000'000'123);
    c.id = repos.cases().add(c);
    ASSERT_GT(c.id, 0);

    const std::optional<Case> found = repos.cases().find(c.id);
    ASSERT_TRUE(found);
    expectSame(*found, c);
    EXPECT_EQ(found->updatedAt.timeZone(), QTimeZone::utc());

    // Nulls and empty texts come back as nulls and empty texts.
    Case bare = makeCase(QStringLiteral("CL-2025-000002"));
    bare.id = repos.cases().add(bare);
    const std::optional<Case> bareFound = repos.cases().findByRef(QStringLiteral("CL-2025-000002"));
    ASSERT_TRUE(bareFound);
    expectSame(*bareFound, bare);
    EXPECT_FALSE(bareFound->agentId.has_value());
    EXPECT_TRUE(bareFound->clientRef.isEmpty());
}

TEST_F(SqlCaseRepositoryTest, FindOfMissingIdOrRefIsEmpty)
{
    repos.cases().add(makeCase(QStringLiteral("X-1")));
    EXPECT_FALSE(repos.cases().find(987654).has_value());
    EXPECT_FALSE(repos.cases().findByRef(QStringLiteral("X-2")).has_value());
}

TEST_F(SqlCaseRepositoryTest, UpdateRoundTripsAndRefusesMissingId)
{
    Case c = makeCase(QStringLiteral("U-1"));
    c.id = repos.cases().add(c);
    c.status = CaseStatus::Promise;
    c.agentId = agent1;
    c.currentBalance.minor = 4'321;
    c.originalCreditor = QStringLiteral("平安银行");
    c.updatedAt = utc(1'710'000'000'999);
    repos.cases().update(c);
    expectSame(*repos.cases().find(c.id), c);

    c.agentId.reset();
    repos.cases().update(c);
    EXPECT_FALSE(repos.cases().find(c.id)->agentId.has_value());

    Case missing = c;
    missing.id = c.id + 100;
    try {
        repos.cases().update(missing);
        FAIL() << "update of a missing case must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
}

TEST_F(SqlCaseRepositoryTest, KeysetPagingByRefReturnsEveryRowOnceInOrder)
{
    std::vector<QString> refs;
    for (int i = 0; i < 250; ++i)
        refs.push_back(QStringLiteral("P-%1").arg(i, 4, 10, QLatin1Char('0')));
    std::vector<QString> shuffled = refs;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
    {
        Transaction tx(*db);
        for (const QString& ref : shuffled)
            repos.cases().add(makeCase(ref));
        tx.commit();
    }
    int pages = 0;
    const std::vector<Case> all = readAllPages(repos.cases(), CaseFilter{}, 100, &pages);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(refsOf(all), refs);
}

TEST_F(SqlCaseRepositoryTest, KeysetPagingByUpdatedBreaksTiesById)
{
    // Ten cases per timestamp: the page boundary falls inside a run of equal updated_at.
    std::vector<qint64> ids;
    {
        Transaction tx(*db);
        for (int i = 0; i < 250; ++i) {
            Case c = makeCase(QStringLiteral("T-%1").arg(i));
            c.updatedAt = utc(1'700'000'000'000 + ((i * 37) % 25) * 1'001);
            ids.push_back(repos.cases().add(c));
        }
        tx.commit();
    }
    CaseFilter filter;
    filter.order = CaseFilter::Order::Updated;
    const std::vector<Case> asc = readAllPages(repos.cases(), filter, 100);
    ASSERT_EQ(asc.size(), 250u);
    for (size_t i = 1; i < asc.size(); ++i) {
        const auto prev = std::pair(asc[i - 1].updatedAt.toMSecsSinceEpoch(), asc[i - 1].id);
        const auto cur = std::pair(asc[i].updatedAt.toMSecsSinceEpoch(), asc[i].id);
        EXPECT_LT(prev, cur) << i;
    }

    filter.descending = true;
    std::vector<Case> desc = readAllPages(repos.cases(), filter, 100);
    ASSERT_EQ(desc.size(), 250u);
    std::reverse(desc.begin(), desc.end());
    for (size_t i = 0; i < desc.size(); ++i)
        EXPECT_EQ(desc[i].id, asc[i].id) << i;
}

TEST_F(SqlCaseRepositoryTest, FiltersByAgentStatusAndClient)
{
    std::vector<Case> expected;
    {
        Transaction tx(*db);
        for (int i = 0; i < 60; ++i) {
            Case c = makeCase(QStringLiteral("F-%1").arg(i, 3, 10, QLatin1Char('0')));
            if (i % 3 == 1)
                c.agentId = agent1;
            else if (i % 3 == 2)
                c.agentId = agent2;
            c.status = (i % 2 == 0) ? CaseStatus::Active : CaseStatus::Closed;
            if (i % 5 == 0)
                c.status = CaseStatus::Promise;
            c.clientId = (i % 4 == 0) ? clientB : clientA;
            c.id = repos.cases().add(c);
            expected.push_back(c);
        }
        tx.commit();
    }
    auto expectMatches = [&](const CaseFilter& filter, auto pred) {
        std::vector<QString> want;
        for (const Case& c : expected) {
            if (pred(c))
                want.push_back(c.ref);
        }
        ASSERT_FALSE(want.empty());
        EXPECT_EQ(refsOf(readAllPages(repos.cases(), filter, 7)), want);
    };

    CaseFilter byAgent;
    byAgent.agentId = agent1;
    expectMatches(byAgent, [&](const Case& c) { return c.agentId == agent1; });

    CaseFilter byStatus;
    byStatus.statuses = {CaseStatus::Active, CaseStatus::Promise};
    expectMatches(byStatus, [](const Case& c) {
        return c.status == CaseStatus::Active || c.status == CaseStatus::Promise;
    });

    CaseFilter combined;
    combined.agentId = agent2;
    combined.clientId = clientA;
    combined.statuses = {CaseStatus::Closed};
    expectMatches(combined, [&](const Case& c) {
        return c.agentId == agent2 && c.clientId == clientA && c.status == CaseStatus::Closed;
    });

    CaseFilter none;
    none.agentId = agent1;
    none.statuses = {CaseStatus::Recalled};
    EXPECT_TRUE(repos.cases().listPage(none, std::nullopt, 10).empty());
}

TEST_F(SqlCaseRepositoryTest, ForeignKeyAndCheckViolationsThrowAndLeaveTableUnchanged)
{
    repos.cases().add(makeCase(QStringLiteral("K-1")));
    const qint64 before = rowCount();

    Case noClient = makeCase(QStringLiteral("K-2"));
    noClient.clientId = 999;
    EXPECT_THROW(repos.cases().add(noClient), Error);

    Case noAgent = makeCase(QStringLiteral("K-3"));
    noAgent.agentId = 999;
    EXPECT_THROW(repos.cases().add(noAgent), Error);

    Case negative = makeCase(QStringLiteral("K-4"));
    negative.placedBalance.minor = -1;
    EXPECT_THROW(repos.cases().add(negative), Error);

    EXPECT_THROW(repos.cases().add(makeCase(QStringLiteral("K-1"))), Error); // duplicate ref
    EXPECT_EQ(rowCount(), before);
}

TEST_F(SqlCaseRepositoryTest, IntegrityChecksAtTheBoundary)
{
    auto expectInvalid = [this](const Case& c) {
        try {
            repos.cases().add(c);
            ADD_FAILURE() << "expected InvalidInput";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        }
    };
    Case badCurrency = makeCase(QStringLiteral("V-1"));
    badCurrency.placedBalance.currency = QStringLiteral("usd");
    badCurrency.currentBalance.currency = QStringLiteral("usd");
    expectInvalid(badCurrency);

    Case mixed = makeCase(QStringLiteral("V-2"));
    mixed.currentBalance.currency = QStringLiteral("CNY");
    expectInvalid(mixed);

    Case noDebtor = makeCase(QStringLiteral("V-3"));
    noDebtor.debtorId = 0;
    expectInvalid(noDebtor);

    Case noTime = makeCase(QStringLiteral("V-4"));
    noTime.updatedAt = QDateTime();
    expectInvalid(noTime);
    EXPECT_EQ(rowCount(), 0);

    EXPECT_THROW(repos.cases().listPage(CaseFilter{}, std::nullopt, 0), Error);
    EXPECT_THROW(repos.cases().listPage(CaseFilter{}, std::nullopt, 10'001), Error);
}

TEST_F(SqlCaseRepositoryTest, UnknownStatusCodeInDatabaseIsADatabaseError)
{
    const qint64 id = repos.cases().add(makeCase(QStringLiteral("Z-1")));
    // Simulate a file written by a newer version with a status this build does not know.
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    Query::run(*db, QStringLiteral("UPDATE cases SET status = 'frozen'"));
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    try {
        repos.cases().find(id);
        FAIL() << "an unknown status must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.details().contains(QStringLiteral("frozen")));
        EXPECT_TRUE(e.details().contains(QStringLiteral("cases.status")));
    }
}
