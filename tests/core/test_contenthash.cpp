#include "db/connection.h"
#include "db/contenthash.h"
#include "db/query.h"
#include "services/auditlog.h"
#include "support/testdb.h"

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

void addTeam(Connection& c, qint64 id, const QString& name, const QVariant& supervisor)
{
    Query q(c, QStringLiteral("INSERT INTO teams (id, name, supervisor_id) VALUES (:id, :name, "
                              ":sup)"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":sup"), supervisor)
        .exec();
}

void addSetting(Connection& c, const QString& key, const QString& value)
{
    Query q(c, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value).exec();
}

} // namespace

TEST(ContentHash, EqualForEqualContentWhateverTheInsertionOrder)
{
    test::TempDatabase a;
    test::TempDatabase b;
    auto dbA = a.open();
    auto dbB = b.open();
    EXPECT_EQ(contentHash(*dbA), contentHash(*dbB)); // two fresh databases

    addTeam(*dbA, 1, QStringLiteral("East"), 5);
    addTeam(*dbA, 2, QString::fromUtf8("上海 01"), QVariant());
    addSetting(*dbA, QStringLiteral("b"), QStringLiteral("2"));
    addSetting(*dbA, QStringLiteral("a"), QStringLiteral("1"));

    addSetting(*dbB, QStringLiteral("a"), QStringLiteral("1"));
    addTeam(*dbB, 2, QString::fromUtf8("上海 01"), QVariant());
    addSetting(*dbB, QStringLiteral("b"), QStringLiteral("2"));
    addTeam(*dbB, 1, QStringLiteral("East"), 5);

    EXPECT_EQ(contentHash(*dbA), contentHash(*dbB));
}

TEST(ContentHash, ChangesWhenOneValueChanges)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    addTeam(*db, 1, QStringLiteral("East"), 5);
    const QByteArray before = contentHash(*db);
    EXPECT_EQ(contentHash(*db), before); // stable

    Query::run(*db, QStringLiteral("UPDATE teams SET name = 'Easr' WHERE id = 1"));
    const QByteArray renamed = contentHash(*db);
    EXPECT_NE(renamed, before);

    // NULL and 0 are different values.
    Query::run(*db, QStringLiteral("UPDATE teams SET name = 'East', supervisor_id = NULL"));
    const QByteArray nulled = contentHash(*db);
    Query::run(*db, QStringLiteral("UPDATE teams SET supervisor_id = 0"));
    EXPECT_NE(contentHash(*db), nulled);
    Query::run(*db, QStringLiteral("UPDATE teams SET supervisor_id = 5"));
    EXPECT_EQ(contentHash(*db), before);
}

TEST(ContentHash, ValueBoundariesAreUnambiguous)
{
    test::TempDatabase a;
    test::TempDatabase b;
    auto dbA = a.open();
    auto dbB = b.open();
    // Same concatenated text, split differently between the columns.
    addSetting(*dbA, QStringLiteral("ab"), QStringLiteral("c"));
    addSetting(*dbB, QStringLiteral("a"), QStringLiteral("bc"));
    EXPECT_NE(contentHash(*dbA), contentHash(*dbB));
}

TEST(ContentHash, IgnoresTheAuditLog)
{
    test::TempDatabase tmp;
    auto db = tmp.open();
    const QByteArray before = contentHash(*db);
    AuditLog::append(*db, UserContext::system(), QStringLiteral("test.action"),
                     QStringLiteral("database"), std::nullopt);
    EXPECT_EQ(contentHash(*db), before);
}
