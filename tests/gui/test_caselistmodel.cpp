#include "cases/caselistmodel.h"
#include "db/connection.h"
#include "db/query.h"
#include "guitestsupport.h"
#include "services/contactcheckservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

using Model = CaseListModel;

class CaseListModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        {
            // The time of the latest contact, as the contact-log service maintains it.
            auto write = Connection::open(OpenOptions{m_db.path(), OpenOptions::Mode::ReadWrite});
            Query::run(*write, QStringLiteral("UPDATE cases SET last_contact_at = (SELECT "
                                              "max(started_at) FROM contacts k WHERE k.case_id = "
                                              "cases.id)"));
        }
        m_connection = Connection::open(OpenOptions{m_db.path(), OpenOptions::Mode::ReadOnly});
    }

    QVariantList column(const QString& sql) const
    {
        Query q(*m_connection, sql);
        q.exec();
        QVariantList out;
        while (q.next())
            out << q.value(0);
        return out;
    }

    std::unique_ptr<Model> makeModel(int pageSize) const
    {
        auto model = std::make_unique<Model>(
            m_db.path(), UserContext{1, QStringLiteral("sup"), Role::Supervisor, {}});
        model->setPageSize(pageSize);
        return model;
    }

    /// Asks for a cell until its page has arrived and returns its raw value.
    static QVariant rawEventually(Model& model, int row, int column)
    {
        const QModelIndex index = model.index(row, column);
        model.data(index); // requests the page
        if (!QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 20000))
            return QStringLiteral("<not loaded>");
        return model.data(index, Model::RawValueRole);
    }

    test::DemoDatabaseCopy m_db;
    std::unique_ptr<Connection> m_connection;
};

TEST_F(CaseListModelTest, PassesTheModelTesterWhileLoadingEveryPage)
{
    auto model = makeModel(5); // 24 pages: more than the cache holds
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy firstPage(model.get(), &Model::firstPageLoaded);
    model->setRequest(CaseListRequest{});
    // Placeholders until the first page arrives.
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(firstPage.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown(), 20000);
    const qint64 total = test::countRows(m_db.path(), QStringLiteral("SELECT count(*) FROM cases"));
    ASSERT_EQ(total, 120);
    EXPECT_EQ(model->rowCount(), total);
    EXPECT_EQ(model->totalCount(), total);
    EXPECT_EQ(model->columnCount(), int(Model::ColumnCount));

    const QVariantList refs = column(QStringLiteral("SELECT ref FROM cases ORDER BY ref, id"));
    for (int row = 0; row < model->rowCount(); ++row)
        ASSERT_EQ(rawEventually(*model, row, Model::Ref), refs[row]) << "row " << row;
    EXPECT_LE(model->cachedPageCount(), Model::maxCachedPages);
    // Evicted pages are loaded again on demand.
    EXPECT_EQ(rawEventually(*model, 0, Model::Ref), refs[0]);
}

TEST_F(CaseListModelTest, JumpsStraightToARowFarDown)
{
    auto model = makeModel(10);
    QSignalSpy firstPage(model.get(), &Model::firstPageLoaded);
    CaseListRequest r;
    r.sort = CaseListSort::Balance;
    r.descending = true;
    model->setRequest(r);
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown(), 20000);
    const QVariantList ids =
        column(QStringLiteral("SELECT id FROM cases ORDER BY current_balance_minor DESC, id DESC"));
    // Rows 93 and 57 lie in pages that were never loaded and have no loaded neighbour.
    for (const int row : {93, 57, 118}) {
        const QModelIndex index = model->index(row, Model::Balance);
        EXPECT_FALSE(model->isRowLoaded(row));
        EXPECT_EQ(model->data(model->index(row, Model::Ref)).toString(), QStringLiteral("…"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return model->isRowLoaded(row); }, 20000));
        EXPECT_EQ(model->data(index, Model::CaseIdRole), ids[row]) << "row " << row;
    }
}

TEST_F(CaseListModelTest, RawValuesAndFormatting)
{
    auto model = makeModel(200);
    CaseListRequest r;
    r.now = QDateTime::currentDateTimeUtc();
    model->setRequest(r);
    QTRY_VERIFY_WITH_TIMEOUT(model->isFirstPageLoaded(), 20000);
    // "Callable now" follows the page.
    QTRY_VERIFY_WITH_TIMEOUT(model->isCallKnown(0) && model->isCallKnown(119), 20000);
    Query q(*m_connection,
            QStringLiteral("SELECT c.id, c.current_balance_minor, c.currency, c.status, "
                           "c.placed_date, (SELECT max(started_at) FROM contacts WHERE case_id = "
                           "c.id), d.time_zone FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                           "ORDER BY c.ref, c.id"));
    q.exec();
    int row = 0;
    int withContact = 0;
    int allowed = 0;
    int blocked = 0;
    while (q.next()) {
        const auto cell = [&](int column, int role = Model::RawValueRole) {
            return model->data(model->index(row, column), role);
        };
        EXPECT_EQ(cell(0, Model::CaseIdRole).toLongLong(), q.value(0).toLongLong());
        EXPECT_EQ(cell(Model::Balance).toLongLong(), q.value(1).toLongLong());
        EXPECT_EQ(cell(Model::Balance, Qt::DisplayRole).toString(),
                  Model::formatMoney(Money{q.value(1).toLongLong(), q.value(2).toString()}));
        EXPECT_EQ(cell(Model::Status).toString(), q.value(3).toString());
        EXPECT_TRUE(cell(Model::Status, Model::ToneRole).isValid());
        EXPECT_EQ(cell(Model::Placed).toDate(),
                  QDate::fromString(q.value(4).toString(), Qt::ISODate));
        // Local time and "callable now" come from the real contact gate at the request's time.
        const GateDecision gate = ContactCheckService::evaluate(
            *m_connection, q.value(0).toLongLong(), Channel::Call, r.now);
        EXPECT_EQ(cell(Model::LocalTime).toStringList(), gate.zones);
        if (!q.value(6).toString().isEmpty()) {
            EXPECT_TRUE(gate.zones.contains(q.value(6).toString()));
        }
        EXPECT_EQ(cell(Model::LocalTime, Qt::DisplayRole).toString(),
                  Model::localTimeText(gate.zones, r.now));
        EXPECT_EQ(cell(Model::CallNow).toString(), Model::callStateCode(Model::callState(&gate)));
        EXPECT_EQ(cell(Model::CallNow, Qt::DisplayRole).toString(),
                  Model::callStateLabel(Model::callState(&gate)));
        EXPECT_EQ(cell(Model::CallNow, Model::ToneRole).toInt(),
                  int(Model::callStateTone(Model::callState(&gate))));
        const QString tip = cell(Model::CallNow, Qt::ToolTipRole).toString();
        if (!gate.allowed) {
            ++blocked;
            for (const BlockReason& b : gate.blockedBy)
                EXPECT_TRUE(tip.contains(b.reason)) << tip.toStdString();
        } else {
            ++allowed;
        }
        if (!q.value(5).isNull()) {
            ++withContact;
            const QDate last = timeFromDb(q.value(5)).toLocalTime().date();
            EXPECT_EQ(cell(Model::DaysSinceContact).toLongLong(),
                      last.daysTo(r.now.toLocalTime().date()));
        } else {
            EXPECT_TRUE(cell(Model::DaysSinceContact).isNull());
        }
        const auto alignment = cell(Model::Balance, Qt::TextAlignmentRole).value<Qt::Alignment>();
        EXPECT_TRUE(alignment & Qt::AlignRight);
        ++row;
    }
    EXPECT_EQ(row, 120);
    EXPECT_GT(withContact, 0);
    EXPECT_EQ(allowed + blocked, 120);
    // Currency symbols say which currency it is.
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(Model::formatMoney(Money{123456, QStringLiteral("USD")}, en),
              QStringLiteral("$1,234.56"));
    EXPECT_EQ(Model::formatMoney(Money{5, QStringLiteral("CNY")}, en), QStringLiteral("CN¥0.05"));
    const QLocale zh(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(Model::formatMoney(Money{123456, QStringLiteral("CNY")}, zh),
              QStringLiteral("¥1,234.56"));
}

TEST_F(CaseListModelTest, ANewSearchDiscardsPagesOfTheOldOne)
{
    auto model = makeModel(5);
    const QString ref =
        column(QStringLiteral("SELECT ref FROM cases ORDER BY ref LIMIT 1 OFFSET 40"))[0]
            .toString();
    CaseListRequest first;
    first.search = QStringLiteral("CL-");
    model->setRequest(first);
    const quint64 firstGeneration = model->generation();
    model->data(model->index(0, 0));
    // Replaced before its answers arrive: they must not show up in the new list.
    CaseListRequest second;
    second.search = ref;
    model->setRequest(second);
    EXPECT_GT(model->generation(), firstGeneration);
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown() && model->isFirstPageLoaded(), 20000);
    QTest::qWait(50); // late answers of the first request would arrive now
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->totalCount(), 1);
    EXPECT_EQ(model->data(model->index(0, Model::Ref), Model::RawValueRole).toString(), ref);
}

TEST_F(CaseListModelTest, SortingRunsInSqlForIndexedColumnsOnly)
{
    auto model = makeModel(50);
    model->setRequest(CaseListRequest{});
    QTRY_VERIFY_WITH_TIMEOUT(model->isFirstPageLoaded(), 20000);
    const quint64 generation = model->generation();
    model->sort(Model::Debtor, Qt::AscendingOrder); // no index: ignored
    EXPECT_EQ(model->generation(), generation);
    model->sort(Model::Balance, Qt::DescendingOrder);
    EXPECT_GT(model->generation(), generation);
    EXPECT_EQ(model->request().sort, CaseListSort::Balance);
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown(), 20000);
    ASSERT_EQ(model->rowCount(), 120);
    const QVariantList balances = column(QStringLiteral(
        "SELECT current_balance_minor FROM cases ORDER BY current_balance_minor DESC, id DESC"));
    for (int row = 0; row < 120; row += 17)
        EXPECT_EQ(rawEventually(*model, row, Model::Balance).toLongLong(),
                  balances[row].toLongLong());
}

TEST(CaseListModelStatics, LocalTimeShowsARangeForSeveralZones)
{
    const QLocale c = QLocale::c();
    const QDateTime at(QDate(2026, 1, 15), QTime(14, 30), QTimeZone::utc());
    const auto hm = [&](int h, int m) { return c.toString(QTime(h, m), QLocale::ShortFormat); };
    EXPECT_EQ(Model::localTimeText({QStringLiteral("America/New_York")}, at, c), hm(9, 30));
    // Chicago is an hour behind New York, Los Angeles three; the order given does not matter.
    EXPECT_EQ(Model::localTimeText({QStringLiteral("America/New_York"),
                                    QStringLiteral("America/Los_Angeles"),
                                    QStringLiteral("America/Chicago")},
                                   at, c),
              hm(6, 30) + QStringLiteral("–") + hm(9, 30));
    EXPECT_EQ(Model::localTimeText(
                  {QStringLiteral("America/Detroit"), QStringLiteral("America/New_York")}, at, c),
              hm(9, 30)); // same offset: one time
    EXPECT_EQ(Model::localTimeText({}, at, c), QString());
    EXPECT_EQ(Model::localTimeText({QStringLiteral("Not/AZone")}, at, c), QString());
}

TEST(CaseListModelStatics, CallStatesFromGateDecisions)
{
    EXPECT_EQ(Model::callState(nullptr), Model::CallState::Unknown);
    GateDecision d;
    EXPECT_EQ(Model::callState(&d), Model::CallState::Callable);
    d.allowed = false;
    d.blockedBy.push_back(BlockReason{QStringLiteral("hours"), QStringLiteral("late"), {}});
    EXPECT_EQ(Model::callState(&d), Model::CallState::NotNow);
    d.blockedBy.push_back(BlockReason{QStringLiteral("opt_out:call"), QStringLiteral("x"), {}});
    EXPECT_EQ(Model::callState(&d), Model::CallState::OptedOut);
    d.blockedBy.push_back(BlockReason{QStringLiteral("hold:dispute"), QStringLiteral("x"), {}});
    EXPECT_EQ(Model::callState(&d), Model::CallState::OnHold);
    EXPECT_EQ(Model::callStateTone(Model::CallState::Callable), Model::Tone::Good);
    EXPECT_EQ(Model::callStateTone(Model::CallState::NotNow), Model::Tone::Bad);
    EXPECT_EQ(Model::callStateTone(Model::CallState::OnHold), Model::Tone::Muted);
}

} // namespace
} // namespace caseloop
