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

TEST_F(SqlFollowUpRepositoryTest, WorkspaceFieldsPlannedInCompletedByAndRemove)
{
    Contact c;
    c.caseId = caseId;
    c.agentId = agent;
    c.startedAt = utc(1000);
    c.outcome = QStringLiteral("answered");
    const qint64 contact = repos.contacts().add(c);

    FollowUp visit;
    visit.caseId = caseId;
    visit.agentId = agent;
    visit.type = FollowUpType::Visit;
    visit.dueAt = utc(50'000);
    visit.note = QStringLiteral("留通知");
    visit.visitAddress = QStringLiteral("北京市朝阳区建国路 88 号");
    visit.createdAt = utc(2000);
    visit.id = repos.followUps().add(visit);
    FollowUp found = *repos.followUps().find(visit.id);
    expectSame(found, visit);
    EXPECT_EQ(found.visitAddress, visit.visitAddress);
    EXPECT_EQ(found.createdAt, utc(2000));
    EXPECT_FALSE(found.completedByContactId.has_value());
    EXPECT_TRUE(repos.followUps().plannedIn(contact).empty());

    repos.followUps().setPlannedIn(visit.id, contact);
    ASSERT_EQ(repos.followUps().plannedIn(contact).size(), 1u);
    EXPECT_EQ(repos.followUps().plannedIn(contact)[0].id, visit.id);

    found.doneAt = utc(60'000);
    found.completedByContactId = contact;
    repos.followUps().update(found);
    EXPECT_EQ(repos.followUps().find(visit.id)->completedByContactId, contact);
    ASSERT_EQ(repos.followUps().completedBy(contact).size(), 1u);
    found.completedByContactId = contact + 100; // no such contact
    EXPECT_THROW(repos.followUps().update(found), Error);

    EXPECT_THROW(repos.followUps().setPlannedIn(visit.id + 100, contact), Error);
    repos.followUps().remove(visit.id);
    EXPECT_FALSE(repos.followUps().find(visit.id).has_value());
    EXPECT_THROW(repos.followUps().remove(visit.id), Error);
}
