#include "db/bulkwriter.h"
#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "support/testdb.h"

#include <gtest/gtest.h>
#include <optional>

using namespace caseloop;

namespace {

const QStringList columns{QStringLiteral("code"), QStringLiteral("label_en"),
                          QStringLiteral("label_zh"), QStringLiteral("connected"),
                          QStringLiteral("conversation")};

// Two rows of outcome_codes with ASCII, Chinese, an emoji (a surrogate pair), empty and
// null-QString text, and integers of several types.
BulkRows sampleRows()
{
    BulkRows rows;
    rows << "bw_a" << QStringLiteral("A \U0001F600") << QStringLiteral("已接通，王芳") << 1
         << qint64(0);
    rows << QUtf8StringView("bw_b") << QString() << u"b" << std::optional<int>(0) << true;
    return rows;
}

void checkRows(Connection& c)
{
    Query q(c, QStringLiteral("SELECT code, label_en, label_zh, connected, conversation FROM "
                              "outcome_codes WHERE code LIKE 'bw_%' ORDER BY code"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("bw_a"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("A \U0001F600"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("已接通，王芳"));
    EXPECT_EQ(q.value(3).toInt(), 1);
    EXPECT_EQ(q.value(4).toInt(), 0);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), QString());
    EXPECT_FALSE(q.value(1).isNull()) << "a null QString is written as ''";
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("b"));
    EXPECT_EQ(q.value(3).toInt(), 0);
    EXPECT_EQ(q.value(4).toInt(), 1);
    EXPECT_FALSE(q.next());
}

} // namespace

TEST(BulkRows, StoresTypedCellsAndUtf8Text)
{
    BulkRows rows;
    // Unpaired surrogates become '?', as QString::toUtf8() does.
    const QString broken = QStringLiteral("x") + QChar(char16_t(0xD800)) + QStringLiteral("y");
    rows << qint64(1) << 2.5 << std::nullopt << std::optional<qint64>() << QStringLiteral("é中")
         << broken;
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows.cell(0).type, BulkRows::Type::Integer);
    EXPECT_EQ(rows.toVariant(rows.cell(1)).toDouble(), 2.5);
    EXPECT_EQ(rows.cell(2).type, BulkRows::Type::Null);
    EXPECT_EQ(rows.cell(3).type, BulkRows::Type::Null);
    EXPECT_EQ(rows.cell(4).size, 5u); // 2 + 3 UTF-8 bytes
    EXPECT_EQ(rows.toString(rows.cell(4)), QStringLiteral("é中"));
    EXPECT_EQ(QByteArray(rows.text(rows.cell(5)), rows.cell(5).size), broken.toUtf8());
    // Text stays valid while the arena grows.
    for (int i = 0; i < 5000; ++i)
        rows << QString(40, QChar(char16_t(u'a' + i % 26)));
    EXPECT_EQ(rows.toString(rows.cell(4)), QStringLiteral("é中"));
    EXPECT_EQ(rows.toString(rows.cell(rows.size() - 1)),
              QString(40, QChar(char16_t(u'a' + 4999 % 26))));
    rows.clear();
    EXPECT_TRUE(rows.empty());
}

TEST(BulkWriter, DialectWriterRoundTripsValues)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    Transaction tx(*c);
    auto writer = c->dialect().bulkWriter(*c, QStringLiteral("outcome_codes"), columns);
    writer->insertRows(sampleRows());
    tx.commit();
    checkRows(*c);
}

TEST(BulkWriter, PortableWriterRoundTripsValues)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    Transaction tx(*c);
    SqlBulkWriter writer(*c, QStringLiteral("outcome_codes"), columns, 16);
    writer.insertRows(sampleRows());
    tx.commit();
    checkRows(*c);
}

TEST(BulkWriter, NullAndConstraintViolationsAreReported)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    auto writer = c->dialect().bulkWriter(*c, QStringLiteral("settings"),
                                          {QStringLiteral("key"), QStringLiteral("value")});
    BulkRows nullValue;
    nullValue << "k" << std::nullopt;
    try {
        Transaction tx(*c);
        writer->insertRows(nullValue);
        tx.commit();
        FAIL() << "NOT NULL must be enforced";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("SELECT count(*) FROM settings WHERE key IN "
                                               "('k', 'k1', 'k2')"))
                  .toInt(),
              0);
}

TEST(BulkWriter, IncompleteRowsAreRefusedBeforeWriting)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    BulkRows rows;
    rows << "k1"
         << "v1"
         << "k2"; // one value short
    auto writer = c->dialect().bulkWriter(*c, QStringLiteral("settings"),
                                          {QStringLiteral("key"), QStringLiteral("value")});
    SqlBulkWriter portable(*c, QStringLiteral("settings"),
                           {QStringLiteral("key"), QStringLiteral("value")});
    Transaction tx(*c);
    EXPECT_THROW(writer->insertRows(rows), Error);
    EXPECT_THROW(portable.insertRows(rows), Error);
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("SELECT count(*) FROM settings WHERE key IN "
                                               "('k', 'k1', 'k2')"))
                  .toInt(),
              0);
}
