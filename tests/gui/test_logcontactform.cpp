#include "casescreen/caseloader.h"
#include "casescreen/logcontactform.h"
#include "casescreen/overridedialog.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "test_casescreensupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

class LogContactFormTest : public ::testing::Test {
protected:
    /// A case with a phone, assigned to an agent (so that agent sessions may work on it).
    qint64 pickCase()
    {
        return test::pickCase(m_db.path(),
                              QStringLiteral("SELECT c.id FROM cases c WHERE c.agent_id IS NOT "
                                             "NULL AND EXISTS (SELECT 1 FROM debtor_phones p "
                                             "WHERE p.debtor_id = c.debtor_id AND "
                                             "p.opted_out_at IS NULL) ORDER BY c.id LIMIT 1"));
    }
    QString agentOf(qint64 caseId)
    {
        return test::scalarOf(m_db.path(), QStringLiteral("SELECT u.login FROM cases c JOIN users "
                                                          "u ON u.id = c.agent_id WHERE c.id = %1")
                                               .arg(caseId))
            .toString();
    }
    std::unique_ptr<LogContactForm> makeForm(qint64 caseId, const QString& login = {})
    {
        m_session = Session::open(m_db.path(), login);
        auto form = std::make_unique<LogContactForm>(*m_session);
        form->setCase(
            CaseLoader::load(m_session->connection(), caseId, QDateTime::currentDateTimeUtc()));
        return form;
    }
    qint64 contactsOf(qint64 caseId)
    {
        return test::scalarOf(
                   m_db.path(),
                   QStringLiteral("SELECT count(*) FROM contacts WHERE case_id = %1").arg(caseId))
            .toLongLong();
    }
    static void setDirection(LogContactForm& form, Direction direction)
    {
        form.directionBox()->setCurrentIndex(form.directionBox()->findData(toCode(direction)));
    }

    test::DemoDatabaseCopy m_db;
    std::unique_ptr<Session> m_session;
};

TEST_F(LogContactFormTest, OffersTheOutcomesOfTheChannel)
{
    const qint64 caseId = pickCase();
    auto form = makeForm(caseId);
    EXPECT_GT(form->outcomeBox()->count(), 1);
    EXPECT_TRUE(form->outcomeBox()->currentData().toString().isEmpty()); // a choice is required
    EXPECT_GT(form->contactPointBox()->count(), 0);
    form->channelBox()->setCurrentIndex(form->channelBox()->findData(QStringLiteral("visit")));
    EXPECT_FALSE(form->visitGroup()->isHidden());
    EXPECT_TRUE(form->contactPointBox()->isHidden());
    // A conversation outcome ticks the right-party flag by default.
    form->channelBox()->setCurrentIndex(form->channelBox()->findData(QStringLiteral("call")));
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("promise_to_pay")));
    EXPECT_TRUE(form->rpcBox()->isChecked());
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("no_answer")));
    EXPECT_FALSE(form->rpcBox()->isChecked());
}

TEST_F(LogContactFormTest, SavingStoresTheContactWithFollowUpAndPromise)
{
    const qint64 caseId = pickCase();
    auto form = makeForm(caseId);
    QSignalSpy logged(form.get(), &LogContactForm::contactLogged);
    setDirection(*form, Direction::Inbound); // inbound: no gate, whatever the time of day
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("promise_to_pay")));
    form->notesEdit()->setPlainText(QStringLiteral("Debtor called, agreed to pay in three parts"));
    form->followUpGroup()->setChecked(true);
    form->setPromiseExpanded(true);
    form->amountBox()->setValue(300.00);
    form->instalmentsButton()->setChecked(true);
    form->countBox()->setValue(3);
    form->firstDueEdit()->setDate(QDate::currentDate().addDays(10));
    EXPECT_EQ(form->scheduleLabel()->text().count(QLatin1Char('\n')), 2); // three lines

    const qint64 before = contactsOf(caseId);
    const qint64 promisesBefore =
        test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM promises WHERE "
                                                   "case_id = %1")
                                        .arg(caseId))
            .toLongLong();
    const qint64 followUpsBefore =
        test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM followups WHERE "
                                                   "case_id = %1")
                                        .arg(caseId))
            .toLongLong();
    ASSERT_TRUE(form->save()) << form->errorLabel()->text().toStdString();
    EXPECT_EQ(contactsOf(caseId), before + 1);
    ASSERT_EQ(logged.count(), 1);
    const qint64 id = logged.at(0).at(0).toLongLong();
    EXPECT_EQ(test::scalarOf(m_db.path(),
                             QStringLiteral("SELECT notes FROM contacts WHERE id = %1").arg(id))
                  .toString(),
              QStringLiteral("Debtor called, agreed to pay in three parts"));
    EXPECT_EQ(test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM promises WHERE "
                                                         "case_id = %1")
                                              .arg(caseId))
                  .toLongLong(),
              promisesBefore + 3);
    EXPECT_EQ(test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM followups WHERE "
                                                         "case_id = %1")
                                              .arg(caseId))
                  .toLongLong(),
              followUpsBefore + 1);
    // The form is empty again for the next contact.
    EXPECT_TRUE(form->notesEdit()->toPlainText().isEmpty());
    EXPECT_FALSE(form->promiseGroup()->isChecked());
    EXPECT_FALSE(form->hasUnsavedInput());
}

TEST_F(LogContactFormTest, ABlockedOutboundCallShowsTheReasonsAndCannotBeSaved)
{
    const qint64 caseId = pickCase();
    test::addHold(m_db.path(), caseId, HoldType::CeaseCommunication);
    auto form = makeForm(caseId);
    setDirection(*form, Direction::Outbound);
    ASSERT_TRUE(form->gateDecision().has_value());
    EXPECT_FALSE(form->gateDecision()->allowed);
    EXPECT_FALSE(form->gatePanel()->isHidden());
    for (const BlockReason& r : form->gateDecision()->blockedBy)
        EXPECT_TRUE(form->gateLabel()->text().contains(r.reason.toHtmlEscaped()))
            << r.ruleId.toStdString();
    EXPECT_FALSE(form->saveButton()->isEnabled());
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("no_answer")));
    const qint64 before = contactsOf(caseId);
    EXPECT_FALSE(form->save());
    EXPECT_EQ(contactsOf(caseId), before);
    // Inbound contacts are not gated.
    setDirection(*form, Direction::Inbound);
    EXPECT_TRUE(form->saveButton()->isEnabled());
}

TEST_F(LogContactFormTest, AnAgentSeesNoOverride)
{
    const qint64 caseId = pickCase();
    test::addHold(m_db.path(), caseId, HoldType::CeaseCommunication);
    auto form = makeForm(caseId, agentOf(caseId));
    ASSERT_EQ(m_session->user().role, Role::Agent);
    ASSERT_TRUE(form->gateDecision().has_value());
    EXPECT_FALSE(form->gateDecision()->allowed);
    EXPECT_TRUE(form->overrideButton()->isHidden());
    EXPECT_FALSE(form->askSupervisorLabel()->isHidden());
    EXPECT_TRUE(form->askSupervisorLabel()->text().contains(QStringLiteral("supervisor")));
}

TEST_F(LogContactFormTest, ASupervisorOverrideWithAReasonAllowsTheSave)
{
    const qint64 caseId = pickCase();
    test::addHold(m_db.path(), caseId, HoldType::CeaseCommunication);
    auto form = makeForm(caseId, test::loginOf(m_db.path(), Role::Supervisor));
    ASSERT_EQ(m_session->user().role, Role::Supervisor);
    EXPECT_FALSE(form->overrideButton()->isHidden());
    EXPECT_FALSE(form->saveButton()->isEnabled());

    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<OverrideDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->reasonEdit()->setPlainText(QStringLiteral("Debtor's attorney asked for a call"));
        dialog->accept();
    });
    form->overrideButton()->click();
    ASSERT_TRUE(sawDialog);
    ASSERT_TRUE(form->overrideToken().has_value());
    EXPECT_TRUE(form->saveButton()->isEnabled());
    EXPECT_TRUE(form->overrideButton()->isHidden());

    ASSERT_TRUE(form->selectOutcome(QStringLiteral("answered")));
    const qint64 token = *form->overrideToken();
    QSignalSpy logged(form.get(), &LogContactForm::contactLogged);
    ASSERT_TRUE(form->save()) << form->errorLabel()->text().toStdString();
    ASSERT_EQ(logged.count(), 1);
    EXPECT_EQ(test::scalarOf(m_db.path(), QStringLiteral("SELECT override_audit_id FROM contacts "
                                                         "WHERE id = %1")
                                              .arg(logged.at(0).at(0).toLongLong()))
                  .toLongLong(),
              token);
    EXPECT_FALSE(form->overrideToken().has_value()); // used once
}

TEST_F(LogContactFormTest, AFailedSaveKeepsEverythingTyped)
{
    const qint64 caseId = pickCase();
    auto form = makeForm(caseId);
    setDirection(*form, Direction::Inbound);
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("answered")));
    const QString notes(ContactLogService::maxNotesLength + 10, QLatin1Char('x'));
    form->notesEdit()->setPlainText(notes);
    form->followUpGroup()->setChecked(true);
    const qint64 before = contactsOf(caseId);
    EXPECT_FALSE(form->save());
    EXPECT_EQ(contactsOf(caseId), before);
    EXPECT_FALSE(form->errorPanel()->isHidden());
    EXPECT_TRUE(form->errorLabel()->text().contains(QStringLiteral("not saved")));
    EXPECT_EQ(form->notesEdit()->toPlainText(), notes);
    EXPECT_EQ(form->outcomeBox()->currentData().toString(), QStringLiteral("answered"));
    EXPECT_TRUE(form->followUpGroup()->isChecked());
}

TEST_F(LogContactFormTest, EscapeAsksBeforeDiscardingTypedText)
{
    const qint64 caseId = pickCase();
    auto form = makeForm(caseId);
    QSignalSpy closed(form.get(), &LogContactForm::closeRequested);
    int asked = 0;
    bool answer = false;
    form->setDiscardConfirmation([&] {
        ++asked;
        return answer;
    });
    form->notesEdit()->setPlainText(QStringLiteral("half a thought"));
    QTest::keyClick(form->notesEdit(), Qt::Key_Escape);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(closed.count(), 0);
    EXPECT_EQ(form->notesEdit()->toPlainText(), QStringLiteral("half a thought"));
    answer = true;
    QTest::keyClick(form->notesEdit(), Qt::Key_Escape);
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(closed.count(), 1);
    EXPECT_TRUE(form->notesEdit()->toPlainText().isEmpty());
    // Nothing typed: closes without asking.
    QTest::keyClick(form.get(), Qt::Key_Escape);
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(closed.count(), 2);
}

TEST_F(LogContactFormTest, ControlEnterSaves)
{
    const qint64 caseId = pickCase();
    auto form = makeForm(caseId);
    form->show();
    form->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(form.get()));
    setDirection(*form, Direction::Inbound);
    ASSERT_TRUE(form->selectOutcome(QStringLiteral("answered")));
    form->notesEdit()->setFocus();
    form->notesEdit()->setPlainText(QStringLiteral("saved with the keyboard"));
    QSignalSpy logged(form.get(), &LogContactForm::contactLogged);
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(logged.count(), 1);
}

} // namespace
} // namespace caseloop
