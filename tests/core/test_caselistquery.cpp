#include "db/connection.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "services/caselistquery.h"
#include "services/contactcheckservice.h"
#include "support/testdb.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <memory>

using namespace caseloop;

namespace {

/// One small demo database shared by the checks of this file (they only read), plus a few
/// hand-made phone numbers and a Chinese two-character name for the search checks.
class CaseListQueryTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_tmp = new test::TempDatabase;
        s_db = s_tmp->open().release();
        DemoOptions o;
        o.agents = 4;
        o.cases = 300;
        o.months = 3;
        o.seed = 11;
        o.until = QDate(2026, 3, 31);
        DemoGenerator::generate(*s_db, UserContext::system(), o);
        // A debtor with a known number and a two-character name.
        Query::run(*s_db, QStringLiteral("UPDATE debtors SET full_name = '林芳', "
                                         "name_norm = '林芳' WHERE id = 3"));
        Query::run(*s_db, QStringLiteral("INSERT INTO debtor_phones (debtor_id, number) "
                                         "VALUES (5, '+12125550123')"));
        // The time of the latest contact, as the contact-log service maintains it.
        Query::run(*s_db, QStringLiteral("UPDATE cases SET last_contact_at = (SELECT "
                                         "max(started_at) FROM contacts k WHERE k.case_id = "
                                         "cases.id)"));
        // Holds and an opted-out number, so that the gate has more than hours to decide on.
        Query::run(*s_db, QStringLiteral("INSERT INTO holds (debtor_id, case_id, type, since_at) "
                                         "SELECT debtor_id, NULL, 'dispute', 0 FROM cases "
                                         "WHERE id IN (4, 9)"));
        Query::run(*s_db, QStringLiteral("INSERT INTO holds (debtor_id, case_id, type, since_at, "
                                         "until_at) SELECT debtor_id, id, 'hardship', 0, "
                                         "4102444800000 FROM cases WHERE id = 12"));
        Query::run(*s_db,
                   QStringLiteral("UPDATE debtor_phones SET opted_out_at = 0 WHERE "
                                  "debtor_id = (SELECT debtor_id FROM cases WHERE id = 15)"));
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_tmp;
        s_db = nullptr;
        s_tmp = nullptr;
    }

    static std::vector<qint64> ids(const QString& sql, const QVariantMap& values = {})
    {
        Query q(*s_db, sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bind(it.key(), it.value());
        q.exec();
        std::vector<qint64> out;
        while (q.next())
            out.push_back(q.value(0).toLongLong());
        return out;
    }

    static QSet<qint64> idSet(const std::vector<qint64>& v)
    {
        return QSet<qint64>(v.begin(), v.end());
    }

    /// Every row of @p request, paged by @p pageSize.
    static std::vector<CaseListRow> all(CaseListQuery& query, const CaseListRequest& request,
                                        int pageSize = 7)
    {
        std::vector<CaseListRow> rows;
        std::optional<CaseListKey> after;
        for (;;) {
            auto page = query.page(request, after, pageSize);
            EXPECT_LE(int(page.size()), pageSize);
            rows.insert(rows.end(), page.begin(), page.end());
            if (int(page.size()) < pageSize)
                return rows;
            after = page.back().key;
        }
    }

    static std::vector<qint64> rowIds(const std::vector<CaseListRow>& rows)
    {
        std::vector<qint64> out;
        for (const auto& r : rows)
            out.push_back(r.caseId);
        return out;
    }

    static UserContext supervisor()
    {
        return UserContext{1, QStringLiteral("sup"), Role::Supervisor, {}};
    }

    static inline test::TempDatabase* s_tmp = nullptr;
    static inline Connection* s_db = nullptr;
};

TEST_F(CaseListQueryTest, EverySortPagesThroughEveryRowOnceInOrder)
{
    struct Order {
        CaseListSort sort;
        const char* column;
    };
    const Order orders[] = {{CaseListSort::Ref, "ref"},
                            {CaseListSort::Balance, "current_balance_minor"},
                            {CaseListSort::Status, "status"},
                            {CaseListSort::PlacedDate, "placed_date"},
                            {CaseListSort::Updated, "updated_at"}};
    CaseListQuery query(*s_db, supervisor());
    const qint64 total =
        Query::scalar(*s_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    ASSERT_EQ(total, 300);
    for (const Order& o : orders) {
        for (const bool descending : {false, true}) {
            SCOPED_TRACE(std::string(o.column) + (descending ? " desc" : " asc"));
            CaseListRequest r;
            r.sort = o.sort;
            r.descending = descending;
            const QString dir = descending ? QStringLiteral(" DESC") : QString();
            const auto expected =
                ids(QStringLiteral("SELECT id FROM cases ORDER BY ") +
                    QString::fromLatin1(o.column) + dir + QStringLiteral(", id") + dir);
            EXPECT_EQ(rowIds(all(query, r)), expected);
            EXPECT_EQ(query.count(r), total);
        }
    }
}

TEST_F(CaseListQueryTest, RowsCarryTheCaseDetails)
{
    CaseListQuery query(*s_db, supervisor());
    const auto rows = query.page(CaseListRequest{}, std::nullopt, 300);
    ASSERT_EQ(rows.size(), 300u);
    for (const CaseListRow& row : rows) {
        Query q(*s_db,
                QStringLiteral(
                    "SELECT c.ref, d.full_name, cl.name, c.current_balance_minor, c.currency, "
                    "c.status, (SELECT max(started_at) FROM contacts WHERE case_id = c.id), "
                    "(SELECT min(due_at) FROM followups WHERE case_id = c.id AND done_at IS NULL), "
                    "(SELECT status FROM promises WHERE case_id = c.id ORDER BY created_at DESC, "
                    "id DESC LIMIT 1), "
                    "d.time_zone, coalesce(u.display_name, '') FROM cases c JOIN debtors d ON d.id "
                    "= c.debtor_id "
                    "JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.agent_id "
                    "WHERE c.id = :id"));
        q.bind(QStringLiteral(":id"), row.caseId).exec();
        ASSERT_TRUE(q.next());
        EXPECT_EQ(row.ref, q.value(0).toString());
        EXPECT_EQ(row.debtorName, q.value(1).toString());
        EXPECT_EQ(row.clientName, q.value(2).toString());
        EXPECT_EQ(row.balance.minor, q.value(3).toLongLong());
        EXPECT_EQ(row.balance.currency, q.value(4).toString());
        EXPECT_EQ(toCode(row.status), q.value(5).toString());
        EXPECT_EQ(row.lastContactAt, optTimeFromDb(q.value(6)));
        EXPECT_EQ(row.nextFollowUpAt, optTimeFromDb(q.value(7)));
        EXPECT_EQ(row.promiseStatus ? toCode(*row.promiseStatus) : QString(),
                  q.value(8).toString());
        EXPECT_EQ(row.debtorTimeZone, q.value(9).toString());
        EXPECT_EQ(row.agentName, q.value(10).toString());
    }
}

TEST_F(CaseListQueryTest, AgentsSeeOnlyTheirOwnCases)
{
    const auto agents =
        ids(QStringLiteral("SELECT id FROM users WHERE role = 'agent' ORDER BY id"));
    ASSERT_GE(agents.size(), 2u);
    const UserContext agent{agents[0], QStringLiteral("a"), Role::Agent, {}};
    CaseListQuery query(*s_db, agent);
    CaseListRequest r;
    r.agentId = agents[1]; // asking for someone else's cases does not widen the view
    r.sort = CaseListSort::Balance;
    const auto expected = ids(QStringLiteral("SELECT id FROM cases WHERE agent_id = :a "
                                             "ORDER BY current_balance_minor, id"),
                              {{QStringLiteral(":a"), agents[0]}});
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(rowIds(all(query, r)), expected);
    EXPECT_EQ(query.count(r), qint64(expected.size()));
    EXPECT_EQ(query.effective(r).agentId, agents[0]);

    // A supervisor may narrow to one agent.
    CaseListQuery super(*s_db, supervisor());
    EXPECT_EQ(super.count(r), qint64(ids(QStringLiteral("SELECT id FROM cases WHERE agent_id = :a"),
                                         {{QStringLiteral(":a"), agents[1]}})
                                         .size()));
}

TEST_F(CaseListQueryTest, SearchesReferencePrefixCaseInsensitively)
{
    CaseListQuery query(*s_db, supervisor());
    const QString ref =
        Query::scalar(*s_db, QStringLiteral("SELECT ref FROM cases WHERE id = 42")).toString();
    const QString prefix = ref.left(ref.size() - 1).toLower(); // e.g. "cl-2026-00004"
    CaseListRequest r;
    r.search = prefix;
    const auto rows = all(query, r);
    const auto expected = ids(QStringLiteral("SELECT id FROM cases WHERE ref LIKE :p ORDER BY ref"),
                              {{QStringLiteral(":p"), QString(prefix + u'%')}});
    EXPECT_EQ(rowIds(rows), expected);
    EXPECT_TRUE(idSet(expected).contains(42));
    EXPECT_GT(expected.size(), 1u);
    EXPECT_EQ(query.count(r), qint64(expected.size()));

    r.search = ref;
    EXPECT_EQ(rowIds(all(query, r)), std::vector<qint64>{42});
}

TEST_F(CaseListQueryTest, SearchesChineseNamesFromTheFirstCharacter)
{
    CaseListQuery query(*s_db, supervisor());
    CaseListRequest r;
    r.search = QStringLiteral("林芳");
    const auto exact =
        ids(QStringLiteral("SELECT c.id FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                           "WHERE substr(d.full_name, 1, 2) = '林芳' ORDER BY c.ref"));
    ASSERT_FALSE(exact.empty());
    EXPECT_EQ(rowIds(all(query, r)), exact);

    r.search = QStringLiteral(" 林 ");
    const auto surname =
        ids(QStringLiteral("SELECT c.id FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                           "WHERE substr(d.full_name, 1, 1) = '林' ORDER BY c.ref"));
    EXPECT_EQ(rowIds(all(query, r)), surname);
    EXPECT_EQ(query.count(r), qint64(surname.size()));

    // Latin names: case-insensitive prefix of the normalised name.
    const QString latin =
        Query::scalar(*s_db, QStringLiteral("SELECT full_name FROM debtors WHERE full_name "
                                            "GLOB '[A-Z]*' ORDER BY id LIMIT 1"))
            .toString();
    ASSERT_FALSE(latin.isEmpty());
    r.search = latin.left(4).toUpper();
    const auto latinIds =
        ids(QStringLiteral("SELECT c.id FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                           "WHERE lower(substr(d.full_name, 1, 4)) = lower(:p) ORDER BY c.ref"),
            {{QStringLiteral(":p"), latin.left(4)}});
    EXPECT_TRUE(idSet(rowIds(all(query, r))).contains(idSet(latinIds)));
}

TEST_F(CaseListQueryTest, SearchesPhoneDigitsInAnyFormat)
{
    CaseListQuery query(*s_db, supervisor());
    const auto expectedFor = [](const QString& digits) {
        return ids(QStringLiteral(
                       "SELECT c.id FROM cases c WHERE c.debtor_id IN (SELECT debtor_id FROM "
                       "debtor_phones WHERE substr(number, 1, length(:a)) = :a OR "
                       "substr(number, 1, length(:b)) = :b OR substr(number, 1, length(:c)) = :c) "
                       "ORDER BY c.ref"),
                   {{QStringLiteral(":a"), QString(QStringLiteral("+") + digits)},
                    {QStringLiteral(":b"), QString(QStringLiteral("+1") + digits)},
                    {QStringLiteral(":c"), QString(QStringLiteral("+86") + digits)}});
    };
    const auto withFive = ids(QStringLiteral("SELECT id FROM cases WHERE debtor_id = 5"));
    ASSERT_FALSE(withFive.empty());
    for (const char* input : {"(212) 555-01", "2125550", "+1 212-555-0123", "212.555.0123"}) {
        SCOPED_TRACE(input);
        CaseListRequest r;
        r.search = QString::fromLatin1(input);
        const QString digits = CaseListQuery::phoneDigits(r.search);
        ASSERT_FALSE(digits.isEmpty());
        const auto expected = expectedFor(digits);
        const auto found = rowIds(all(query, r));
        EXPECT_EQ(found, expected);
        EXPECT_TRUE(idSet(found).contains(idSet(withFive)));
    }
    EXPECT_EQ(CaseListQuery::phoneDigits(QStringLiteral("12")), QString());
    EXPECT_EQ(CaseListQuery::phoneDigits(QStringLiteral("CL-2026")), QString());
    EXPECT_EQ(CaseListQuery::phoneDigits(QStringLiteral("(212) 555-01")),
              QStringLiteral("21255501"));
}

TEST_F(CaseListQueryTest, SavedFiltersMatchIndependentQueries)
{
    const QDateTime now(QDate(2026, 3, 20), QTime(10, 0));
    const QDate today = now.toLocalTime().date();
    const qint64 endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const QString open = QStringLiteral("c.status IN ('new','active','promise','paying')");
    const QVariantMap values{{QStringLiteral(":end"), endOfToday},
                             {QStringLiteral(":today"), today.toString(Qt::ISODate)}};
    const QString followUps =
        QStringLiteral("SELECT DISTINCT c.id FROM cases c JOIN followups f ON f.case_id = c.id "
                       "WHERE f.done_at IS NULL AND f.due_at < :end AND ") +
        open;
    const QString promises =
        QStringLiteral("SELECT DISTINCT c.id FROM cases c JOIN promises p ON p.case_id = c.id "
                       "WHERE p.status = 'pending' AND p.due_date <= :today AND ") +
        open;
    const QString broken =
        QStringLiteral(
            "SELECT c.id FROM cases c JOIN promises p ON p.case_id = c.id WHERE "
            "NOT EXISTS (SELECT 1 FROM promises p2 WHERE p2.case_id = c.id AND (p2.created_at > "
            "p.created_at OR (p2.created_at = p.created_at AND p2.id > p.id))) AND "
            "p.status = 'broken' AND ") +
        open;
    const QString never =
        QStringLiteral("SELECT c.id FROM cases c LEFT JOIN contacts k ON k.case_id = c.id "
                       "WHERE k.id IS NULL AND ") +
        open;

    const auto agents =
        ids(QStringLiteral("SELECT agent_id FROM cases GROUP BY agent_id ORDER BY count(*) DESC"));
    const UserContext me{agents[0], QStringLiteral("me"), Role::Supervisor, {}};
    CaseListQuery query(*s_db, me);
    struct Case {
        CaseListFilter filter;
        QString sql;
    };
    const Case cases[] = {
        {CaseListFilter::FollowUpsDue, followUps},
        {CaseListFilter::PromisesDue, promises},
        {CaseListFilter::BrokenPromises, broken},
        {CaseListFilter::NeverContacted, never},
        {CaseListFilter::MyQueueToday,
         QStringLiteral("SELECT id FROM cases WHERE agent_id = %1 AND id IN (").arg(me.userId) +
             followUps + QStringLiteral(" UNION ") + promises + QStringLiteral(" UNION ") + never +
             QStringLiteral(")")},
    };
    qint64 nonEmpty = 0;
    for (const Case& c : cases) {
        SCOPED_TRACE(int(c.filter));
        CaseListRequest r;
        r.filter = c.filter;
        r.now = now;
        const auto expected = idSet(ids(c.sql, values));
        const auto rows = all(query, r, 5);
        EXPECT_EQ(idSet(rowIds(rows)), expected);
        EXPECT_EQ(rows.size(), size_t(expected.size())); // no duplicates
        EXPECT_EQ(query.count(r), qint64(expected.size()));
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(nonEmpty, 3); // the fixture exercises most filters with real rows
}

TEST_F(CaseListQueryTest, KeyAtJumpsToARowPosition)
{
    CaseListQuery query(*s_db, supervisor());
    CaseListRequest r;
    r.sort = CaseListSort::Balance;
    r.descending = true;
    const auto every = all(query, r, 300);
    ASSERT_EQ(every.size(), 300u);
    const auto key = query.keyAt(r, std::nullopt, 149);
    ASSERT_TRUE(key);
    EXPECT_EQ(*key, every[149].key);
    const auto page = query.page(r, key, 10);
    ASSERT_EQ(page.size(), 10u);
    EXPECT_EQ(page.front().caseId, every[150].caseId);
    // From a known key onwards.
    const auto further = query.keyAt(r, every[99].key, 50);
    ASSERT_TRUE(further);
    EXPECT_EQ(*further, every[150].key);
    EXPECT_FALSE(query.keyAt(r, std::nullopt, 300));
    EXPECT_THROW(query.keyAt(r, std::nullopt, -1), Error);
    EXPECT_THROW(query.page(r, std::nullopt, 0), Error);
    EXPECT_THROW(query.page(r, std::nullopt, CaseListQuery::maxLimit + 1), Error);
}

} // namespace

namespace {

TEST_F(CaseListQueryTest, RowsCarryTheLatestContactTime)
{
    CaseListQuery query(*s_db, supervisor());
    const auto rows = all(query, CaseListRequest{}, 50);
    ASSERT_EQ(rows.size(), 300u);
    int contacted = 0;
    for (const CaseListRow& row : rows) {
        const QVariant latest = Query::scalar(
            *s_db, QStringLiteral("SELECT max(started_at) FROM contacts WHERE case_id = %1")
                       .arg(row.caseId));
        ASSERT_EQ(row.lastContactAt.has_value(), !latest.isNull()) << row.ref.toStdString();
        if (row.lastContactAt) {
            ++contacted;
            EXPECT_EQ(row.lastContactAt->toMSecsSinceEpoch(), latest.toLongLong());
        }
    }
    EXPECT_GT(contacted, 0);
    EXPECT_LT(contacted, 300);
}

TEST_F(CaseListQueryTest, BatchedCallInputsGiveTheSameDecisionsAsTheContactCheckService)
{
    CaseListQuery query(*s_db, supervisor());
    std::vector<qint64> all = ids(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    all.push_back(999999); // unknown: no input
    // Daytime and night-time in the US and China, and a time with recent contacts.
    const QDateTime instants[] = {QDateTime(QDate(2026, 3, 20), QTime(15, 0), QTimeZone::utc()),
                                  QDateTime(QDate(2026, 3, 21), QTime(3, 30), QTimeZone::utc()),
                                  QDateTime(QDate(2026, 3, 31), QTime(1, 0), QTimeZone::utc())};
    const ContactGate gate;
    int allowed = 0;
    int blocked = 0;
    QSet<QString> rules;
    for (const QDateTime& at : instants) {
        std::vector<QString> errors;
        const auto inputs = query.callInputs(all, at, &errors);
        ASSERT_EQ(inputs.size(), all.size());
        EXPECT_FALSE(inputs.back().has_value());
        for (size_t i = 0; i + 1 < all.size(); ++i) {
            SCOPED_TRACE(all[i]);
            ASSERT_TRUE(inputs[i].has_value());
            EXPECT_TRUE(errors[i].isEmpty());
            const GateInput expected =
                ContactCheckService::buildInput(*s_db, all[i], Channel::Call, at);
            const GateInput& got = *inputs[i];
            EXPECT_EQ(got.profile->id, expected.profile->id);
            EXPECT_EQ(got.at, expected.at);
            EXPECT_EQ(got.debtor.phones, expected.debtor.phones);
            EXPECT_EQ(got.debtor.timezone, expected.debtor.timezone);
            EXPECT_EQ(got.debtor.postalCode, expected.debtor.postalCode);
            EXPECT_EQ(got.emails, expected.emails);
            EXPECT_EQ(got.optOuts, expected.optOuts);
            EXPECT_EQ(got.holds.size(), expected.holds.size());
            ASSERT_EQ(got.history.size(), expected.history.size());
            for (size_t h = 0; h < got.history.size(); ++h) {
                EXPECT_EQ(got.history[h].at, expected.history[h].at);
                EXPECT_EQ(got.history[h].outcome, expected.history[h].outcome);
                EXPECT_EQ(got.history[h].phone, expected.history[h].phone);
            }
            const GateDecision a = gate.evaluate(got);
            const GateDecision b = ContactCheckService::evaluate(*s_db, all[i], Channel::Call, at);
            EXPECT_EQ(a.allowed, b.allowed);
            EXPECT_EQ(a.blockedByIds(), b.blockedByIds());
            EXPECT_EQ(a.zones, b.zones);
            EXPECT_EQ(a.nextAllowedAt, b.nextAllowedAt);
            (a.allowed ? allowed : blocked) += 1;
            for (const QString& id : a.blockedByIds())
                rules.insert(id);
        }
    }
    // The fixture exercises both answers and several rules.
    EXPECT_GT(allowed, 0);
    EXPECT_GT(blocked, 0);
    EXPECT_TRUE(rules.contains(QStringLiteral("hours")));
    EXPECT_TRUE(rules.contains(QStringLiteral("hold:dispute")));
    EXPECT_TRUE(rules.contains(QStringLiteral("opt_out:call")));
}

TEST_F(CaseListQueryTest, EvaluateCallsFillsEveryRowOfAPage)
{
    CaseListQuery query(*s_db, supervisor());
    auto rows = query.page(CaseListRequest{}, std::nullopt, 40);
    const QDateTime at(QDate(2026, 3, 20), QTime(15, 0), QTimeZone::utc());
    query.evaluateCalls(rows, at);
    for (const CaseListRow& row : rows) {
        ASSERT_TRUE(row.call) << row.ref.toStdString();
        ASSERT_TRUE(row.callInput);
        EXPECT_EQ(row.call->allowed,
                  ContactCheckService::evaluate(*s_db, row.caseId, Channel::Call, at).allowed);
    }
}

TEST_F(CaseListQueryTest, BroadSearchesWalkTheSortIndexWithTheSameResult)
{
    CaseListQuery narrow(*s_db, supervisor());
    CaseListQuery broad(*s_db, supervisor());
    broad.setBroadSearchDebtors(1); // every search counts as broad
    const QString name =
        Query::scalar(*s_db, QStringLiteral("SELECT full_name FROM debtors WHERE unicode("
                                            "full_name) < 128 ORDER BY id LIMIT 1 OFFSET 17"))
            .toString();
    for (const QString& search :
         {name.left(1), name.left(3), QStringLiteral("林"), QStringLiteral("212 555"),
          QStringLiteral("cl-"), QStringLiteral("zzzz")}) {
        SCOPED_TRACE(search.toStdString());
        for (const CaseListSort sort : {CaseListSort::Ref, CaseListSort::Balance}) {
            CaseListRequest r;
            r.search = search;
            r.sort = sort;
            r.descending = sort == CaseListSort::Balance;
            const auto expected = rowIds(all(narrow, r, 9));
            EXPECT_EQ(rowIds(all(broad, r, 9)), expected);
            EXPECT_EQ(broad.count(r), qint64(expected.size()));
            if (expected.size() > 3) {
                const auto key = broad.keyAt(r, std::nullopt, 2);
                ASSERT_TRUE(key);
                EXPECT_EQ(key->id, expected[2]);
            }
        }
    }
}

} // namespace
