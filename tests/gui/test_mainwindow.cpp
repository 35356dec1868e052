#include "appview.h"
#include "guitestsupport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "session/session.h"
#include "viewregistry.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_language.setLanguage(QStringLiteral("en"), false);
        m_session = Session::open(m_db.path());
        m_window = std::make_unique<MainWindow>(*m_session, m_language);
        m_window->resize(1100, 700);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_language.setLanguage(QStringLiteral("en"), false);
    }

    QString label(const char* name) const
    {
        auto* l = m_window->findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<missing>");
    }
    QAction* languageAction(const QString& code) const
    {
        for (QMenu* menu : m_window->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions()) {
                if (action->data().toString() == code)
                    return action;
            }
        }
        return nullptr;
    }

    test::DemoDatabaseCopy m_db;
    LanguageManager m_language;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, CtrlNumberShortcutsSwitchViews)
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("stack"));
    ASSERT_NE(stack, nullptr);
    const QStringList names = ViewRegistry::names();
    ASSERT_EQ(names.size(), 9);
    for (int i = names.size() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(m_window->currentViewName(), names[i]);
        EXPECT_EQ(stack->currentWidget(), m_window->view(names[i]));
    }
}

TEST_F(MainWindowTest, NavigationListSwitchesViews)
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), ViewRegistry::names().size());
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("followups"));
    EXPECT_EQ(navigation->currentItem()->text(), QStringLiteral("Follow-ups"));
    EXPECT_TRUE(m_window->showView(QStringLiteral("audit")));
    EXPECT_EQ(navigation->currentRow(), ViewRegistry::names().indexOf(QStringLiteral("audit")));
    EXPECT_FALSE(m_window->showView(QStringLiteral("no-such-view")));
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("audit"));
}

TEST_F(MainWindowTest, StatusBarShowsUserRoleAndDatabase)
{
    const QString expectedUser = m_session->displayName();
    ASSERT_FALSE(expectedUser.isEmpty());
    EXPECT_EQ(m_session->user().role, Role::Supervisor);
    EXPECT_TRUE(label("statusUser").contains(expectedUser)) << label("statusUser").toStdString();
    EXPECT_TRUE(label("statusUser").contains(QStringLiteral("Supervisor")));
    EXPECT_EQ(label("statusDatabase"), QStringLiteral("demo.db"));
    auto* db = m_window->findChild<QLabel*>(QStringLiteral("statusDatabase"));
    EXPECT_EQ(db->toolTip(), QFileInfo(m_db.path()).absoluteFilePath());
    EXPECT_EQ(label("statusSchema"), QStringLiteral("Schema %1").arg(m_session->schemaVersion()));
}

TEST_F(MainWindowTest, LanguageSwitchRetranslatesAndBack)
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    const int casesRow = ViewRegistry::names().indexOf(QStringLiteral("cases"));
    ASSERT_EQ(navigation->item(casesRow)->text(), QStringLiteral("Cases"));
    QAction* chinese = languageAction(QStringLiteral("zh_CN"));
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    EXPECT_EQ(m_language.language(), QStringLiteral("zh_CN"));
    // Qt delivers LanguageChange as posted events.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return navigation->item(casesRow)->text() == QStringLiteral("案件"); }, 5000));
    EXPECT_TRUE(label("statusUser").contains(QStringLiteral("主管")));
    EXPECT_EQ(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    languageAction(QStringLiteral("en"))->trigger();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return navigation->item(casesRow)->text() == QStringLiteral("Cases"); }, 5000));
    EXPECT_TRUE(label("statusUser").contains(QStringLiteral("Supervisor")));
    EXPECT_EQ(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
}

TEST_F(MainWindowTest, RemembersLastViewAndSplitter)
{
    m_window->showView(QStringLiteral("complaints"));
    m_window->close();
    MainWindow second(*m_session, m_language);
    EXPECT_EQ(second.currentViewName(), QStringLiteral("overview"));
    second.restoreSettings();
    EXPECT_EQ(second.currentViewName(), QStringLiteral("complaints"));

    second.setPersistSettings(false);
    second.showView(QStringLiteral("audit"));
    second.close();
    EXPECT_EQ(QSettings().value(QStringLiteral("mainWindow/lastView")).toString(),
              QStringLiteral("complaints"));
}

TEST_F(MainWindowTest, F5RefreshesTheCurrentView)
{
    AppView* overview = m_window->view(QStringLiteral("overview"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return overview->isLoaded(); }, 30000));
    QSignalSpy spy(overview, &AppView::loaded);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    EXPECT_FALSE(overview->isLoaded());
    EXPECT_TRUE(spy.wait(30000));
    EXPECT_TRUE(overview->isLoaded());
}

} // namespace
} // namespace caseloop
