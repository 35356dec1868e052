#include "followups/followupmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

const QTimeZone kBerlin("Europe/Berlin");

FollowUpItem item(qint64 id, const QDateTime& due, FollowUpType type = FollowUpType::Call)
{
    FollowUpItem f;
    f.id = id;
    f.caseId = 100 + id;
    f.caseRef = QStringLiteral("CL-%1").arg(id);
    f.debtorName = QStringLiteral("Debtor %1").arg(id);
    f.type = type;
    f.dueAt = due.toUTC();
    f.note = QStringLiteral("note %1").arg(id);
    if (type == FollowUpType::Visit)
        f.visitAddress = QStringLiteral("Street %1").arg(id);
    f.agentId = 7;
    f.agentName = QStringLiteral("Agent");
    return f;
}

/// Berlin local time on 28/29 March 2026 (daylight saving starts at 02:00 on the 29th).
QDateTime berlin(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kBerlin);
}

std::vector<qint64> childIds(const FollowUpModel& model, int groupRow)
{
    std::vector<qint64> ids;
    const QModelIndex parent = model.index(groupRow, 0);
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids.push_back(model.index(r, 0, parent).data(FollowUpModel::FollowUpIdRole).toLongLong());
    return ids;
}

TEST(FollowUpModelTest, GroupsAtLocalMidnightAndPassesTheModelTester)
{
    FollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    const QDateTime now = berlin(28, 23, 30);
    model.setItems({item(5, berlin(29, 0, 0)), item(1, berlin(28, 8)), item(3, now),
                    item(4, berlin(28, 23, 59), FollowUpType::Visit), item(2, now.addMSecs(-1)),
                    item(6, berlin(30, 9))},
                   now, kBerlin);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.followUpCount(), 6);
    const int overdue = model.groupRow(FollowUpGroup::Overdue);
    const int today = model.groupRow(FollowUpGroup::Today);
    const int upcoming = model.groupRow(FollowUpGroup::Upcoming);
    EXPECT_EQ(overdue, 0);
    EXPECT_EQ(today, 1);
    EXPECT_EQ(upcoming, 2);
    EXPECT_EQ(childIds(model, overdue), (std::vector<qint64>{1, 2}));
    EXPECT_EQ(childIds(model, today), (std::vector<qint64>{3, 4}));
    EXPECT_EQ(childIds(model, upcoming), (std::vector<qint64>{5, 6}));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Overdue (2)"));
    EXPECT_EQ(model.index(0, 0).data(FollowUpModel::RawValueRole).toString(),
              QStringLiteral("overdue"));

    const QModelIndex visit = model.index(1, 0, model.index(today, 0));
    EXPECT_EQ(visit.siblingAtColumn(FollowUpModel::Type).data().toString(),
              QStringLiteral("Field visit"));
    EXPECT_FALSE(visit.siblingAtColumn(FollowUpModel::Type)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    EXPECT_EQ(visit.siblingAtColumn(FollowUpModel::Address).data().toString(),
              QStringLiteral("Street 4"));
    EXPECT_EQ(visit.data(FollowUpModel::CaseIdRole).toLongLong(), 104);
    EXPECT_EQ(visit.siblingAtColumn(FollowUpModel::Type).data(FollowUpModel::RawValueRole),
              QStringLiteral("visit"));
    ASSERT_NE(model.item(visit), nullptr);
    EXPECT_EQ(model.item(visit)->caseRef, QStringLiteral("CL-4"));
    EXPECT_EQ(model.item(model.index(today, 0)), nullptr);

    // Overdue: red and said in words; today: only the local time.
    const QModelIndex late = model.index(0, FollowUpModel::Due, model.index(overdue, 0));
    EXPECT_TRUE(late.data().toString().contains(QStringLiteral("overdue")));
    EXPECT_EQ(late.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    const QModelIndex soon = model.index(0, FollowUpModel::Due, model.index(today, 0));
    EXPECT_EQ(soon.data().toString(), QLocale().toString(QTime(23, 30), QLocale::ShortFormat));
    EXPECT_FALSE(soon.data(Qt::ForegroundRole).isValid());

    // Replacing the list resets it; an empty list has no groups.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setItems({item(9, berlin(30, 9))}, now, kBerlin);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.groupRow(FollowUpGroup::Upcoming), 0);
    EXPECT_EQ(model.groupRow(FollowUpGroup::Overdue), -1);
    model.retranslate();
    model.setItems({}, now, kBerlin);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FollowUpModelTest, TheSameInstantsGroupDifferentlyInAnotherZone)
{
    FollowUpModel model;
    const QDateTime now = berlin(28, 23, 30);
    // 00:30 in Berlin on the 29th is 23:30 on the 28th in London: today there.
    model.setItems({item(1, berlin(29, 0, 30))}, now, kBerlin);
    EXPECT_EQ(model.groupRow(FollowUpGroup::Upcoming), 0);
    model.setItems({item(1, berlin(29, 0, 30))}, now, QTimeZone("Europe/London"));
    EXPECT_EQ(model.groupRow(FollowUpGroup::Today), 0);
    EXPECT_EQ(model.groupRow(FollowUpGroup::Upcoming), -1);
}

} // namespace
} // namespace caseloop
