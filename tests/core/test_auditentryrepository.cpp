#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/auditlog.h"
#include "support/casefixture.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;
using test::utc;

namespace {

class SqlAuditEntryRepositoryTest : public test::CaseFixture {};

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
