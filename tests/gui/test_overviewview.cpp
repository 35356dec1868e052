#include "guitestsupport.h"
#include "overview/overviewtile.h"
#include "overview/overviewview.h"
#include "session/session.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

using Tile = OverviewView::Tile;

class OverviewViewTest : public ::testing::Test {
protected:
    void SetUp() override { m_session = Session::open(m_db.path()); }

    qint64 count(const char* sql) const
    {
        return test::countRows(m_db.path(), QString::fromLatin1(sql));
    }
    static QString n(qint64 value) { return QLocale().toString(value); }

    test::DemoDatabaseCopy m_db;
    std::unique_ptr<Session> m_session;
};

TEST_F(OverviewViewTest, ShowsProgressWhileLoadingThenRealCounts)
{
    OverviewView view(*m_session);
    // The load runs on a worker thread; before the event loop runs nothing is shown yet.
    EXPECT_FALSE(view.isLoaded());
    EXPECT_EQ(view.tile(Tile::Cases)->value(), QStringLiteral("—"));
    auto* progress = view.findChild<QProgressBar*>(QStringLiteral("progress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_FALSE(progress->isHidden());

    QSignalSpy spy(&view, &AppView::loaded);
    ASSERT_TRUE(spy.wait(30000));
    EXPECT_TRUE(progress->isHidden());
    EXPECT_TRUE(view.figures().error.isEmpty()) << view.figures().error.toStdString();

    const qint64 cases = count("SELECT count(*) FROM cases");
    ASSERT_GT(cases, 0);
    EXPECT_EQ(view.tile(Tile::Cases)->value(), n(cases));
    EXPECT_EQ(view.tile(Tile::Debtors)->value(), n(count("SELECT count(*) FROM debtors")));
    EXPECT_EQ(view.tile(Tile::Contacts)->value(), n(count("SELECT count(*) FROM contacts")));
    EXPECT_EQ(view.tile(Tile::FollowUps)->value(),
              n(count("SELECT count(*) FROM followups WHERE done_at IS NULL")));
    EXPECT_EQ(view.tile(Tile::Promises)->value(),
              n(count("SELECT count(*) FROM promises WHERE status = 'pending'")));
    EXPECT_EQ(view.tile(Tile::Feedback)->value(),
              n(count("SELECT count(*) FROM survey_responses")));
    EXPECT_EQ(view.tile(Tile::Complaints)->value(),
              n(count("SELECT count(*) FROM complaints WHERE status NOT IN "
                      "('resolved','closed')")));
    EXPECT_EQ(view.tile(Tile::Agents)->value(),
              n(count("SELECT count(*) FROM users WHERE role = 'agent' AND active = 1")));
    EXPECT_EQ(view.figures().openCases, count("SELECT count(*) FROM cases WHERE status NOT IN "
                                              "('settled','closed','recalled')"));
    EXPECT_TRUE(view.tile(Tile::Cases)->detail().contains(n(view.figures().openCases)));
}

TEST_F(OverviewViewTest, NumbersFollowTheUiLocale)
{
    // A locale with its own digits shows that the tiles format with the UI locale, whatever
    // the size of the fixture's counts.
    const QLocale saved;
    const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
    QLocale::setDefault(arabic);
    OverviewView view(*m_session);
    QSignalSpy spy(&view, &AppView::loaded);
    const bool loaded = spy.wait(30000);
    QLocale::setDefault(saved);
    ASSERT_TRUE(loaded);
    const qint64 contacts = count("SELECT count(*) FROM contacts");
    EXPECT_EQ(view.tile(Tile::Contacts)->value(), arabic.toString(contacts));
    EXPECT_NE(view.tile(Tile::Contacts)->value(), QString::number(contacts));
}

TEST_F(OverviewViewTest, StaleResultsAreDropped)
{
    OverviewView view(*m_session);
    view.refresh(); // replaces the load started by the constructor
    QSignalSpy spy(&view, &AppView::loaded);
    ASSERT_TRUE(spy.wait(30000));
    EXPECT_EQ(view.figures().generation, 2u);
    // Give the first load every chance to arrive late: it must not be shown or signalled.
    QTest::qWait(300);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(view.figures().generation, 2u);
}

TEST_F(OverviewViewTest, ReportsALoadErrorInPlace)
{
    OverviewView view(*m_session);
    QSignalSpy spy(&view, &AppView::loaded);
    ASSERT_TRUE(spy.wait(30000));
    ASSERT_TRUE(QFile::rename(m_db.path(), m_db.path() + QStringLiteral(".moved")));
    view.refresh();
    ASSERT_TRUE(spy.wait(30000));
    EXPECT_FALSE(view.figures().error.isEmpty());
    EXPECT_EQ(view.tile(Tile::Cases)->value(), QStringLiteral("—"));
    auto* subtitle = view.findChild<QLabel*>(QStringLiteral("subtitle"));
    ASSERT_NE(subtitle, nullptr);
    EXPECT_TRUE(subtitle->text().contains(view.figures().error));
}

TEST_F(OverviewViewTest, DestroyingWhileLoadingIsSafe)
{
    for (int i = 0; i < 3; ++i) {
        auto view = std::make_unique<OverviewView>(*m_session);
        view->refresh();
        view.reset(); // waits for the loader threads; their results must go nowhere
    }
    QTest::qWait(50);
    SUCCEED();
}

} // namespace
} // namespace caseloop
