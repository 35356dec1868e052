#include "cases/caselistmodel.h"
#include "casescreen/caseloader.h"
#include "casescreen/casepromisemodel.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(CasePromiseModelTest, ShowsThePromisesOfADemoCase)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId = test::pickCase(
        db.path(), QStringLiteral("SELECT case_id FROM promises ORDER BY case_id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    CasePromiseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPromises(s.promises, s.userNames);
    ASSERT_EQ(model.rowCount(), int(s.promises.size()));
    ASSERT_GT(model.rowCount(), 0);
    const Promise& p = s.promises.front();
    EXPECT_EQ(model.index(0, CasePromiseModel::Amount).data(CasePromiseModel::RawValueRole),
              QVariant(p.amount.minor));
    EXPECT_EQ(model.index(0, CasePromiseModel::Amount).data().toString(),
              CaseListModel::formatMoney(p.amount));
    EXPECT_EQ(model.index(0, CasePromiseModel::Status).data().toString(),
              CaseListModel::promiseLabel(p.status));
    EXPECT_EQ(model.index(0, CasePromiseModel::Status).data(CasePromiseModel::ToneRole).toInt(),
              int(CaseListModel::promiseTone(p.status)));
    EXPECT_EQ(model.index(0, CasePromiseModel::Amount).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST(CasePromiseModelTest, NumbersInstalmentsOfAPlan)
{
    std::vector<Promise> plan;
    for (int i = 1; i <= 3; ++i) {
        Promise p;
        p.id = i;
        p.agentId = 1;
        p.amount = Money{10'000, QStringLiteral("USD")};
        p.dueDate = QDate(2026, 4, 1).addMonths(i - 1);
        p.planId = 9;
        p.instalmentNo = i;
        plan.push_back(p);
    }
    CasePromiseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPromises(plan, {});
    EXPECT_EQ(model.index(1, CasePromiseModel::Instalment).data().toString(),
              QStringLiteral("2 of 3"));
}

} // namespace
} // namespace caseloop
