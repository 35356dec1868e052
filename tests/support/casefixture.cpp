#include "support/casefixture.h"

#include "db/query.h"

#include <QTimeZone>

namespace caseloop::test {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

void CaseFixture::SetUp()
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
    d.phones.push_back(
        Phone{0, QStringLiteral("+8613800000000"), QStringLiteral("mobile"), false, std::nullopt});
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

qint64 CaseFixture::rows(const QString& table)
{
    return Query::scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace caseloop::test
