#include "db/connection.h"
#include "db/contenthash.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "services/auditlog.h"
#include "support/testdb.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <memory>

using namespace caseloop;

namespace {

DemoOptions smallOptions(quint64 seed = 7)
{
    DemoOptions o;
    o.agents = 12;
    o.cases = 800;
    o.months = 6;
    o.seed = seed;
    o.until = QDate(2026, 3, 31);
    return o;
}

qint64 count(Connection& c, const QString& sql)
{
    return Query::scalar(c, sql).toLongLong();
}

QStringList indexNames(Connection& c)
{
    QStringList names;
    Query q(c, c.dialect().listIndexes());
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

/// One generated database shared by the read-only checks of this file.
class DemoContent : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_tmp = new test::TempDatabase;
        s_db = s_tmp->open().release();
        s_result = DemoGenerator::generate(*s_db, UserContext::system(), smallOptions());
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_tmp;
        s_db = nullptr;
        s_tmp = nullptr;
    }
    Connection& db() { return *s_db; }

    static qint64 windowStartMs()
    {
        const DemoOptions o = smallOptions();
        return QDateTime(o.until.addMonths(-o.months).addDays(1), QTime(0, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }
    static qint64 windowEndMs()
    {
        return QDateTime(smallOptions().until.addDays(1), QTime(0, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }

    static test::TempDatabase* s_tmp;
    static Connection* s_db;
    static DemoResult s_result;
};

test::TempDatabase* DemoContent::s_tmp = nullptr;
Connection* DemoContent::s_db = nullptr;
DemoResult DemoContent::s_result;

} // namespace

TEST(DemoGenerator, SameSeedGivesSameContentAndOtherSeedDiffers)
{
    test::TempDatabase a;
    test::TempDatabase b;
    test::TempDatabase c;
    auto dbA = a.open();
    auto dbB = b.open();
    auto dbC = c.open();
    DemoGenerator::generate(*dbA, UserContext::system(), smallOptions(7));
    DemoGenerator::generate(*dbB, UserContext::system(), smallOptions(7));
    DemoGenerator::generate(*dbC, UserContext::system(), smallOptions(8));
    const QByteArray hashA = contentHash(*dbA);
    EXPECT_EQ(hashA.size(), 32);
    EXPECT_EQ(hashA, contentHash(*dbB));
    EXPECT_NE(hashA, contentHash(*dbC));
}

TEST_F(DemoContent, CountsArePlausible)
{
    const qint64 cases = count(db(), QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 contacts = count(db(), QStringLiteral("SELECT count(*) FROM contacts"));
    EXPECT_EQ(cases, smallOptions().cases);
    EXPECT_EQ(s_result.cases, cases);
    EXPECT_EQ(s_result.contacts, contacts);
    EXPECT_GE(contacts, 3 * cases);
    EXPECT_LE(contacts, 7 * cases);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'agent'")),
              smallOptions().agents);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM users WHERE login = 'admin' OR "
                                         "login = 'compliance' OR login = 'sup01' OR "
                                         "login = 'agent001'")),
              4);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM survey_responses")), 50);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM complaints")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM holds")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM payments")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM improvement_actions WHERE "
                                         "kind = 'training'")),
              0);
    EXPECT_GE(count(db(), QStringLiteral("SELECT count(DISTINCT status) FROM cases")), 5);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT country) FROM debtors")), 2);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE (currency = 'USD') <> "
                                         "(rule_profile = 'us-regf')")),
              0);
}

TEST_F(DemoContent, EveryCaseHasAnAgentAndReferencesResolve)
{
    EXPECT_EQ(
        count(db(), QStringLiteral("SELECT count(*) FROM cases k LEFT JOIN users u ON "
                                   "u.id = k.agent_id AND u.role = 'agent' WHERE u.id IS NULL")),
        0);
    // The load runs without foreign-key checks, so check the references it wrote.
    const QStringList orphans{
        QStringLiteral("SELECT count(*) FROM cases k LEFT JOIN debtors d ON d.id = k.debtor_id "
                       "WHERE d.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM cases k LEFT JOIN clients c ON c.id = k.client_id "
                       "WHERE c.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM contacts x LEFT JOIN cases k ON k.id = x.case_id "
                       "WHERE k.id IS NULL OR x.agent_id <> k.agent_id"),
        QStringLiteral("SELECT count(*) FROM contacts x JOIN cases k ON k.id = x.case_id "
                       "LEFT JOIN debtor_phones p ON p.id = x.phone_id AND p.debtor_id = "
                       "k.debtor_id WHERE x.phone_id IS NOT NULL AND p.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM contacts x JOIN cases k ON k.id = x.case_id "
                       "LEFT JOIN debtor_emails e ON e.id = x.email_id AND e.debtor_id = "
                       "k.debtor_id WHERE x.email_id IS NOT NULL AND e.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM contacts x LEFT JOIN outcome_codes o ON "
                       "o.code = x.outcome WHERE o.code IS NULL"),
        QStringLiteral("SELECT count(*) FROM payments p JOIN cases k ON k.id = p.case_id "
                       "LEFT JOIN promises r ON r.id = p.promise_id WHERE p.agent_id <> "
                       "k.agent_id OR (p.promise_id IS NOT NULL AND (r.id IS NULL OR "
                       "r.status <> 'kept'))"),
        QStringLiteral("SELECT count(*) FROM survey_responses s LEFT JOIN contacts x ON "
                       "x.id = s.contact_id WHERE s.contact_id IS NOT NULL AND (x.id IS NULL OR "
                       "x.case_id <> s.case_id)"),
        QStringLiteral("SELECT count(*) FROM complaint_contacts cc LEFT JOIN complaints c ON "
                       "c.id = cc.complaint_id LEFT JOIN contacts x ON x.id = cc.contact_id "
                       "WHERE c.id IS NULL OR x.id IS NULL OR x.case_id <> c.case_id"),
        QStringLiteral("SELECT count(*) FROM holds h LEFT JOIN debtors d ON d.id = h.debtor_id "
                       "WHERE d.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM improvement_action_agents a LEFT JOIN users u ON "
                       "u.id = a.agent_id WHERE u.id IS NULL OR u.role <> 'agent'"),
        QStringLiteral("SELECT count(*) FROM users u LEFT JOIN teams t ON t.id = u.team_id "
                       "WHERE u.team_id IS NOT NULL AND t.id IS NULL"),
    };
    for (const QString& sql : orphans)
        EXPECT_EQ(count(db(), sql), 0) << sql.toStdString();
    // RPC only on conversations (outcome codes with conversation = 1).
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contacts x JOIN outcome_codes o ON "
                                         "o.code = x.outcome WHERE x.rpc <> o.conversation")),
              0);
}

TEST_F(DemoContent, SchemaVersion2ColumnsAreFilledConsistently)
{
    const QStringList mismatches{
        // The latest contact of each case, NULL without contacts.
        QStringLiteral("SELECT count(*) FROM cases k WHERE k.last_contact_at IS NOT (SELECT "
                       "max(x.started_at) FROM contacts x WHERE x.case_id = k.id)"),
        // Recorded by the agent when the contact ended.
        QStringLiteral("SELECT count(*) FROM contacts WHERE recorded_at IS NOT "
                       "coalesce(ended_at, started_at) OR recorded_by IS NOT agent_id"),
        QStringLiteral("SELECT count(*) FROM followups WHERE created_at IS NULL OR created_at > "
                       "due_at OR done_at < created_at"),
        // Paid amounts match the payments; kept promises are paid in full, others not at all.
        QStringLiteral("SELECT count(*) FROM promises p WHERE p.paid_minor <> coalesce((SELECT "
                       "sum(y.amount_minor) FROM payments y WHERE y.promise_id = p.id), 0) OR "
                       "(p.status = 'kept') <> (p.paid_minor = p.amount_minor)"),
        // Each promise comes from a promise-to-pay contact on its case.
        QStringLiteral("SELECT count(*) FROM promises p LEFT JOIN contacts x ON x.id = "
                       "p.contact_id WHERE x.id IS NULL OR x.case_id <> p.case_id OR x.outcome <> "
                       "'promise_to_pay' OR x.started_at <> p.created_at"),
        // An outcome implying a hold comes with that hold on the case from the contact on.
        QStringLiteral("SELECT count(*) FROM contacts x JOIN outcome_codes o ON o.code = "
                       "x.outcome WHERE o.hold_type IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                       "holds h WHERE h.case_id = x.case_id AND h.type = o.hold_type AND "
                       "h.since_at = x.started_at)"),
        // Rows a contact created point to it.
        QStringLiteral("SELECT count(*) FROM followups f LEFT JOIN contacts x ON x.id = "
                       "f.contact_id WHERE f.contact_id IS NOT NULL AND (x.id IS NULL OR "
                       "x.case_id <> f.case_id OR x.started_at <> f.created_at)"),
        QStringLiteral("SELECT count(*) FROM holds h LEFT JOIN contacts x ON x.id = h.contact_id "
                       "LEFT JOIN outcome_codes o ON o.code = x.outcome WHERE h.contact_id IS NOT "
                       "NULL AND (x.id IS NULL OR x.case_id IS NOT h.case_id OR x.started_at <> "
                       "h.since_at OR o.hold_type IS NOT h.type)"),
        // Nothing is contacted under a hold of its case or debtor.
        QStringLiteral("SELECT count(*) FROM contacts x JOIN cases k ON k.id = x.case_id JOIN "
                       "holds h ON h.debtor_id = k.debtor_id AND (h.case_id IS NULL OR h.case_id = "
                       "x.case_id) WHERE x.started_at > h.since_at AND (h.until_at IS NULL OR "
                       "x.started_at < h.until_at)"),
    };
    for (const QString& sql : mismatches)
        EXPECT_EQ(count(db(), sql), 0) << sql.toStdString();
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE last_contact_at IS NOT "
                                         "NULL")),
              0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM promises WHERE paid_minor > 0")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM holds h JOIN contacts x ON "
                                         "x.case_id = h.case_id AND x.started_at = h.since_at "
                                         "WHERE x.outcome = 'dispute_raised'")),
              0);
    for (const char* outcome : {"left_message", "wrong_number"}) {
        Query q(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = :o"));
        q.bind(QStringLiteral(":o"), QString::fromLatin1(outcome)).exec();
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toLongLong(), 0) << outcome;
    }
}

TEST_F(DemoContent, CheckConstraintsHoldAfterTheUncheckedLoad)
{
    // The bulk load skips CHECK constraints (dialect().bulkLoadBegin()); integrity_check
    // verifies them (and NOT NULL, UNIQUE, index contents) afterwards.
    Query q(db(), QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    EXPECT_EQ(problems, QStringList{QStringLiteral("ok")});
    EXPECT_EQ(Query::scalar(db(), QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 0);
}

TEST_F(DemoContent, NoAgentRatesThemselves)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                         "recorded_by_id IS NULL OR recorded_by_id = "
                                         "subject_agent_id")),
              0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM survey_responses s JOIN users u ON "
                                         "u.id = s.recorded_by_id WHERE u.role = 'agent'")),
              0);
}

TEST_F(DemoContent, MoneyIsNonNegativeIntegers)
{
    const QStringList queries{
        QStringLiteral("SELECT placed_balance_minor, current_balance_minor FROM cases"),
        QStringLiteral("SELECT amount_minor, amount_minor FROM promises"),
        QStringLiteral("SELECT amount_minor, amount_minor FROM payments")};
    for (const QString& sql : queries) {
        Query q(db(), sql);
        q.exec();
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int col = 0; col < 2; ++col) {
                ASSERT_EQ(q.value(col).metaType().id(), QMetaType::LongLong) << sql.toStdString();
                ASSERT_GE(q.value(col).toLongLong(), 0) << sql.toStdString();
            }
        }
        EXPECT_GT(rows, 0) << sql.toStdString();
    }
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE current_balance_minor > "
                                         "placed_balance_minor")),
              0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE status = 'settled' AND "
                                         "current_balance_minor <> 0")),
              0);
}

TEST_F(DemoContent, ScoresAndTimesAreInRange)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE overall < 1 "
                                         "OR overall > 5 OR nps_score < 0 OR nps_score > 10 OR "
                                         "attitude < 1 OR attitude > 5")),
              0);
    const qint64 start = windowStartMs();
    const qint64 end = windowEndMs();
    const QStringList times{
        QStringLiteral("SELECT min(started_at), max(started_at) FROM contacts"),
        QStringLiteral("SELECT min(responded_at), max(responded_at) FROM survey_responses"),
        QStringLiteral("SELECT min(received_at), max(received_at) FROM complaints"),
        QStringLiteral("SELECT min(paid_at), max(paid_at) FROM payments"),
        QStringLiteral("SELECT min(since_at), max(since_at) FROM holds"),
        QStringLiteral("SELECT min(created_at), max(created_at) FROM promises")};
    for (const QString& sql : times) {
        Query q(db(), sql);
        q.exec();
        ASSERT_TRUE(q.next());
        EXPECT_GE(q.value(0).toLongLong(), start) << sql.toStdString();
        EXPECT_LT(q.value(1).toLongLong(), end) << sql.toStdString();
    }
    Query placed(db(), QStringLiteral("SELECT min(placed_date), max(placed_date) FROM cases"));
    placed.exec();
    ASSERT_TRUE(placed.next());
    EXPECT_GE(dateFromDb(placed.value(0)), smallOptions().until.addMonths(-6));
    EXPECT_LE(dateFromDb(placed.value(1)), smallOptions().until);
}

TEST_F(DemoContent, RatingsHaveTheRealJShape)
{
    const double rated = double(count(
        db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE overall IS NOT NULL")));
    const double good = double(
        count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE overall >= 4")));
    ASSERT_GT(rated, 0);
    EXPECT_GT(good / rated, 0.65);
    EXPECT_LT(good / rated, 0.95);
    EXPECT_GT(
        count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE overall = 1")),
        count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE overall = 2")));
    // About a third carry a comment; volumes per agent are uneven.
    const double commented = double(
        count(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE comment <> ''")));
    const double all = double(count(db(), QStringLiteral("SELECT count(*) FROM survey_responses")));
    EXPECT_GT(commented / all, 0.2);
    EXPECT_LT(commented / all, 0.5);
    Query perAgent(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                        "subject_agent_id IS NOT NULL GROUP BY subject_agent_id "
                                        "ORDER BY count(*)"));
    perAgent.exec();
    std::vector<qint64> volumes;
    while (perAgent.next())
        volumes.push_back(perAgent.value(0).toLongLong());
    ASSERT_GE(volumes.size(), 2u);
    EXPECT_GE(volumes.back(), 3 * volumes.front());
}

TEST_F(DemoContent, AuditHasOneEntryAndVerifies)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'demo.generate'")),
              1);
    const AuditLog::Verification v = AuditLog::verify(db());
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.entries, 1);
    // The secondary indexes are back after the load.
    EXPECT_TRUE(indexNames(db()).contains(QStringLiteral("idx_contacts_agent_time")));
    EXPECT_EQ(Query::scalar(db(), QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(Query::scalar(db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

TEST_F(DemoContent, RefusesANonEmptyDatabaseAndLeavesItUnchanged)
{
    const QByteArray before = contentHash(db());
    try {
        DemoGenerator::generate(db(), UserContext::system(), smallOptions(9));
        FAIL() << "a database with cases must be refused";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_EQ(contentHash(db()), before);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
}

TEST(DemoGenerator, RejectsOutOfRangeOptions)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    const QByteArray before = contentHash(*db);
    std::vector<DemoOptions> bad(8, smallOptions());
    bad[0].agents = 0;
    bad[1].agents = DemoOptions::maxAgents + 1;
    bad[2].cases = -1;
    bad[3].cases = DemoOptions::maxCases + 1;
    bad[4].months = 0;
    bad[5].months = DemoOptions::maxMonths + 1;
    bad[6].until = QDate();
    bad[7].until = QDate(1999, 12, 31);
    for (size_t i = 0; i < bad.size(); ++i) {
        try {
            DemoGenerator::generate(*db, UserContext::system(), bad[i]);
            ADD_FAILURE() << "option set " << i << " must be refused";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput) << i;
            EXPECT_FALSE(e.message().isEmpty());
        }
    }
    EXPECT_EQ(contentHash(*db), before);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

TEST(DemoGenerator, FailureRollsBackEverything)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    // A client row where the generator puts its first client makes the load fail midway.
    Query::run(*db, QStringLiteral("INSERT INTO clients (id, code, name) VALUES (1, 'X', 'X')"));
    const QByteArray before = contentHash(*db);
    const QStringList indexesBefore = indexNames(*db);
    EXPECT_THROW(DemoGenerator::generate(*db, UserContext::system(), smallOptions()), Error);
    EXPECT_EQ(contentHash(*db), before);
    EXPECT_EQ(indexNames(*db), indexesBefore);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM users")), 0);
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

TEST(DemoGenerator, ReportsProgressByPhaseAndAllowsZeroCases)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    DemoOptions o = smallOptions();
    o.cases = 0;
    QSet<QString> phases;
    int calls = 0;
    const DemoResult r =
        DemoGenerator::generate(*db, UserContext::system(), o, [&](const DemoProgress& p) {
            phases.insert(p.phase);
            ++calls;
            EXPECT_LE(p.done, p.total);
        });
    EXPECT_EQ(r.cases, 0);
    EXPECT_GT(r.rows, 0); // people, clients, surveys
    EXPECT_TRUE(phases.contains(QStringLiteral("cases")));
    EXPECT_TRUE(phases.contains(QStringLiteral("indexes")));
    EXPECT_TRUE(phases.contains(QStringLiteral("done")));
    EXPECT_LT(calls, 100);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'agent'")), 12);
}
