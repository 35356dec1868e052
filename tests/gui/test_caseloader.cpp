#include "casescreen/caseloader.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <gtest/gtest.h>

namespace caseloop {
namespace {

class CaseLoaderTest : public ::testing::Test {
protected:
    test::DemoDatabaseCopy m_db;
};

TEST_F(CaseLoaderTest, ReadsEverythingAboutACase)
{
    const qint64 caseId =
        test::pickCase(m_db.path(), QStringLiteral("SELECT case_id FROM contacts GROUP BY case_id "
                                                   "ORDER BY count(*) DESC, case_id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    const qint64 holdId = test::addHold(m_db.path(), caseId, HoldType::Dispute);
    const CaseSnapshot s = CaseLoader::load(m_db.path(), caseId, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(s.error.isEmpty()) << s.error.toStdString();
    EXPECT_EQ(s.caseRecord.id, caseId);
    EXPECT_EQ(s.debtor.id, s.caseRecord.debtorId);
    EXPECT_FALSE(s.debtor.fullName.isEmpty());
    EXPECT_EQ(s.client.id, s.caseRecord.clientId);
    const auto count = [&](const char* table) {
        return test::scalarOf(m_db.path(), QStringLiteral("SELECT count(*) FROM %1 WHERE "
                                                          "case_id = %2")
                                               .arg(QLatin1String(table))
                                               .arg(caseId))
            .toLongLong();
    };
    EXPECT_EQ(qint64(s.timeline.size()), count("contacts"));
    EXPECT_EQ(qint64(s.followUps.size()), count("followups"));
    EXPECT_EQ(qint64(s.promises.size()), count("promises"));
    EXPECT_EQ(qint64(s.payments.size()), count("payments"));
    EXPECT_EQ(qint64(s.surveys.size()), count("survey_responses"));
    EXPECT_EQ(qint64(s.complaints.size()), count("complaints"));
    // Newest contact first.
    for (size_t i = 1; i < s.timeline.size(); ++i)
        EXPECT_GE(s.timeline[i - 1].contact.startedAt, s.timeline[i].contact.startedAt);
    EXPECT_TRUE(std::any_of(s.holds.begin(), s.holds.end(),
                            [holdId](const Hold& h) { return h.id == holdId; }));
    EXPECT_FALSE(s.userNames.isEmpty());
    ASSERT_TRUE(s.callGate.has_value()) << s.gateError.toStdString();
    EXPECT_FALSE(s.callGate->allowed); // the dispute hold blocks calls
    EXPECT_TRUE(s.callGate->blockedByIds().contains(QStringLiteral("hold:dispute")));
}

TEST_F(CaseLoaderTest, UnknownCaseGivesAnError)
{
    const CaseSnapshot s =
        CaseLoader::load(m_db.path(), 987654321, QDateTime::currentDateTimeUtc(), 7);
    EXPECT_EQ(s.generation, 7u);
    EXPECT_FALSE(s.error.isEmpty());
}

TEST_F(CaseLoaderTest, FindsCasesByReference)
{
    const qint64 caseId =
        test::pickCase(m_db.path(), QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 1"));
    const QString ref = test::refOf(m_db.path(), caseId);
    auto connection = Connection::open(OpenOptions{m_db.path(), OpenOptions::Mode::ReadOnly});
    EXPECT_EQ(CaseLoader::caseIdForRef(*connection, ref), caseId);
    EXPECT_EQ(CaseLoader::caseIdForRef(*connection, QStringLiteral("NO-SUCH-REF")), std::nullopt);
}

} // namespace
} // namespace caseloop
