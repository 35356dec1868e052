#include "db/connection.h"
#include "db/query.h"
#include "followups/followupreminder.h"
#include "guitestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

TEST(FollowUpReminderTest, TextForCounts)
{
    EXPECT_EQ(FollowUpReminder::textFor({}), QString());
    EXPECT_EQ(FollowUpReminder::textFor({0, 0, 9}), QString()); // upcoming only: no reminder
    EXPECT_EQ(FollowUpReminder::textFor({1, 0, 0}), QStringLiteral("1 follow-up overdue"));
    EXPECT_EQ(FollowUpReminder::textFor({3, 5, 2}),
              QStringLiteral("3 follow-ups overdue · 5 due today"));
    EXPECT_EQ(FollowUpReminder::textFor({0, 2, 0}), QStringLiteral("2 follow-ups due today"));
}

TEST(FollowUpReminderTest, CountsTheUsersFollowUpsAndSaysWhenTheTextChanges)
{
    test::DemoDatabaseCopy db;
    auto write = Connection::open(OpenOptions{db.path(), OpenOptions::Mode::ReadWrite});
    const qint64 agent = Query::scalar(*write, QStringLiteral("SELECT min(id) FROM users WHERE "
                                                              "role = 'agent'"))
                             .toLongLong();
    const qint64 caseId =
        Query::scalar(*write, QStringLiteral("SELECT min(id) FROM cases")).toLongLong();
    Query clear(*write, QStringLiteral("UPDATE followups SET done_at = 1 WHERE agent_id = :a"));
    clear.bind(QStringLiteral(":a"), agent).exec();
    const QDateTime now(QDate::currentDate(), QTime(12, 0), QTimeZone::systemTimeZone());
    const auto add = [&](const QDateTime& due) {
        Query q(*write, QStringLiteral("INSERT INTO followups (case_id, agent_id, type, due_at) "
                                       "VALUES (:c, :a, 'call', :due)"));
        q.bind(QStringLiteral(":c"), caseId)
            .bind(QStringLiteral(":a"), agent)
            .bind(QStringLiteral(":due"), toDb(due))
            .exec();
    };
    add(now.addSecs(-7200));
    add(now.addSecs(60));
    add(now.addSecs(120));

    FollowUpReminder reminder(db.path(), UserContext{agent, QStringLiteral("a"), Role::Agent, {}});
    QSignalSpy changed(&reminder, &FollowUpReminder::textChanged);
    reminder.setFixedNow(now);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return reminder.counts() == FollowUpCounts{1, 2, 0};
        },
        20000));
    EXPECT_EQ(reminder.text(), QStringLiteral("1 follow-up overdue · 2 due today"));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toString(), reminder.text());

    // Another overdue one: the text changes on the next count.
    add(now.addDays(-3));
    changed.clear();
    reminder.refresh();
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_EQ(reminder.text(), QStringLiteral("2 follow-ups overdue · 2 due today"));
    // The same counts again: no signal.
    QSignalSpy updated(&reminder, &FollowUpReminder::updated);
    changed.clear();
    reminder.refresh();
    ASSERT_TRUE(updated.wait(20000));
    EXPECT_EQ(changed.count(), 0);
}

} // namespace
} // namespace caseloop
