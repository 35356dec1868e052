#include "cases/caselistmodel.h"
#include "casescreen/caseloader.h"
#include "casescreen/casepaymentmodel.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(CasePaymentModelTest, ShowsThePaymentsOfADemoCaseAndTheirTotal)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId =
        test::pickCase(db.path(), QStringLiteral("SELECT case_id FROM payments GROUP BY case_id "
                                                 "ORDER BY count(*) DESC, case_id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    CasePaymentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPayments(s.payments, s.promises);
    ASSERT_EQ(model.rowCount(), int(s.payments.size()));
    const qint64 sum =
        test::scalarOf(
            db.path(),
            QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE case_id = %1").arg(caseId))
            .toLongLong();
    EXPECT_EQ(model.total().minor, sum);
    EXPECT_EQ(model.index(0, CasePaymentModel::Amount).data().toString(),
              CaseListModel::formatMoney(s.payments.front().amount));
}

TEST(CasePaymentModelTest, NamesTheMatchedPromise)
{
    Promise promise;
    promise.id = 4;
    promise.dueDate = QDate(2026, 5, 1);
    Payment matched;
    matched.id = 1;
    matched.amount = Money{500, QStringLiteral("CNY")};
    matched.promiseId = 4;
    Payment loose = matched;
    loose.id = 2;
    loose.promiseId.reset();
    CasePaymentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPayments({matched, loose}, {promise});
    EXPECT_TRUE(model.index(0, CasePaymentModel::MatchedPromise)
                    .data()
                    .toString()
                    .contains(QLocale().toString(promise.dueDate, QLocale::ShortFormat)));
    EXPECT_EQ(model.index(1, CasePaymentModel::MatchedPromise).data().toString(),
              QStringLiteral("not matched"));
    EXPECT_EQ(model.total(), (Money{1000, QStringLiteral("CNY")}));
}

} // namespace
} // namespace caseloop
