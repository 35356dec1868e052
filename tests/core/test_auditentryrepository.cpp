#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/auditlog.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

class SqlAuditEntryRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        User u;
        u.login = QStringLiteral("agent1");
        u.displayName = QStringLiteral("张伟");
        u.createdAt = utc(1);
        agent = repos.users().add(u);
        u.login = QStringLiteral("agent2");
        agent2 = repos.users().add(u);
        const qint64 client =
            repos.clients().add(Client{0, QStringLiteral("C1"), QStringLiteral("Client"), {}});
        Debtor d;
        d.fullName = QStringLiteral("李娜");
        d.createdAt = utc(1);
        d.phones.push_back(Phone{0, QStringLiteral("+8613800000000"), QStringLiteral("mobile"),
                                 false, std::nullopt});
        d.emails.push_back(Email{0, QStringLiteral("li.na@example.cn"), false, std::nullopt});
        debtor = repos.debtors().add(d);
        const Debtor stored = *repos.debtors().find(debtor);
        phone = stored.phones.at(0).id;
        email = stored.emails.at(0).id;
        Case c;
        c.clientId = client;
        c.debtorId = debtor;
        c.placedDate = QDate(2025, 3, 1);
        c.placedBalance = Money{500'00, QStringLiteral("CNY")};
        c.currentBalance = c.placedBalance;
        c.updatedAt = utc(1);
        c.ref = QStringLiteral("CASE-1");
        caseId = repos.cases().add(c);
        c.ref = QStringLiteral("CASE-2");
        case2 = repos.cases().add(c);
    }

    qint64 rows(const QString& table)
    {
        return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
    qint64 agent = 0;
    qint64 agent2 = 0;
    qint64 debtor = 0;
    qint64 phone = 0;
    qint64 email = 0;
    qint64 caseId = 0;
    qint64 case2 = 0;
};

} // namespace

TEST_F(SqlAuditEntryRepositoryTest, ListsByEntityOldestFirstAndLatestNewestFirst)
{
    UserContext user;
    user.userId = agent;
    user.login = QStringLiteral("agent1");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    std::vector<qint64> ids;
    {
        Transaction tx(*db);
        ids.push_back(AuditLog::append(*db, user, QStringLiteral("case.create"),
                                       QStringLiteral("case"), caseId, {{"ref", "CASE-1"}}));
        ids.push_back(AuditLog::append(*db, UserContext::system(), QStringLiteral("case.assign"),
                                       QStringLiteral("case"), case2));
        ids.push_back(AuditLog::append(*db, user, QStringLiteral("case.update"),
                                       QStringLiteral("case"), caseId));
        ids.push_back(AuditLog::append(*db, user, QStringLiteral("demo.generate"),
                                       QStringLiteral("database"), std::nullopt));
        tx.commit();
    }
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const std::vector<AuditEntry> forCase =
        repos.auditEntries().listByEntity(QStringLiteral("case"), caseId);
    ASSERT_EQ(forCase.size(), 2u);
    EXPECT_EQ(forCase[0].id, ids[0]);
    EXPECT_EQ(forCase[1].id, ids[2]);
    const AuditEntry& first = forCase[0];
    EXPECT_EQ(first.userId, agent);
    EXPECT_EQ(first.action, QStringLiteral("case.create"));
    EXPECT_EQ(first.entity, QStringLiteral("case"));
    EXPECT_EQ(first.entityId, caseId);
    EXPECT_EQ(first.detailsJson, QStringLiteral("{\"ref\":\"CASE-1\"}"));
    EXPECT_GE(first.at.toMSecsSinceEpoch(), before);
    EXPECT_LE(first.at.toMSecsSinceEpoch(), after);
    EXPECT_EQ(first.prevHash, QByteArray(32, '\0'));
    EXPECT_EQ(first.hash,
              AuditLog::entryHash(first.prevHash, first.at.toMSecsSinceEpoch(), first.userId,
                                  first.action, first.entity, first.entityId, first.detailsJson));

    const std::vector<AuditEntry> latest = repos.auditEntries().latest(3);
    ASSERT_EQ(latest.size(), 3u);
    EXPECT_EQ(latest[0].id, ids[3]);
    EXPECT_EQ(latest[1].id, ids[2]);
    EXPECT_EQ(latest[2].id, ids[1]);
    EXPECT_FALSE(latest[0].entityId.has_value());
    EXPECT_FALSE(latest[2].userId.has_value());    // system context
    EXPECT_EQ(latest[1].prevHash, latest[2].hash); // chained
    EXPECT_EQ(repos.auditEntries().latest(100).size(), 4u);

    EXPECT_TRUE(repos.auditEntries().listByEntity(QStringLiteral("case"), 999).empty());
    EXPECT_THROW(repos.auditEntries().latest(0), Error);
}
