#include "casescreen/caselabels.h"
#include "casescreen/casescreenview.h"
#include "casescreen/casesummarypanel.h"
#include "casescreen/casetimelinemodel.h"
#include "casescreen/logcontactform.h"
#include "guitestsupport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "session/session.h"
#include "test_casescreensupport.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

class CaseScreenViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("caseScreen"));
        m_caseId = test::pickCase(m_db.path(),
                                  QStringLiteral("SELECT case_id FROM contacts GROUP BY case_id "
                                                 "ORDER BY count(*) DESC, case_id LIMIT 1"));
        m_ref = test::refOf(m_db.path(), m_caseId);
        m_session = Session::open(m_db.path());
    }
    std::unique_ptr<CaseScreenView> makeView()
    {
        auto view = std::make_unique<CaseScreenView>(*m_session, m_caseId, m_ref);
        view->resize(1200, 760);
        return view;
    }
    qint64 count(const QString& sql) { return test::scalarOf(m_db.path(), sql).toLongLong(); }
    /// Logs an inbound call (no gate) through the form of @p view; returns its id.
    qint64 logInbound(CaseScreenView& view, const QString& notes)
    {
        view.openForm();
        LogContactForm* form = view.form();
        form->directionBox()->setCurrentIndex(
            form->directionBox()->findData(toCode(Direction::Inbound)));
        EXPECT_TRUE(form->selectOutcome(QStringLiteral("answered")));
        form->notesEdit()->setPlainText(notes);
        EXPECT_TRUE(form->save());
        return view.timelineModel()
            ->index(0, 0)
            .data(CaseTimelineModel::ContactIdRole)
            .toLongLong();
    }

    test::DemoDatabaseCopy m_db;
    std::unique_ptr<Session> m_session;
    qint64 m_caseId = 0;
    QString m_ref;
};

TEST_F(CaseScreenViewTest, LoadsADemoCaseWithItsContactsAndHolds)
{
    test::addHold(m_db.path(), m_caseId, HoldType::Dispute);
    auto view = makeView();
    EXPECT_FALSE(view->isLoaded());
    ASSERT_TRUE(test::waitLoaded(*view));
    ASSERT_TRUE(view->snapshot().has_value());
    EXPECT_TRUE(view->messageLabel()->text().isEmpty());
    const qint64 contacts =
        count(QStringLiteral("SELECT count(*) FROM contacts WHERE case_id = %1").arg(m_caseId));
    ASSERT_GT(contacts, 0);
    EXPECT_EQ(view->timelineModel()->contactCount(), contacts);
    EXPECT_TRUE(view->tabs()
                    ->tabText(CaseScreenView::ContactLogTab)
                    .contains(QStringLiteral("(%1)").arg(contacts)));
    const QStringList strip = view->summary()->stripTexts();
    EXPECT_TRUE(std::any_of(strip.begin(), strip.end(), [](const QString& t) {
        return t.startsWith(CaseLabels::hold(HoldType::Dispute));
    })) << strip.join(QStringLiteral(" | ")).toStdString();
    // The dispute blocks calls: red verdict with the reason, never colour alone.
    EXPECT_EQ(view->summary()->verdictLabel()->text(), QStringLiteral("✖ Calling blocked"));
    EXPECT_FALSE(view->summary()->reasonsLabel()->text().isEmpty());
    EXPECT_TRUE(view->summary()->attemptsLabel()->text().contains(QStringLiteral(" of ")));
    EXPECT_FALSE(view->summary()->zones().isEmpty());
}

TEST_F(CaseScreenViewTest, ShortcutsOpenTheForm)
{
    auto view = makeView();
    ASSERT_TRUE(test::waitLoaded(*view));
    EXPECT_TRUE(view->form()->isHidden());
    EXPECT_EQ(view->logContactAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_EQ(view->promiseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    view->promiseAction()->trigger();
    EXPECT_FALSE(view->form()->isHidden());
    EXPECT_TRUE(view->form()->promiseGroup()->isChecked());
}

TEST_F(CaseScreenViewTest, ASavedContactIsOnTopOfTheTimelineAtOnce)
{
    auto view = makeView();
    ASSERT_TRUE(test::waitLoaded(*view));
    const int before = view->timelineModel()->contactCount();
    const qint64 id = logInbound(*view, QStringLiteral("called about the letter"));
    // Immediately, before the background refresh.
    EXPECT_EQ(view->timelineModel()->contactCount(), before + 1);
    EXPECT_EQ(view->timelineModel()->index(0, CaseTimelineModel::Notes).data().toString(),
              QStringLiteral("called about the letter"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1 AND case_id = %2")
                        .arg(id)
                        .arg(m_caseId)),
              1);
    ASSERT_TRUE(test::waitLoaded(*view));
    EXPECT_EQ(
        view->timelineModel()->index(0, 0).data(CaseTimelineModel::ContactIdRole).toLongLong(), id);
}

TEST_F(CaseScreenViewTest, EditAndDeleteInsideTheGracePeriodCanBeUndone)
{
    auto view = makeView();
    ASSERT_TRUE(test::waitLoaded(*view));
    const qint64 id = logInbound(*view, QStringLiteral("first version"));
    ASSERT_GT(id, 0);
    const auto notes = [&](qint64 contactId) {
        return test::scalarOf(
                   m_db.path(),
                   QStringLiteral("SELECT notes FROM contacts WHERE id = %1").arg(contactId))
            .toString();
    };
    QMenu* menu = view->createContextMenu(view->timelineModel()->rowOfContact(id), view.get());
    ASSERT_NE(menu, nullptr);
    EXPECT_NE(menu->findChild<QAction*>(QStringLiteral("editContact")), nullptr);
    EXPECT_NE(menu->findChild<QAction*>(QStringLiteral("deleteContact")), nullptr);
    EXPECT_EQ(menu->findChild<QAction*>(QStringLiteral("amendContact")), nullptr);
    delete menu;

    ContactEdit edit;
    edit.outcome = QStringLiteral("answered");
    edit.notes = QStringLiteral("second version");
    edit.rpc = true;
    ASSERT_TRUE(view->editContact(id, edit)) << view->messageLabel()->text().toStdString();
    EXPECT_EQ(notes(id), QStringLiteral("second version"));
    ASSERT_TRUE(view->undoStack()->canUndo());
    view->undoStack()->undo();
    EXPECT_EQ(notes(id), QStringLiteral("first version"));
    view->undoStack()->redo();
    EXPECT_EQ(notes(id), QStringLiteral("second version"));

    const QString sameNotes = QStringLiteral("SELECT count(*) FROM contacts WHERE case_id = %1 AND "
                                             "notes = 'second version'")
                                  .arg(m_caseId);
    ASSERT_TRUE(view->deleteContact(id)) << view->messageLabel()->text().toStdString();
    EXPECT_EQ(view->timelineModel()->rowOfContact(id), -1);
    EXPECT_EQ(count(sameNotes), 0);
    view->undoStack()->undo(); // logs the same contact again
    EXPECT_EQ(count(sameNotes), 1);
    EXPECT_EQ(view->timelineModel()->index(0, CaseTimelineModel::Notes).data().toString(),
              QStringLiteral("second version"));
    view->undoStack()->undo(); // the edit, on the restored contact
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts WHERE case_id = %1 AND "
                                   "notes = 'first version'")
                        .arg(m_caseId)),
              1);
}

TEST_F(CaseScreenViewTest, UndoAfterTheGracePeriodSaysSo)
{
    auto view = makeView();
    ASSERT_TRUE(test::waitLoaded(*view));
    const qint64 id = logInbound(*view, QStringLiteral("before"));
    ContactEdit edit;
    edit.outcome = QStringLiteral("answered");
    edit.notes = QStringLiteral("after");
    ASSERT_TRUE(view->editContact(id, edit));
    // The grace period ends (set to 0 minutes by an administrator).
    {
        auto c = Connection::open(OpenOptions{m_db.path(), OpenOptions::Mode::ReadWrite});
        Query::run(*c, QStringLiteral("UPDATE settings SET value = '0' WHERE key = "
                                      "'contact.edit_grace_minutes'"));
    }
    view->undoStack()->undo();
    EXPECT_EQ(test::scalarOf(m_db.path(),
                             QStringLiteral("SELECT notes FROM contacts WHERE id = %1").arg(id))
                  .toString(),
              QStringLiteral("after"));
    EXPECT_TRUE(view->messageLabel()->text().contains(QStringLiteral("can no longer be undone")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->undoStack()->count() == 0; }, 2000));
}

TEST_F(CaseScreenViewTest, OldContactsOnlyTakeAmendmentNotes)
{
    auto view = makeView();
    ASSERT_TRUE(test::waitLoaded(*view));
    const int row = view->timelineModel()->rowCount() - 1; // the oldest contact
    const qint64 id =
        view->timelineModel()->index(row, 0).data(CaseTimelineModel::ContactIdRole).toLongLong();
    std::unique_ptr<QMenu> menu(view->createContextMenu(row, nullptr));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->findChild<QAction*>(QStringLiteral("editContact")), nullptr);
    EXPECT_NE(menu->findChild<QAction*>(QStringLiteral("amendContact")), nullptr);
    const int rows = view->timelineModel()->rowCount();
    ASSERT_TRUE(view->amendContact(id, QStringLiteral("Debtor's name is spelt with one l")));
    EXPECT_EQ(view->timelineModel()->rowCount(), rows + 1);
    const int contactRow = view->timelineModel()->rowOfContact(id);
    int amendmentRow = contactRow + 1;
    while (view->timelineModel()
               ->index(amendmentRow + 1, 0)
               .data(CaseTimelineModel::AmendmentRole)
               .toBool())
        ++amendmentRow; // the newest amendment is the last under the contact
    EXPECT_TRUE(view->timelineModel()
                    ->index(amendmentRow, 0)
                    .data(CaseTimelineModel::AmendmentRole)
                    .toBool());
    EXPECT_EQ(
        view->timelineModel()->index(amendmentRow, CaseTimelineModel::Notes).data().toString(),
        QStringLiteral("Debtor's name is spelt with one l"));
}

TEST_F(CaseScreenViewTest, TheMainWindowOpensCasesAndGoesBack)
{
    LanguageManager language;
    MainWindow window(*m_session, language);
    window.setPersistSettings(false);
    EXPECT_FALSE(window.showView(QStringLiteral("case:NO-SUCH-CASE")));
    ASSERT_TRUE(window.showView(QStringLiteral("case:") + m_ref));
    auto* screen = qobject_cast<CaseScreenView*>(window.currentView());
    ASSERT_NE(screen, nullptr);
    EXPECT_EQ(window.currentViewName(), QStringLiteral("case:") + m_ref);
    ASSERT_TRUE(test::waitLoaded(*screen));
    QTest::keyClick(screen->timelineView(), Qt::Key_Escape);
    EXPECT_EQ(window.currentViewName(), QStringLiteral("cases"));
    // Opening it again brings back the same page.
    ASSERT_TRUE(window.openCase(m_ref));
    EXPECT_EQ(window.currentView(), screen);
}

#ifdef CASELOOP_GUI_PATH
TEST_F(CaseScreenViewTest, ScreenshotOfTheCaseScreen)
{
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("case.png"));
    QProcess process;
    process.start(QStringLiteral(CASELOOP_GUI_PATH),
                  {QStringLiteral("--db"), m_db.path(), QStringLiteral("--view"),
                   QStringLiteral("case:") + m_ref, QStringLiteral("--screenshot"), png});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800));

    process.start(QStringLiteral(CASELOOP_GUI_PATH),
                  {QStringLiteral("--db"), m_db.path(), QStringLiteral("--view"),
                   QStringLiteral("case:NO-SUCH-REF"), QStringLiteral("--screenshot"), png});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(
        QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("NO-SUCH-REF")));
}
#endif

} // namespace
} // namespace caseloop
