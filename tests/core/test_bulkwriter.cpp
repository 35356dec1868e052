#include "db/bulkwriter.h"
#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "support/testdb.h"

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

const QStringList columns{QStringLiteral("code"), QStringLiteral("label_en"),
                          QStringLiteral("label_zh"), QStringLiteral("connected"),
                          QStringLiteral("conversation")};

std::vector<QVariant> sampleRows()
{
    return {QStringLiteral("bw_a"),
            QStringLiteral("A"),
            QStringLiteral("已接通，王芳"),
            1,
            0,
            QStringLiteral("bw_b"),
            QStringLiteral(""),
            QStringLiteral("b"),
            qint64(0),
            QVariant::fromValue(true)};
}

void checkRows(Connection& c)
{
    Query q(c, QStringLiteral("SELECT code, label_en, label_zh, connected, conversation FROM "
                              "outcome_codes WHERE code LIKE 'bw_%' ORDER BY code"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("已接通，王芳"));
    EXPECT_EQ(q.value(3).toInt(), 1);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), QString());
    EXPECT_EQ(q.value(4).toInt(), 1);
    EXPECT_FALSE(q.next());
}

} // namespace

TEST(BulkWriter, DialectWriterRoundTripsValues)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    Transaction tx(*c);
    auto writer = c->dialect().bulkWriter(*c, QStringLiteral("outcome_codes"), columns);
    const auto rows = sampleRows();
    writer->insertRows(rows.data(), 2);
    tx.commit();
    checkRows(*c);
}

TEST(BulkWriter, PortableWriterRoundTripsValues)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    Transaction tx(*c);
    SqlBulkWriter writer(*c, QStringLiteral("outcome_codes"), columns, 16);
    const auto rows = sampleRows();
    writer.insertRows(rows.data(), 2);
    tx.commit();
    checkRows(*c);
}

TEST(BulkWriter, NullAndConstraintViolationsAreReported)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    auto writer = c->dialect().bulkWriter(*c, QStringLiteral("settings"),
                                          {QStringLiteral("key"), QStringLiteral("value")});
    const std::vector<QVariant> nullValue{QStringLiteral("k"), QVariant()};
    try {
        Transaction tx(*c);
        writer->insertRows(nullValue.data(), 1);
        tx.commit();
        FAIL() << "NOT NULL must be enforced";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
}
