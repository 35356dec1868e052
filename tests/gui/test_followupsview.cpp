#include "db/connection.h"
#include "db/query.h"
#include "followups/followupmodel.h"
#include "followups/followupsview.h"
#include "guitestsupport.h"
#include "session/session.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

/// The demo database with three follow-ups of one agent placed around a fixed "now" (noon
/// today in the system zone): one overdue, one later today, one in three days.
class FollowUpsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = std::make_unique<test::DemoDatabaseCopy>();
        m_write = Connection::open(OpenOptions{m_db->path(), OpenOptions::Mode::ReadWrite});
        // An agent of the default user's (the first supervisor's) team.
        m_agent = Query::scalar(*m_write,
                                QStringLiteral("SELECT u.id FROM users u JOIN teams t ON t.id = "
                                               "u.team_id WHERE u.role = 'agent' AND "
                                               "t.supervisor_id = (SELECT min(id) FROM users "
                                               "WHERE role = 'supervisor') ORDER BY u.id LIMIT 1"))
                      .toLongLong();
        ASSERT_GT(m_agent, 0);
        m_agentLogin =
            Query::scalar(*m_write,
                          QStringLiteral("SELECT login FROM users WHERE id = %1").arg(m_agent))
                .toString();
        m_case = Query::scalar(*m_write, QStringLiteral("SELECT min(id) FROM cases")).toLongLong();
        m_ref = Query::scalar(*m_write,
                              QStringLiteral("SELECT ref FROM cases WHERE id = %1").arg(m_case))
                    .toString();
    }

    qint64 addFollowUp(const QDateTime& due, const QString& note)
    {
        Query q(*m_write, QStringLiteral("INSERT INTO followups (case_id, agent_id, type, due_at, "
                                         "note) VALUES (:case, :agent, 'call', :due, :note)"));
        q.bind(QStringLiteral(":case"), m_case)
            .bind(QStringLiteral(":agent"), m_agent)
            .bind(QStringLiteral(":due"), toDb(due))
            .bind(QStringLiteral(":note"), note)
            .exec();
        return q.lastInsertId();
    }

    static bool waitLoaded(FollowUpsView& view)
    {
        return QTest::qWaitFor([&] { return view.isLoaded(); }, 20000);
    }

    /// Ids of the follow-ups in @p group of the view's model.
    static QList<qint64> idsIn(const FollowUpModel& model, FollowUpGroup group)
    {
        QList<qint64> ids;
        const int row = model.groupRow(group);
        if (row < 0)
            return ids;
        const QModelIndex parent = model.index(row, 0);
        for (int r = 0; r < model.rowCount(parent); ++r)
            ids << model.index(r, 0, parent).data(FollowUpModel::FollowUpIdRole).toLongLong();
        return ids;
    }

    const QTimeZone m_zone = QTimeZone::systemTimeZone();
    const QDateTime m_now = QDateTime(QDate::currentDate(), QTime(12, 0), m_zone);
    std::unique_ptr<test::DemoDatabaseCopy> m_db;
    std::unique_ptr<Connection> m_write;
    qint64 m_agent = 0;
    QString m_agentLogin;
    qint64 m_case = 0;
    QString m_ref;
};

TEST_F(FollowUpsViewTest, ASupervisorSeesTheTeamGroupedAndOpensACase)
{
    const qint64 late = addFollowUp(m_now.addSecs(-3600), QStringLiteral("late"));
    const qint64 today = addFollowUp(m_now.addSecs(3600), QStringLiteral("today"));
    const qint64 later = addFollowUp(m_now.addDays(3), QStringLiteral("later"));
    m_write.reset();
    auto session = Session::open(m_db->path());
    ASSERT_EQ(session->user().role, Role::Supervisor);
    FollowUpsView view(*session);
    view.setClock(m_now, m_zone);
    view.resize(1100, 600);
    view.show();
    ASSERT_TRUE(waitLoaded(view));
    const FollowUpModel& model = *view.model();
    EXPECT_TRUE(idsIn(model, FollowUpGroup::Overdue).contains(late));
    EXPECT_TRUE(idsIn(model, FollowUpGroup::Today).contains(today));
    EXPECT_TRUE(idsIn(model, FollowUpGroup::Upcoming).contains(later));
    EXPECT_FALSE(view.isShowingEmptyState());
    EXPECT_FALSE(view.tree()->header()->isSectionHidden(FollowUpModel::Agent));
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("overdue")));

    // Enter on the follow-up due today opens its case.
    const int group = model.groupRow(FollowUpGroup::Today);
    const QModelIndex parent = model.index(group, 0);
    QModelIndex target;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        if (model.index(r, 0, parent).data(FollowUpModel::FollowUpIdRole).toLongLong() == today)
            target = model.index(r, 0, parent);
    }
    ASSERT_TRUE(target.isValid());
    QSignalSpy open(&view, &FollowUpsView::openCaseRequested);
    view.tree()->setCurrentIndex(target);
    QTest::keyClick(view.tree(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toLongLong(), m_case);
    EXPECT_EQ(open.at(0).at(1).toString(), m_ref);
    // A group row opens nothing.
    view.tree()->setCurrentIndex(parent);
    QTest::keyClick(view.tree(), Qt::Key_Return);
    EXPECT_EQ(open.count(), 1);
}

TEST_F(FollowUpsViewTest, AnAgentWithNothingDueSeesWhyAndRefreshShowsNewOnes)
{
    Query done(*m_write, QStringLiteral("UPDATE followups SET done_at = 1 WHERE agent_id = :a"));
    done.bind(QStringLiteral(":a"), m_agent).exec();
    auto session = Session::open(m_db->path(), m_agentLogin);
    ASSERT_EQ(session->user().role, Role::Agent);
    FollowUpsView view(*session);
    view.setClock(m_now, m_zone);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_TRUE(view.isShowingEmptyState());
    EXPECT_TRUE(view.emptyLabel()->text().contains(QStringLiteral("well done")));
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.tree()->header()->isSectionHidden(FollowUpModel::Agent));

    const qint64 id = addFollowUp(m_now.addSecs(-60), QStringLiteral("call back"));
    QSignalSpy loaded(&view, &AppView::loaded);
    view.refresh(); // F5
    EXPECT_FALSE(view.isLoaded());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_FALSE(view.isShowingEmptyState());
    EXPECT_EQ(idsIn(*view.model(), FollowUpGroup::Overdue), QList<qint64>{id});
    EXPECT_EQ(view.model()->followUpCount(), 1);
}

} // namespace
} // namespace caseloop
