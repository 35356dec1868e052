#include "casescreen/casefeedbackmodel.h"
#include "casescreen/caseloader.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(CaseFeedbackModelTest, ShowsTheSurveyResponsesOfADemoCase)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId = test::pickCase(
        db.path(), QStringLiteral("SELECT case_id FROM survey_responses WHERE case_id IS NOT NULL "
                                  "AND overall IS NOT NULL ORDER BY case_id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    CaseFeedbackModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResponses(s.surveys);
    ASSERT_EQ(model.rowCount(), int(s.surveys.size()));
    ASSERT_GT(model.rowCount(), 0);
    int withOverall = -1;
    for (int row = 0; row < model.rowCount() && withOverall < 0; ++row) {
        if (s.surveys[size_t(row)].overall)
            withOverall = row;
    }
    ASSERT_GE(withOverall, 0);
    const int overall = *s.surveys[size_t(withOverall)].overall;
    EXPECT_EQ(model.index(withOverall, CaseFeedbackModel::Overall)
                  .data(CaseFeedbackModel::RawValueRole)
                  .toInt(),
              overall);
    EXPECT_EQ(model.index(withOverall, CaseFeedbackModel::Overall).data().toString(),
              QStringLiteral("%1 / 5").arg(overall));
    EXPECT_TRUE(model.index(withOverall, CaseFeedbackModel::Overall)
                    .data(CaseFeedbackModel::ToneRole)
                    .isValid());
}

} // namespace
} // namespace caseloop
