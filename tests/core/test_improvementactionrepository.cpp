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

class SqlImprovementActionRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlImprovementActionRepositoryTest, AddFindAndListForAgent)
{
    ImprovementAction a;
    a.kind = QStringLiteral("training");
    a.title = QStringLiteral("合规沟通培训");
    a.actionDate = QDate(2025, 4, 15);
    a.createdById = agent2;
    a.note = QStringLiteral("两小时课堂 + 考试");
    a.agentIds = {agent2, agent};
    a.id = repos.improvementActions().add(a);
    ASSERT_GT(a.id, 0);

    const ImprovementAction found = *repos.improvementActions().find(a.id);
    EXPECT_EQ(found.id, a.id);
    EXPECT_EQ(found.kind, a.kind);
    EXPECT_EQ(found.title, a.title);
    EXPECT_EQ(found.actionDate, a.actionDate);
    EXPECT_EQ(found.createdById, a.createdById);
    EXPECT_EQ(found.note, a.note);
    EXPECT_EQ(found.agentIds,
              (std::vector<qint64>{std::min(agent, agent2), std::max(agent, agent2)}));

    ImprovementAction later;
    later.kind = QStringLiteral("coaching");
    later.title = QStringLiteral("1:1");
    later.actionDate = QDate(2025, 6, 1);
    later.agentIds = {agent};
    later.id = repos.improvementActions().add(later);
    const ImprovementAction laterFound = *repos.improvementActions().find(later.id);
    EXPECT_FALSE(laterFound.createdById.has_value());
    EXPECT_TRUE(laterFound.note.isEmpty());

    std::vector<qint64> ids;
    for (const ImprovementAction& x : repos.improvementActions().listForAgent(agent))
        ids.push_back(x.id);
    EXPECT_EQ(ids, (std::vector<qint64>{later.id, a.id}));
    const std::vector<ImprovementAction> forAgent2 =
        repos.improvementActions().listForAgent(agent2);
    ASSERT_EQ(forAgent2.size(), 1u);
    EXPECT_EQ(forAgent2[0].agentIds.size(), 2u);
    EXPECT_FALSE(repos.improvementActions().find(later.id + 1).has_value());
}

TEST_F(SqlImprovementActionRepositoryTest, ViolationsLeaveNoActionBehind)
{
    ImprovementAction a;
    a.kind = QStringLiteral("training");
    a.title = QStringLiteral("T");
    a.actionDate = QDate(2025, 4, 15);
    a.agentIds = {agent, agent2 + 100}; // unknown agent
    EXPECT_THROW(repos.improvementActions().add(a), Error);
    a.agentIds = {agent};
    a.kind = QStringLiteral("party");
    EXPECT_THROW(repos.improvementActions().add(a), Error);
    a.kind = QStringLiteral("coaching");
    a.actionDate = QDate();
    EXPECT_THROW(repos.improvementActions().add(a), Error);
    EXPECT_EQ(rows(QStringLiteral("improvement_actions")), 0);
    EXPECT_EQ(rows(QStringLiteral("improvement_action_agents")), 0);
}
