#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"
#include "cases/caselistview.h"
#include "db/connection.h"
#include "db/query.h"
#include "guitestsupport.h"
#include "session/session.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

class CaseListViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("caseList"));
        m_session = Session::open(m_db.path());
    }
    void TearDown() override { QSettings().remove(QStringLiteral("caseList")); }

    static bool waitLoaded(CaseListView& view)
    {
        return QTest::qWaitFor([&] { return view.isLoaded() && view.model()->isCountKnown(); },
                               20000);
    }

    test::DemoDatabaseCopy m_db;
    std::unique_ptr<Session> m_session;
};

TEST_F(CaseListViewTest, LoadsAndShowsTheCount)
{
    CaseListView view(*m_session);
    QSignalSpy loaded(&view, &AppView::loaded);
    EXPECT_FALSE(view.isLoaded());
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(waitLoaded(view));
    const qint64 total = test::countRows(m_db.path(), QStringLiteral("SELECT count(*) FROM cases"));
    EXPECT_EQ(view.model()->totalCount(), total);
    EXPECT_EQ(view.countLabel()->text(), QStringLiteral("%1 cases").arg(QLocale().toString(total)));
    EXPECT_TRUE(view.table()->alternatingRowColors());
    EXPECT_TRUE(view.table()->isSortingEnabled());
}

TEST_F(CaseListViewTest, TypingInTheSearchNarrowsTheList)
{
    CaseListView view(*m_session);
    ASSERT_TRUE(waitLoaded(view));
    const qint64 all = view.model()->totalCount();
    // The ref of case 7 without its last digit: a handful of cases share it.
    auto c = Connection::open(OpenOptions{m_db.path(), OpenOptions::Mode::ReadOnly});
    const QString ref =
        Query::scalar(*c, QStringLiteral("SELECT ref FROM cases WHERE id = 7")).toString();
    const QString typed = ref.left(ref.size() - 1).toLower();
    Query q(*c, QStringLiteral("SELECT count(*) FROM cases WHERE ref LIKE :p"));
    q.bind(QStringLiteral(":p"), QString(typed + u'%'));
    const qint64 expected = q.exec().next() ? q.value(0).toLongLong() : -1;
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, all);

    const quint64 generation = view.model()->generation();
    QTest::keyClicks(view.searchBox(), typed);
    // Debounced: typing does not start a query per key.
    EXPECT_EQ(view.model()->generation(), generation);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->generation() == generation + 1, 2000);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.model()->totalCount(), expected);
    EXPECT_TRUE(view.countLabel()->text().startsWith(QLocale().toString(expected)));

    // Nothing matches: the empty state says so and offers to clear the filters.
    view.searchBox()->setText(QStringLiteral("no such case zzz"));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->generation() == generation + 2, 2000);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.model()->totalCount(), 0);
    auto* clear = view.findChild<QPushButton*>(QStringLiteral("clearFilters"));
    ASSERT_NE(clear, nullptr);
    EXPECT_FALSE(clear->isHidden());
    EXPECT_TRUE(view.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisibleTo(&view));
    clear->click();
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.model()->totalCount(), all);
    EXPECT_TRUE(view.searchBox()->text().isEmpty());
    EXPECT_TRUE(view.table()->isVisibleTo(&view));
}

TEST_F(CaseListViewTest, CtrlFFocusesTheSearchAndEnterOpensACase)
{
    CaseListView view(*m_session);
    view.resize(1000, 600);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_TRUE(waitLoaded(view));
    view.table()->setFocus();
    ASSERT_FALSE(view.searchBox()->hasFocus());
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view.searchBox()->hasFocus());

    QSignalSpy open(&view, &CaseListView::openCaseRequested);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(2, CaseListModel::Debtor));
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0][0].toLongLong(),
              view.model()->index(2, 0).data(CaseListModel::CaseIdRole).toLongLong());
    EXPECT_EQ(open[0][1].toString(),
              view.model()->index(2, 0).data(CaseListModel::RawValueRole).toString());
}

TEST_F(CaseListViewTest, HeaderLayoutAndSortArePersisted)
{
    {
        CaseListView view(*m_session);
        ASSERT_TRUE(waitLoaded(view));
        QHeaderView* header = view.table()->horizontalHeader();
        header->setSectionHidden(CaseListModel::Client, true);
        header->moveSection(header->visualIndex(CaseListModel::Agent), 1);
        header->resizeSection(CaseListModel::Debtor, 333);
        header->setSortIndicator(CaseListModel::Balance, Qt::DescendingOrder);
        EXPECT_EQ(view.model()->request().sort, CaseListSort::Balance);
        EXPECT_TRUE(view.model()->request().descending);
        // A column without an index keeps the current order.
        header->setSortIndicator(CaseListModel::Debtor, Qt::AscendingOrder);
        EXPECT_EQ(header->sortIndicatorSection(), int(CaseListModel::Balance));
        EXPECT_EQ(view.model()->request().sort, CaseListSort::Balance);
    }
    CaseListView view(*m_session);
    QHeaderView* header = view.table()->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(CaseListModel::Client));
    EXPECT_EQ(header->visualIndex(CaseListModel::Agent), 1);
    EXPECT_EQ(header->sectionSize(CaseListModel::Debtor), 333);
    EXPECT_EQ(view.model()->request().sort, CaseListSort::Balance);
    EXPECT_TRUE(view.model()->request().descending);
    ASSERT_TRUE(waitLoaded(view));
}

TEST_F(CaseListViewTest, OneLatinLetterWaitsButOneChineseCharacterSearches)
{
    // Two debtors with a Chinese surname (the small demo may have none).
    Query::run(m_session->connection(),
               QStringLiteral("UPDATE debtors SET full_name = '王小明', name_norm = '王小明' "
                              "WHERE id IN (SELECT debtor_id FROM cases ORDER BY id LIMIT 2)"));
    CaseListView view(*m_session);
    ASSERT_TRUE(waitLoaded(view));
    const quint64 generation = view.model()->generation();
    QTest::keyClicks(view.searchBox(), QStringLiteral("a"));
    QTest::qWait(CaseListView::searchDelayMs + 100);
    EXPECT_EQ(view.model()->generation(), generation); // nothing to search yet
    EXPECT_TRUE(view.countLabel()->text().contains(QStringLiteral("at least 2")));
    EXPECT_EQ(CaseListView::effectiveSearch(QStringLiteral(" a ")), QString());
    EXPECT_EQ(CaseListView::effectiveSearch(QStringLiteral("ab")), QStringLiteral("ab"));

    const QString surname =
        Query::scalar(m_session->connection(), QStringLiteral("SELECT substr(name_norm, 1, 1) FROM "
                                                              "debtors WHERE unicode(name_norm) > "
                                                              "19967 ORDER BY id LIMIT 1"))
            .toString();
    ASSERT_EQ(surname.size(), 1);
    EXPECT_EQ(CaseListView::effectiveSearch(surname), surname);
    Query q(m_session->connection(),
            QStringLiteral("SELECT count(*) FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                           "WHERE d.name_norm LIKE :p"));
    q.bind(QStringLiteral(":p"), QString(surname + u'%'));
    const qint64 expected = q.exec().next() ? q.value(0).toLongLong() : -1;
    ASSERT_GT(expected, 0);
    view.searchBox()->setText(surname);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->generation() == generation + 1, 2000);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.model()->totalCount(), expected);
    EXPECT_FALSE(view.countLabel()->text().contains(QStringLiteral("at least 2")));
}

TEST_F(CaseListViewTest, CallNowIsABadgeAndColumnsCanBeHiddenFromTheHeaderMenu)
{
    {
        CaseListView view(*m_session);
        ASSERT_TRUE(waitLoaded(view));
        EXPECT_NE(qobject_cast<BadgeDelegate*>(
                      view.table()->itemDelegateForColumn(CaseListModel::CallNow)),
                  nullptr);
        const QModelIndex call = view.model()->index(0, CaseListModel::CallNow);
        EXPECT_TRUE(call.data(CaseListModel::ToneRole).isValid());
        EXPECT_FALSE(call.data(Qt::ToolTipRole).toString().isEmpty());
        EXPECT_FALSE(call.data().toString().isEmpty());

        std::unique_ptr<QMenu> menu(view.createHeaderMenu(&view));
        const QList<QAction*> actions = menu->actions();
        ASSERT_EQ(actions.size(), int(CaseListModel::ColumnCount));
        EXPECT_FALSE(actions[CaseListModel::Ref]->isEnabled()); // the reference always stays
        EXPECT_TRUE(actions[CaseListModel::CallNow]->isChecked());
        actions[CaseListModel::CallNow]->trigger();
        EXPECT_TRUE(view.table()->horizontalHeader()->isSectionHidden(CaseListModel::CallNow));
        EXPECT_FALSE(actions[CaseListModel::Placed]->isChecked()); // hidden by default
        actions[CaseListModel::Placed]->trigger();
    }
    CaseListView view(*m_session);
    EXPECT_TRUE(view.table()->horizontalHeader()->isSectionHidden(CaseListModel::CallNow));
    EXPECT_FALSE(view.table()->horizontalHeader()->isSectionHidden(CaseListModel::Placed));
    ASSERT_TRUE(waitLoaded(view));
}

} // namespace
} // namespace caseloop
