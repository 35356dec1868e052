#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "support/testdb.h"

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

// The tests' own rows carry the prefix "tx." (migrations insert default settings of their own).
void put(Connection& c, const QString& key)
{
    Query(c, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"))
        .bind(QStringLiteral(":k"), QString(QStringLiteral("tx.") + key))
        .exec();
}

int count(Connection& c)
{
    return Query::scalar(c, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'tx.%'"))
        .toInt();
}

} // namespace

TEST(Transaction, CommitKeepsChanges)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    {
        Transaction tx(*c);
        put(*c, QStringLiteral("a"));
        tx.commit();
    }
    EXPECT_EQ(count(*c), 1);
    EXPECT_EQ(c->transactionDepth(), 0);
}

TEST(Transaction, LeavingScopeWithoutCommitRollsBack)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    try {
        Transaction tx(*c);
        put(*c, QStringLiteral("a"));
        put(*c, QStringLiteral("a")); // duplicate key: throws
        tx.commit();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_EQ(count(*c), 0);
    EXPECT_EQ(c->transactionDepth(), 0);
}

TEST(Transaction, NestedRollbackUndoesOnlyTheInnerPart)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    {
        Transaction outer(*c);
        put(*c, QStringLiteral("outer"));
        {
            Transaction inner(*c);
            put(*c, QStringLiteral("inner"));
        } // no commit
        EXPECT_EQ(count(*c), 1);
        {
            Transaction inner(*c);
            put(*c, QStringLiteral("kept"));
            inner.commit();
        }
        outer.commit();
    }
    EXPECT_EQ(count(*c), 2);
}
