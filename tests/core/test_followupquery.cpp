#include "db/query.h"
#include "error.h"
#include "services/followupquery.h"
#include "support/casefixture.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

const QTimeZone kShanghai("Asia/Shanghai");

/// A local time in Shanghai (UTC+8, no daylight saving).
QDateTime sh(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kShanghai);
}

/// Two agents and their supervisor (team of the first agent only), an admin, and follow-ups
/// around the local midnight of 10 March 2026 in Shanghai; "now" is 14:00 that day.
class FollowUpQueryTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        User u;
        u.login = QStringLiteral("sup");
        u.displayName = QStringLiteral("Supervisor");
        u.role = Role::Supervisor;
        u.createdAt = test::utc(1);
        supervisor = repos.users().add(u);
        u.login = QStringLiteral("admin");
        u.role = Role::Admin;
        admin = repos.users().add(u);
        Query team(*db, QStringLiteral("INSERT INTO teams (name, supervisor_id) VALUES ('North', "
                                       ":sup)"));
        team.bind(QStringLiteral(":sup"), supervisor).exec();
        const qint64 teamId = team.lastInsertId();
        Query member(*db, QStringLiteral("UPDATE users SET team_id = :team WHERE id = :agent"));
        member.bind(QStringLiteral(":team"), teamId).bind(QStringLiteral(":agent"), agent).exec();
        Query address(*db, QStringLiteral("UPDATE debtors SET address_line = '8 Harbour Road', "
                                          "postal_code = '200000', city = 'Shanghai'"));
        address.exec();

        overdue =
            add(agent, FollowUpType::Call, sh(10, 9), QStringLiteral("Call back after payday"));
        atNow = add(agent, FollowUpType::Sms, now, {});
        lastMinute = add(agent, FollowUpType::Email, sh(10, 23, 59), {});
        midnight = add(agent, FollowUpType::Letter, sh(11, 0), {});
        farAway = add(agent, FollowUpType::Call, sh(10, 9).addDays(20), {});
        done = add(agent, FollowUpType::Call, sh(9, 9), {}, true);
        visitNoAddress =
            add(agent2, FollowUpType::Visit, sh(8, 10), QStringLiteral("Leave notice"));
        visit = add(agent2, FollowUpType::Visit, sh(12, 10), QStringLiteral("Meet in person"),
                    false, QStringLiteral("1 Main Street"));
    }

    qint64 add(qint64 who, FollowUpType type, const QDateTime& due, const QString& note,
               bool isDone = false, const QString& address = {})
    {
        FollowUp f;
        f.caseId = caseId;
        f.agentId = who;
        f.type = type;
        f.dueAt = due.toUTC();
        f.note = note;
        f.visitAddress = address;
        if (isDone)
            f.doneAt = due.toUTC();
        return repos.followUps().add(f);
    }

    static std::vector<qint64> idsOf(const std::vector<FollowUpItem>& items)
    {
        std::vector<qint64> out;
        for (const auto& i : items)
            out.push_back(i.id);
        return out;
    }

    UserContext as(qint64 id, Role role) const
    {
        return UserContext{id, QStringLiteral("u"), role, {}};
    }

    const QDateTime now = sh(10, 14);
    qint64 supervisor = 0;
    qint64 admin = 0;
    qint64 overdue = 0, atNow = 0, lastMinute = 0, midnight = 0, farAway = 0, done = 0;
    qint64 visitNoAddress = 0, visit = 0;
};

TEST_F(FollowUpQueryTest, AgentsSeeTheirOwnOpenFollowUpsByDueTime)
{
    FollowUpQuery query(*db, as(agent, Role::Agent));
    const auto items = query.list(now, kShanghai);
    EXPECT_EQ(idsOf(items), (std::vector<qint64>{overdue, atNow, lastMinute, midnight}));
    EXPECT_FALSE(query.seesOthers());
    const FollowUpItem& first = items.at(0);
    EXPECT_EQ(first.caseId, caseId);
    EXPECT_EQ(first.caseRef,
              Query::scalar(*db, QStringLiteral("SELECT ref FROM cases WHERE id = %1").arg(caseId))
                  .toString());
    EXPECT_EQ(first.debtorName, QStringLiteral("李娜"));
    EXPECT_EQ(first.type, FollowUpType::Call);
    EXPECT_EQ(first.dueAt, sh(10, 9));
    EXPECT_EQ(first.note, QStringLiteral("Call back after payday"));
    EXPECT_TRUE(first.visitAddress.isEmpty()); // not a visit
    EXPECT_EQ(first.agentId, agent);
    EXPECT_EQ(query.counts(now, kShanghai), (FollowUpCounts{1, 2, 1}));
    // The range reaches further when asked to.
    EXPECT_EQ(query.list(now, kShanghai, 30).size(), 5u);
    EXPECT_EQ(query.counts(now, kShanghai, 30).upcoming, 2);
}

TEST_F(FollowUpQueryTest, GroupsChangeAtTheUsersLocalMidnight)
{
    const QDateTime tomorrow = FollowUpQuery::startOfTomorrow(now, kShanghai);
    EXPECT_EQ(tomorrow, sh(11, 0));
    EXPECT_EQ(FollowUpQuery::groupOf(now.addMSecs(-1), now, kShanghai), FollowUpGroup::Overdue);
    EXPECT_EQ(FollowUpQuery::groupOf(now, now, kShanghai), FollowUpGroup::Today);
    EXPECT_EQ(FollowUpQuery::groupOf(tomorrow.addMSecs(-1), now, kShanghai), FollowUpGroup::Today);
    EXPECT_EQ(FollowUpQuery::groupOf(tomorrow, now, kShanghai), FollowUpGroup::Upcoming);
    // The same instants for a user in New York (UTC-4 on 10 March 2026): 14:00 in Shanghai is
    // 02:00 there, so Shanghai's midnight (12:00 in New York) is still "today".
    const QTimeZone newYork("America/New_York");
    EXPECT_EQ(FollowUpQuery::groupOf(tomorrow, now, newYork), FollowUpGroup::Today);
    FollowUpQuery query(*db, as(agent, Role::Agent));
    EXPECT_EQ(query.counts(now, newYork), (FollowUpCounts{1, 3, 0}));
    // Just before and at the user's midnight.
    const QDateTime nyMidnight(QDate(2026, 3, 11), QTime(0, 0), newYork);
    EXPECT_EQ(FollowUpQuery::startOfTomorrow(now, newYork), nyMidnight.toUTC());
    EXPECT_EQ(FollowUpQuery::groupOf(nyMidnight.addMSecs(-1), now, newYork), FollowUpGroup::Today);
    EXPECT_EQ(FollowUpQuery::groupOf(nyMidnight, now, newYork), FollowUpGroup::Upcoming);
}

TEST_F(FollowUpQueryTest, SupervisorsSeeTheirTeamAndAdminsEveryone)
{
    FollowUpQuery team(*db, as(supervisor, Role::Supervisor));
    EXPECT_TRUE(team.seesOthers());
    const auto agents = team.visibleAgents();
    ASSERT_TRUE(agents);
    EXPECT_EQ(*agents, (std::vector<qint64>{agent, supervisor}));
    EXPECT_EQ(idsOf(team.list(now, kShanghai)),
              (std::vector<qint64>{overdue, atNow, lastMinute, midnight}));
    EXPECT_EQ(team.list(now, kShanghai).at(0).agentName, QStringLiteral("张伟"));

    FollowUpQuery everyone(*db, as(admin, Role::Admin));
    EXPECT_FALSE(everyone.visibleAgents());
    EXPECT_EQ(idsOf(everyone.list(now, kShanghai)),
              (std::vector<qint64>{visitNoAddress, overdue, atNow, lastMinute, midnight, visit}));
    EXPECT_EQ(everyone.counts(now, kShanghai), (FollowUpCounts{2, 2, 2}));

    FollowUpQuery other(*db, as(agent2, Role::Agent));
    EXPECT_EQ(idsOf(other.list(now, kShanghai)), (std::vector<qint64>{visitNoAddress, visit}));
}

TEST_F(FollowUpQueryTest, VisitsCarryTheirAddress)
{
    FollowUpQuery query(*db, as(agent2, Role::Agent));
    const auto items = query.list(now, kShanghai);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].type, FollowUpType::Visit);
    EXPECT_EQ(items[0].visitAddress, QStringLiteral("8 Harbour Road, 200000, Shanghai"));
    EXPECT_EQ(items[0].note, QStringLiteral("Leave notice"));
    EXPECT_EQ(items[1].visitAddress, QStringLiteral("1 Main Street"));
}

TEST_F(FollowUpQueryTest, LimitAndBadRanges)
{
    FollowUpQuery query(*db, as(admin, Role::Admin));
    EXPECT_EQ(idsOf(query.list(now, kShanghai, 14, 2)),
              (std::vector<qint64>{visitNoAddress, overdue}));
    EXPECT_THROW(query.list(now, kShanghai, -1), Error);
    EXPECT_THROW(query.list(now, kShanghai, 14, 0), Error);
    EXPECT_EQ(query.list(now, kShanghai, 0).size(), 4u); // overdue and today only
}

} // namespace
} // namespace caseloop
