#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "services/auditlog.h"
#include "support/testdb.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

void appendThree(Connection& c)
{
    Transaction tx(c);
    AuditLog::append(c, UserContext::system(), QStringLiteral("case.create"),
                     QStringLiteral("case"), 1, {{"status", "new"}});
    AuditLog::append(c, UserContext::system(), QStringLiteral("case.update"),
                     QStringLiteral("case"), 1, {{"status", "active"}});
    AuditLog::append(c, UserContext::system(), QStringLiteral("demo.generate"),
                     QStringLiteral("database"), std::nullopt);
    tx.commit();
}

} // namespace

TEST(AuditLog, ChainVerifies)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    EXPECT_TRUE(AuditLog::verify(*c).ok);
    appendThree(*c);
    const auto v = AuditLog::verify(*c);
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.entries, 3);
}

TEST(AuditLog, UpdatesAndDeletesAreRejected)
{
    test::TempDatabase tmp;
    auto c = tmp.open();
    appendThree(*c);
    EXPECT_THROW(Query::run(*c, QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 2")),
                 Error);
    EXPECT_THROW(Query::run(*c, QStringLiteral("DELETE FROM audit_log WHERE id = 2")), Error);
    EXPECT_TRUE(AuditLog::verify(*c).ok);
}

TEST(AuditLog, TamperingIsFoundAtTheEditedEntry)
{
    test::TempDatabase tmp;
    {
        auto c = tmp.open();
        appendThree(*c);
    }
    {
        // An attacker with the file drops the guard and edits entry 2.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(tmp.path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE audit_log SET details_json = '{\"status\":\"closed\"}' WHERE id = 2")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto c = tmp.open(OpenOptions::Mode::ReadWrite);
    const auto v = AuditLog::verify(*c);
    EXPECT_FALSE(v.ok);
    ASSERT_TRUE(v.firstBadId.has_value());
    EXPECT_EQ(*v.firstBadId, 2);
}

TEST(AuditLog, HashDependsOnEveryField)
{
    const QByteArray prev(32, '\0');
    const QByteArray base = AuditLog::entryHash(prev, 1000, 7, QStringLiteral("a"),
                                                QStringLiteral("case"), 1, QStringLiteral("{}"));
    EXPECT_EQ(base.size(), 32);
    EXPECT_NE(base, AuditLog::entryHash(prev, 1001, 7, QStringLiteral("a"), QStringLiteral("case"),
                                        1, QStringLiteral("{}")));
    EXPECT_NE(base, AuditLog::entryHash(prev, 1000, std::nullopt, QStringLiteral("a"),
                                        QStringLiteral("case"), 1, QStringLiteral("{}")));
    EXPECT_NE(base, AuditLog::entryHash(prev, 1000, 7, QStringLiteral("a"), QStringLiteral("case"),
                                        2, QStringLiteral("{}")));
    EXPECT_NE(base, AuditLog::entryHash(QByteArray(32, '\1'), 1000, 7, QStringLiteral("a"),
                                        QStringLiteral("case"), 1, QStringLiteral("{}")));
}
