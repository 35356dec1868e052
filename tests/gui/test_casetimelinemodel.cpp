#include "casescreen/caselabels.h"
#include "casescreen/caseloader.h"
#include "casescreen/casetimelinemodel.h"
#include "guitestsupport.h"
#include "test_casescreensupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TimelineEntry entry(qint64 id, const QDateTime& at, int amendments = 0)
{
    TimelineEntry e;
    e.contact.id = id;
    e.contact.caseId = 1;
    e.contact.agentId = 1;
    e.contact.startedAt = at;
    e.contact.endedAt = at.addSecs(125);
    e.contact.outcome = QStringLiteral("answered");
    e.contact.notes = QStringLiteral("notes %1").arg(id);
    e.contact.rpc = id % 2 == 0;
    for (int i = 0; i < amendments; ++i)
        e.amendments.push_back(ContactAmendment{100 * id + i, id, 1, at.addSecs(3600 + i),
                                                QStringLiteral("amendment %1").arg(i)});
    return e;
}

TEST(CaseTimelineModelTest, ShowsTheContactsOfADemoCaseNewestFirst)
{
    test::DemoDatabaseCopy db;
    const qint64 caseId =
        test::pickCase(db.path(), QStringLiteral("SELECT case_id FROM contacts GROUP BY case_id "
                                                 "ORDER BY count(*) DESC, case_id LIMIT 1"));
    const CaseSnapshot s = CaseLoader::load(db.path(), caseId, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(s.error.isEmpty());
    CaseTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTimeline(s.timeline, s.userNames, s.outcomes, s.debtor.timeZone);
    ASSERT_GT(model.contactCount(), 0);
    EXPECT_EQ(model.contactCount(), int(s.timeline.size()));
    EXPECT_EQ(model.columnCount(), CaseTimelineModel::ColumnCount);
    const Contact& first = s.timeline.front().contact;
    EXPECT_EQ(model.index(0, 0).data(CaseTimelineModel::ContactIdRole).toLongLong(), first.id);
    EXPECT_EQ(model.index(0, CaseTimelineModel::ChannelColumn)
                  .data(CaseTimelineModel::RawValueRole)
                  .toString(),
              toCode(first.channel));
    EXPECT_FALSE(model.index(0, CaseTimelineModel::Agent).data().toString().isEmpty());
    EXPECT_FALSE(model.index(0, CaseTimelineModel::Outcome).data().toString().isEmpty());
    EXPECT_TRUE(
        model.index(0, CaseTimelineModel::ChannelColumn).data(Qt::DecorationRole).isValid());
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CaseTimelineModel::AmendmentRole).toBool())
            continue;
        EXPECT_LE(model.index(row, CaseTimelineModel::Time)
                      .data(CaseTimelineModel::RawValueRole)
                      .toDateTime(),
                  first.startedAt);
    }
}

TEST(CaseTimelineModelTest, AmendmentsFollowTheirContact)
{
    CaseTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc());
    model.setTimeline({entry(2, t0.addDays(1), 2), entry(1, t0)}, {{1, QStringLiteral("Ann")}}, {},
                      QStringLiteral("America/New_York"));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_FALSE(model.index(0, 0).data(CaseTimelineModel::AmendmentRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(CaseTimelineModel::AmendmentRole).toBool());
    EXPECT_EQ(model.index(1, 0).data(CaseTimelineModel::ContactIdRole).toLongLong(), 2);
    EXPECT_EQ(model.index(2, CaseTimelineModel::Notes).data().toString(),
              QStringLiteral("amendment 1"));
    EXPECT_EQ(model.index(3, 0).data(CaseTimelineModel::ContactIdRole).toLongLong(), 1);
    EXPECT_EQ(model.rowOfContact(1), 3);
    EXPECT_EQ(model.index(0, CaseTimelineModel::Duration).data().toString(),
              QStringLiteral("2:05"));
    EXPECT_EQ(model.index(0, CaseTimelineModel::Agent).data().toString(), QStringLiteral("Ann"));
    // 15:00 UTC is 10:00 in New York on 3 March 2026 (EST).
    EXPECT_EQ(model.index(0, CaseTimelineModel::DebtorTime).data(Qt::ToolTipRole).toString(),
              QStringLiteral("%1 in America/New_York")
                  .arg(CaseLabels::zoneTime(t0.addDays(1), QStringLiteral("America/New_York"))));
    EXPECT_TRUE(CaseLabels::zoneTime(t0.addDays(1), QStringLiteral("America/New_York"))
                    .contains(QLocale().toString(QTime(10, 0), QLocale::ShortFormat)));
}

TEST(CaseTimelineModelTest, UpsertPutsANewContactOnTopAndRemoveTakesItOff)
{
    CaseTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    model.setTimeline({entry(1, t0, 1)}, {}, {}, QString());
    model.upsert(entry(5, t0.addDays(1)));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data(CaseTimelineModel::ContactIdRole).toLongLong(), 5);
    // Replacing keeps one row per contact.
    TimelineEntry changed = entry(5, t0.addDays(1));
    changed.contact.notes = QStringLiteral("changed");
    model.upsert(changed);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, CaseTimelineModel::Notes).data().toString(),
              QStringLiteral("changed"));
    model.removeContact(1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOfContact(1), -1);
}

} // namespace
} // namespace caseloop
