#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Debtor sampleDebtor()
{
    Debtor d;
    d.fullName = QStringLiteral("欧阳 小龙");
    d.preferredLanguage = QStringLiteral("zh-CN");
    d.timeZone = QStringLiteral("Asia/Shanghai");
    d.country = QStringLiteral("CN");
    d.region = QStringLiteral("GD");
    d.city = QStringLiteral("深圳");
    d.postalCode = QStringLiteral("518000");
    d.addressLine = QStringLiteral("南山区科技园路 1 号");
    d.consentSms = true;
    d.consentEmail = false;
    d.createdAt = utc(1'650'000'000'007);
    d.phones.push_back(
        Phone{0, QStringLiteral("+8613800138000"), QStringLiteral("mobile"), false, std::nullopt});
    d.phones.push_back(Phone{0, QStringLiteral("+862088888888"), QStringLiteral("work"), true,
                             utc(1'660'000'000'999)});
    d.emails.push_back(Email{0, QStringLiteral("xiaolong@example.cn"), false, std::nullopt});
    d.emails.push_back(
        Email{0, QStringLiteral("x.ouyang@corp.example"), true, utc(1'661'000'000'001)});
    return d;
}

void expectSame(const Debtor& a, const Debtor& b, bool compareChildIds = true)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.fullName, b.fullName);
    EXPECT_EQ(a.preferredLanguage, b.preferredLanguage);
    EXPECT_EQ(a.timeZone, b.timeZone);
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.region, b.region);
    EXPECT_EQ(a.city, b.city);
    EXPECT_EQ(a.postalCode, b.postalCode);
    EXPECT_EQ(a.addressLine, b.addressLine);
    EXPECT_EQ(a.consentSms, b.consentSms);
    EXPECT_EQ(a.consentEmail, b.consentEmail);
    EXPECT_EQ(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
    ASSERT_EQ(a.phones.size(), b.phones.size());
    for (size_t i = 0; i < a.phones.size(); ++i) {
        if (compareChildIds) {
            EXPECT_EQ(a.phones[i].id, b.phones[i].id);
        }
        EXPECT_EQ(a.phones[i].number, b.phones[i].number);
        EXPECT_EQ(a.phones[i].kind, b.phones[i].kind);
        EXPECT_EQ(a.phones[i].workplace, b.phones[i].workplace);
        EXPECT_EQ(a.phones[i].optedOutAt, b.phones[i].optedOutAt);
    }
    ASSERT_EQ(a.emails.size(), b.emails.size());
    for (size_t i = 0; i < a.emails.size(); ++i) {
        if (compareChildIds) {
            EXPECT_EQ(a.emails[i].id, b.emails[i].id);
        }
        EXPECT_EQ(a.emails[i].address, b.emails[i].address);
        EXPECT_EQ(a.emails[i].workplace, b.emails[i].workplace);
        EXPECT_EQ(a.emails[i].optedOutAt, b.emails[i].optedOutAt);
    }
}

class SqlDebtorRepositoryTest : public ::testing::Test {
protected:
    qint64 count(const QString& table)
    {
        return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
};

} // namespace

TEST_F(SqlDebtorRepositoryTest, AddThenFindRoundTripsDebtorPhonesAndEmails)
{
    Debtor d = sampleDebtor();
    d.id = repos.debtors().add(d);
    ASSERT_GT(d.id, 0);
    const std::optional<Debtor> found = repos.debtors().find(d.id);
    ASSERT_TRUE(found);
    expectSame(*found, d, false);
    for (const Phone& p : found->phones)
        EXPECT_GT(p.id, 0);
    EXPECT_LT(found->phones[0].id, found->phones[1].id); // kept in the order added
    EXPECT_EQ(found->phones[1].optedOutAt->timeZone(), QTimeZone::utc());
    EXPECT_EQ(count(QStringLiteral("debtor_phones")), 2);
    EXPECT_EQ(count(QStringLiteral("debtor_emails")), 2);

    // The search column holds the normalised name.
    Query q(*db, QStringLiteral("SELECT name_norm FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), d.id).exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("欧阳 小龙"));

    // A debtor without phones, e-mails or optional text.
    Debtor bare;
    bare.fullName = QStringLiteral("John Smith");
    bare.createdAt = utc(1);
    bare.id = repos.debtors().add(bare);
    expectSame(*repos.debtors().find(bare.id), bare);
}

TEST_F(SqlDebtorRepositoryTest, NormalizeNameFoldsCaseWidthAndSpaces)
{
    EXPECT_EQ(DebtorRepository::normalizeName(QStringLiteral("  John   SMITH ")),
              QStringLiteral("john smith"));
    EXPECT_EQ(DebtorRepository::normalizeName(QStringLiteral("ＪＯＨＮ\u3000王芳")),
              QStringLiteral("john 王芳"));
    EXPECT_EQ(DebtorRepository::normalizeName(QStringLiteral("ÉLODIE\tDurand")),
              QStringLiteral("élodie durand"));
}

TEST_F(SqlDebtorRepositoryTest, FindOfMissingIdIsEmpty)
{
    repos.debtors().add(sampleDebtor());
    EXPECT_FALSE(repos.debtors().find(424242).has_value());
}

TEST_F(SqlDebtorRepositoryTest, UpdateSyncsPhonesAndEmails)
{
    const qint64 id = repos.debtors().add(sampleDebtor());
    Debtor d = *repos.debtors().find(id);
    const qint64 firstPhoneId = d.phones[0].id;

    d.fullName = QStringLiteral("Ouyang Xiaolong");
    d.preferredLanguage = QStringLiteral("en");
    d.timeZone = QStringLiteral("America/New_York");
    d.consentSms = false;
    d.consentEmail = true;
    d.phones[0].optedOutAt = utc(1'700'000'000'321);
    d.phones[0].number = QStringLiteral("+8613900139000");
    d.phones.pop_back(); // removed
    d.phones.push_back(Phone{0, QStringLiteral("+12125550100"), QStringLiteral("home"), false,
                             std::nullopt}); // added
    d.emails.clear();
    repos.debtors().update(d);

    const Debtor found = *repos.debtors().find(id);
    ASSERT_EQ(found.phones.size(), 2u);
    EXPECT_EQ(found.phones[0].id, firstPhoneId);
    EXPECT_GT(found.phones[1].id, firstPhoneId);
    d.phones[1].id = found.phones[1].id;
    expectSame(found, d);
    EXPECT_EQ(count(QStringLiteral("debtor_phones")), 2);
    EXPECT_EQ(count(QStringLiteral("debtor_emails")), 0);

    Query q(*db, QStringLiteral("SELECT name_norm FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ouyang xiaolong"));
}

TEST_F(SqlDebtorRepositoryTest, UpdateRefusesMissingDebtorAndForeignPhone)
{
    const qint64 a = repos.debtors().add(sampleDebtor());
    const qint64 b = repos.debtors().add(sampleDebtor());
    Debtor da = *repos.debtors().find(a);
    const Debtor db0 = *repos.debtors().find(b);

    Debtor missing = da;
    missing.id = 999;
    try {
        repos.debtors().update(missing);
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }

    da.fullName = QStringLiteral("changed");
    da.phones.push_back(db0.phones[0]); // belongs to debtor b
    try {
        repos.debtors().update(da);
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    // Nothing of the failed update stays.
    EXPECT_EQ(repos.debtors().find(a)->fullName, sampleDebtor().fullName);
    expectSame(*repos.debtors().find(b), db0);
}

TEST_F(SqlDebtorRepositoryTest, RemovingAPhoneAContactUsesIsRefusedAndRolledBack)
{
    const qint64 debtorId = repos.debtors().add(sampleDebtor());
    const Debtor before = *repos.debtors().find(debtorId);
    User agent;
    agent.login = QStringLiteral("a1");
    agent.displayName = QStringLiteral("Agent");
    agent.createdAt = utc(1);
    const qint64 agentId = repos.users().add(agent);
    const qint64 clientId =
        repos.clients().add(Client{0, QStringLiteral("C"), QStringLiteral("C"), {}});
    Case c;
    c.ref = QStringLiteral("R-1");
    c.clientId = clientId;
    c.debtorId = debtorId;
    c.placedDate = QDate(2025, 1, 1);
    c.updatedAt = utc(1);
    const qint64 caseId = repos.cases().add(c);
    Contact contact;
    contact.caseId = caseId;
    contact.agentId = agentId;
    contact.startedAt = utc(2);
    contact.outcome = QStringLiteral("answered");
    contact.phoneId = before.phones[1].id;
    repos.contacts().add(contact);

    Debtor changed = before;
    changed.fullName = QStringLiteral("Someone Else");
    changed.phones.pop_back();
    EXPECT_THROW(repos.debtors().update(changed), Error);
    expectSame(*repos.debtors().find(debtorId), before);
}

TEST_F(SqlDebtorRepositoryTest, FailedChildInsertLeavesNothingBehind)
{
    Debtor d = sampleDebtor();
    d.phones.push_back(Phone{0, QStringLiteral("+1"), QStringLiteral("fax"), false, std::nullopt});
    EXPECT_THROW(repos.debtors().add(d), Error); // CHECK on kind
    EXPECT_EQ(count(QStringLiteral("debtors")), 0);
    EXPECT_EQ(count(QStringLiteral("debtor_phones")), 0);
    EXPECT_EQ(count(QStringLiteral("debtor_emails")), 0);

    Debtor noTime = sampleDebtor();
    noTime.createdAt = QDateTime();
    EXPECT_THROW(repos.debtors().add(noTime), Error);
    EXPECT_EQ(count(QStringLiteral("debtors")), 0);
}

TEST_F(SqlDebtorRepositoryTest, NestsInsideACallersTransaction)
{
    {
        Transaction outer(*db);
        repos.debtors().add(sampleDebtor());
        EXPECT_EQ(count(QStringLiteral("debtor_phones")), 2);
        // outer not committed: rolled back with everything the repository wrote
    }
    EXPECT_EQ(count(QStringLiteral("debtors")), 0);
    EXPECT_EQ(count(QStringLiteral("debtor_phones")), 0);
    {
        Transaction outer(*db);
        repos.debtors().add(sampleDebtor());
        outer.commit();
    }
    EXPECT_EQ(count(QStringLiteral("debtors")), 1);
}
