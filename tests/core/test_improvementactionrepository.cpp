#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <algorithm>
#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

class SqlImprovementActionRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        User u;
        u.login = QStringLiteral("agent1");
        u.displayName = QStringLiteral("张伟");
        u.createdAt = utc(1);
        agent = repos.users().add(u);
        u.login = QStringLiteral("agent2");
        agent2 = repos.users().add(u);
        const qint64 client =
            repos.clients().add(Client{0, QStringLiteral("C1"), QStringLiteral("Client"), {}});
        Debtor d;
        d.fullName = QStringLiteral("李娜");
        d.createdAt = utc(1);
        d.phones.push_back(Phone{0, QStringLiteral("+8613800000000"), QStringLiteral("mobile"),
                                 false, std::nullopt});
        d.emails.push_back(Email{0, QStringLiteral("li.na@example.cn"), false, std::nullopt});
        debtor = repos.debtors().add(d);
        const Debtor stored = *repos.debtors().find(debtor);
        phone = stored.phones.at(0).id;
        email = stored.emails.at(0).id;
        Case c;
        c.clientId = client;
        c.debtorId = debtor;
        c.placedDate = QDate(2025, 3, 1);
        c.placedBalance = Money{500'00, QStringLiteral("CNY")};
        c.currentBalance = c.placedBalance;
        c.updatedAt = utc(1);
        c.ref = QStringLiteral("CASE-1");
        caseId = repos.cases().add(c);
        c.ref = QStringLiteral("CASE-2");
        case2 = repos.cases().add(c);
    }

    qint64 rows(const QString& table)
    {
        return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
    qint64 agent = 0;
    qint64 agent2 = 0;
    qint64 debtor = 0;
    qint64 phone = 0;
    qint64 email = 0;
    qint64 caseId = 0;
    qint64 case2 = 0;
};

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
