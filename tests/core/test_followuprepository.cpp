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

void expectSame(const FollowUp& a, const FollowUp& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.agentId, b.agentId);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.dueAt.toMSecsSinceEpoch(), b.dueAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.doneAt, b.doneAt);
}

std::vector<qint64> idsOf(const std::vector<FollowUp>& list)
{
    std::vector<qint64> ids;
    for (const FollowUp& f : list)
        ids.push_back(f.id);
    return ids;
}

class SqlFollowUpRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlFollowUpRepositoryTest, AddFindAndUpdateRoundTrip)
{
    FollowUp f;
    f.caseId = caseId;
    f.agentId = agent;
    f.type = FollowUpType::Visit;
    f.dueAt = utc(1'700'000'000'789);
    f.note = QStringLiteral("上门核实地址");
    f.id = repos.followUps().add(f);
    ASSERT_GT(f.id, 0);
    const FollowUp found = *repos.followUps().find(f.id);
    expectSame(found, f);
    EXPECT_FALSE(found.doneAt.has_value());

    f.doneAt = utc(1'700'000'100'001);
    f.agentId = agent2;
    f.type = FollowUpType::Review;
    f.note = QStringLiteral("done");
    repos.followUps().update(f);
    expectSame(*repos.followUps().find(f.id), f);

    EXPECT_FALSE(repos.followUps().find(f.id + 1).has_value());
    FollowUp missing = f;
    missing.id = f.id + 1;
    EXPECT_THROW(repos.followUps().update(missing), Error);
}

TEST_F(SqlFollowUpRepositoryTest, ListsByCaseAndDueForAgent)
{
    auto add = [this](qint64 onCase, qint64 who, qint64 due, bool done) {
        FollowUp f;
        f.caseId = onCase;
        f.agentId = who;
        f.dueAt = utc(due);
        if (done)
            f.doneAt = utc(due + 1);
        return repos.followUps().add(f);
    };
    const qint64 late = add(caseId, agent, 3000, false);
    const qint64 early = add(caseId, agent, 1000, false);
    const qint64 done = add(caseId, agent, 500, true);
    const qint64 otherAgent = add(case2, agent2, 800, false);
    const qint64 future = add(case2, agent, 10'000, false);
    const qint64 sameDue = add(case2, agent, 1000, false);

    EXPECT_EQ(idsOf(repos.followUps().listByCase(caseId)),
              (std::vector<qint64>{late, early, done}));
    EXPECT_EQ(idsOf(repos.followUps().dueForAgent(agent, utc(5000))),
              (std::vector<qint64>{early, sameDue, late}));
    EXPECT_EQ(idsOf(repos.followUps().dueForAgent(agent, utc(1000))), std::vector<qint64>{});
    EXPECT_EQ(idsOf(repos.followUps().dueForAgent(agent2, utc(100'000))),
              std::vector<qint64>{otherAgent});
    (void)future;
}

TEST_F(SqlFollowUpRepositoryTest, ViolationsThrowAndLeaveTableUnchanged)
{
    FollowUp f;
    f.caseId = 999;
    f.agentId = agent;
    f.dueAt = utc(1);
    EXPECT_THROW(repos.followUps().add(f), Error);
    f.caseId = caseId;
    f.agentId = 999;
    EXPECT_THROW(repos.followUps().add(f), Error);
    f.agentId = agent;
    f.dueAt = QDateTime();
    EXPECT_THROW(repos.followUps().add(f), Error);
    EXPECT_EQ(rows(QStringLiteral("followups")), 0);
}
