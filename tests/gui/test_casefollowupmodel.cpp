#include "cases/caselistmodel.h"
#include "casescreen/casefollowupmodel.h"
#include "casescreen/caseloader.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(CaseFollowUpModelTest, ShowsTheFollowUpsOfADemoCase)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId = test::pickCase(
        db.path(), QStringLiteral("SELECT case_id FROM followups ORDER BY case_id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    CaseFollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFollowUps(s.followUps, s.userNames, s.loadedAt);
    EXPECT_EQ(model.rowCount(),
              test::scalarOf(
                  db.path(),
                  QStringLiteral("SELECT count(*) FROM followups WHERE case_id = %1").arg(caseId))
                  .toInt());
    EXPECT_EQ(model.index(0, CaseFollowUpModel::Due).data(CaseFollowUpModel::RawValueRole),
              QVariant(s.followUps.front().dueAt));
    EXPECT_FALSE(model.index(0, CaseFollowUpModel::Type).data().toString().isEmpty());
}

TEST(CaseFollowUpModelTest, StatesAreWordsWithATone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FollowUp overdue;
    overdue.id = 1;
    overdue.agentId = 1;
    overdue.dueAt = now.addDays(-2);
    FollowUp done = overdue;
    done.id = 2;
    done.doneAt = now.addDays(-1);
    FollowUp later = overdue;
    later.id = 3;
    later.dueAt = now.addDays(9);
    CaseFollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFollowUps({overdue, done, later}, {}, now);
    using Tone = CaseListModel::Tone;
    EXPECT_EQ(model.index(0, CaseFollowUpModel::State).data().toString(),
              QStringLiteral("Overdue"));
    EXPECT_EQ(model.index(0, CaseFollowUpModel::State).data(CaseFollowUpModel::ToneRole).toInt(),
              int(Tone::Bad));
    EXPECT_EQ(model.index(1, CaseFollowUpModel::State).data(CaseFollowUpModel::ToneRole).toInt(),
              int(Tone::Good));
    EXPECT_EQ(model.index(2, CaseFollowUpModel::State).data().toString(), QStringLiteral("Open"));
    EXPECT_EQ(model.index(2, CaseFollowUpModel::State).data(CaseFollowUpModel::RawValueRole),
              QVariant(QStringLiteral("open")));
}

} // namespace
} // namespace caseloop
