#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/casefixture.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <algorithm>
#include <gtest/gtest.h>

using namespace caseloop;
using test::utc;

namespace {

void expectSame(const Hold& a, const Hold& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.debtorId, b.debtorId);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.since.toMSecsSinceEpoch(), b.since.toMSecsSinceEpoch());
    EXPECT_EQ(a.until, b.until);
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.createdById, b.createdById);
}

std::vector<qint64> idsOf(const std::vector<Hold>& holds)
{
    std::vector<qint64> ids;
    for (const Hold& h : holds)
        ids.push_back(h.id);
    return ids;
}

class SqlHoldRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlHoldRepositoryTest, AddThenFindRoundTripsEveryField)
{
    Hold h;
    h.debtorId = debtor;
    h.caseId = caseId;
    h.type = HoldType::AttorneyRepresented;
    h.since = utc(1'700'000'000'111);
    h.until = utc(1'800'000'000'222);
    h.note = QStringLiteral("律师代理：王律师");
    h.createdById = agent;
    h.id = repos.holds().add(h);
    ASSERT_GT(h.id, 0);
    const Hold found = *repos.holds().find(h.id);
    expectSame(found, h);
    EXPECT_EQ(found.since.timeZone(), QTimeZone::utc());

    Hold open;
    open.debtorId = debtor;
    open.type = HoldType::Bankruptcy;
    open.since = utc(5);
    open.id = repos.holds().add(open);
    const Hold openFound = *repos.holds().find(open.id);
    expectSame(openFound, open);
    EXPECT_FALSE(openFound.caseId.has_value());
    EXPECT_FALSE(openFound.until.has_value());
    EXPECT_FALSE(openFound.createdById.has_value());
    EXPECT_FALSE(repos.holds().find(999).has_value());
}

TEST_F(SqlHoldRepositoryTest, SetUntilSetsAndClearsTheEnd)
{
    Hold h;
    h.debtorId = debtor;
    h.since = utc(1000);
    h.id = repos.holds().add(h);
    repos.holds().setUntil(h.id, utc(2'000'123));
    EXPECT_EQ(repos.holds().find(h.id)->until, utc(2'000'123));
    repos.holds().setUntil(h.id, std::nullopt);
    EXPECT_FALSE(repos.holds().find(h.id)->until.has_value());
    try {
        repos.holds().setUntil(h.id + 50, utc(3000));
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
}

TEST_F(SqlHoldRepositoryTest, ListsByCaseNewestFirstAndActiveForDebtorAtATime)
{
    auto add = [this](std::optional<qint64> onCase, qint64 since, std::optional<qint64> until) {
        Hold h;
        h.debtorId = debtor;
        h.caseId = onCase;
        h.since = utc(since);
        if (until)
            h.until = utc(*until);
        return repos.holds().add(h);
    };
    const qint64 old = add(caseId, 1000, 2000);
    const qint64 recent = add(caseId, 5000, std::nullopt);
    const qint64 sameTime = add(caseId, 5000, 9000);
    const qint64 debtorWide = add(std::nullopt, 3000, 6000);
    add(case2, 100, std::nullopt);

    EXPECT_EQ(idsOf(repos.holds().listByCase(caseId)),
              (std::vector<qint64>{sameTime, recent, old}));

    // Boundaries: since is inclusive, until exclusive.
    EXPECT_EQ(idsOf(repos.holds().activeForDebtor(debtor, utc(999))).size(), 1u); // case2's
    const std::vector<qint64> at2000 = idsOf(repos.holds().activeForDebtor(debtor, utc(2000)));
    EXPECT_EQ(std::count(at2000.begin(), at2000.end(), old), 0);
    const std::vector<qint64> at5000 = idsOf(repos.holds().activeForDebtor(debtor, utc(5000)));
    EXPECT_EQ(at5000.size(), 4u);
    EXPECT_EQ(at5000.at(0), sameTime);
    EXPECT_EQ(at5000.at(1), recent);
    EXPECT_EQ(at5000.at(2), debtorWide);
    const std::vector<qint64> at6000 = idsOf(repos.holds().activeForDebtor(debtor, utc(6000)));
    EXPECT_EQ(std::count(at6000.begin(), at6000.end(), debtorWide), 0);
    EXPECT_TRUE(repos.holds().activeForDebtor(debtor + 100, utc(5000)).empty());
}

TEST_F(SqlHoldRepositoryTest, ForeignKeyViolationThrowsAndLeavesTableUnchanged)
{
    Hold h;
    h.debtorId = debtor + 100;
    h.since = utc(1);
    EXPECT_THROW(repos.holds().add(h), Error);
    h.debtorId = debtor;
    h.caseId = 999;
    EXPECT_THROW(repos.holds().add(h), Error);
    h.caseId.reset();
    h.since = QDateTime();
    EXPECT_THROW(repos.holds().add(h), Error);
    EXPECT_EQ(rows(QStringLiteral("holds")), 0);
}
