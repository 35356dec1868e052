#include "cases/caselistmodel.h"
#include "casescreen/casecomplaintmodel.h"
#include "casescreen/caseloader.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(CaseComplaintModelTest, ShowsTheComplaintsOfADemoCase)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId =
        test::pickCase(db.path(), QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 1"));
    ASSERT_GT(caseId, 0);
    {
        // A complaint about the case (the small demo may have none with a case).
        auto connection = Connection::open(OpenOptions{db.path(), OpenOptions::Mode::ReadWrite});
        Repositories repos(*connection);
        Complaint c;
        c.ref = QStringLiteral("C-2026-9901");
        c.caseId = caseId;
        c.source = QStringLiteral("debtor");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("FREQUENT");
        c.severity = Severity::High;
        c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        c.ackDueAt = c.receivedAt.addDays(1);
        c.resolveDueAt = c.receivedAt.addDays(30);
        c.description = QStringLiteral("Too many calls");
        repos.complaints().add(c);
    }
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    CaseComplaintModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComplaints(s.complaints, s.loadedAt);
    ASSERT_EQ(model.rowCount(), int(s.complaints.size()));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.index(0, CaseComplaintModel::Ref).data().toString(), s.complaints.front().ref);
    EXPECT_EQ(model.index(0, CaseComplaintModel::SeverityColumn)
                  .data(CaseComplaintModel::RawValueRole)
                  .toString(),
              toCode(s.complaints.front().severity));
}

TEST(CaseComplaintModelTest, AnOpenComplaintPastItsDeadlineIsRed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Complaint late;
    late.id = 1;
    late.ref = QStringLiteral("C-2026-0001");
    late.status = ComplaintStatus::Investigating;
    late.severity = Severity::Critical;
    late.receivedAt = now.addDays(-20);
    late.resolveDueAt = now.addDays(-1);
    Complaint resolved = late;
    resolved.id = 2;
    resolved.status = ComplaintStatus::Resolved;
    CaseComplaintModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComplaints({late, resolved}, now);
    using Tone = CaseListModel::Tone;
    EXPECT_EQ(model.index(0, CaseComplaintModel::Status).data(CaseComplaintModel::ToneRole).toInt(),
              int(Tone::Bad));
    EXPECT_EQ(model.index(1, CaseComplaintModel::Status).data(CaseComplaintModel::ToneRole).toInt(),
              int(Tone::Good));
    EXPECT_EQ(model.index(0, CaseComplaintModel::SeverityColumn).data().toString(),
              QStringLiteral("Critical"));
}

} // namespace
} // namespace caseloop
