#include "casescreen/overridedialog.h"
#include "guitestsupport.h"
#include "services/contactcheckservice.h"
#include "session/session.h"
#include "test_casescreensupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

class OverrideDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_caseId =
            test::pickCase(m_db.path(), QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 1"));
        test::addHold(m_db.path(), m_caseId, HoldType::Dispute);
    }
    std::unique_ptr<Session> open(Role role)
    {
        return Session::open(m_db.path(), test::loginOf(m_db.path(), role));
    }
    GateDecision decision(Session& session)
    {
        return ContactCheckService::evaluate(session.connection(), m_caseId, Channel::Call,
                                             QDateTime::currentDateTimeUtc());
    }

    test::DemoDatabaseCopy m_db;
    qint64 m_caseId = 0;
};

TEST_F(OverrideDialogTest, ShowsTheRulesAndNeedsAReason)
{
    auto session = open(Role::Supervisor);
    const GateDecision d = decision(*session);
    ASSERT_FALSE(d.allowed);
    OverrideDialog dialog(session->connection(), session->user(), m_caseId, Channel::Call, {}, d);
    for (const BlockReason& r : d.blockedBy)
        EXPECT_TRUE(dialog.rulesLabel()->text().contains(r.ruleId)) << r.ruleId.toStdString();
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("   \n "));
    EXPECT_FALSE(ok->isEnabled()); // blank is no reason
    dialog.accept();
    EXPECT_FALSE(dialog.token().has_value());
    dialog.reasonEdit()->setPlainText(QStringLiteral("Debtor asked for a call today"));
    EXPECT_TRUE(ok->isEnabled());
}

TEST_F(OverrideDialogTest, AcceptRecordsTheOverrideAndKeepsTheToken)
{
    auto session = open(Role::Supervisor);
    const qint64 before =
        test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                   "action = 'contact.override'"))
            .toLongLong();
    OverrideDialog dialog(session->connection(), session->user(), m_caseId, Channel::Call, {},
                          decision(*session));
    dialog.reasonEdit()->setPlainText(QStringLiteral("Debtor asked for a call today"));
    dialog.accept();
    ASSERT_TRUE(dialog.token().has_value()) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(test::scalarOf(m_db.path(), QStringLiteral("SELECT action FROM audit_log WHERE "
                                                         "id = %1")
                                              .arg(*dialog.token()))
                  .toString(),
              QStringLiteral("contact.override"));
    EXPECT_EQ(test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                         "action = 'contact.override'"))
                  .toLongLong(),
              before + 1);
}

TEST_F(OverrideDialogTest, AnAgentIsRefusedWithAMessage)
{
    auto session = open(Role::Agent);
    EXPECT_FALSE(OverrideDialog::mayOverride(Role::Agent));
    EXPECT_TRUE(OverrideDialog::mayOverride(Role::Compliance));
    OverrideDialog dialog(session->connection(), session->user(), m_caseId, Channel::Call, {},
                          decision(*session));
    dialog.reasonEdit()->setPlainText(QStringLiteral("I think it is fine"));
    dialog.accept();
    EXPECT_FALSE(dialog.token().has_value());
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

} // namespace
} // namespace caseloop
