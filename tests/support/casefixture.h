#pragma once

#include "db/connection.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace caseloop::test {

/// A UTC time from epoch milliseconds.
QDateTime utc(qint64 ms);

/// A fresh database holding two agents, a client, a debtor with one phone and one e-mail, and
/// two cases of that debtor: the common ground of the repository tests of case records.
class CaseFixture : public ::testing::Test {
protected:
    void SetUp() override;
    /// Rows in @p table (a name from the test's own code).
    qint64 rows(const QString& table);

    TempDatabase tmp;
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

} // namespace caseloop::test
