#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <algorithm>
#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

void expectSame(const Complaint& a, const Complaint& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.ref, b.ref);
    EXPECT_EQ(a.externalId, b.externalId);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.agentId, b.agentId);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.category, b.category);
    EXPECT_EQ(a.severity, b.severity);
    EXPECT_EQ(a.receivedAt.toMSecsSinceEpoch(), b.receivedAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.ackDueAt.toMSecsSinceEpoch(), b.ackDueAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.acknowledgedAt, b.acknowledgedAt);
    EXPECT_EQ(a.resolveDueAt.toMSecsSinceEpoch(), b.resolveDueAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.resolvedAt, b.resolvedAt);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.outcome, b.outcome);
    EXPECT_EQ(a.rootCause, b.rootCause);
    EXPECT_EQ(a.correctiveAction, b.correctiveAction);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.satisfactionAfter, b.satisfactionAfter);
    EXPECT_EQ(a.contactIds, b.contactIds);
    EXPECT_EQ(a.categoryFlagged, b.categoryFlagged);
    EXPECT_EQ(a.desiredOutcome, b.desiredOutcome);
    EXPECT_EQ(a.rootCauseCode, b.rootCauseCode);
    EXPECT_EQ(a.remedy, b.remedy);
    EXPECT_EQ(a.correctiveKind, b.correctiveKind);
    EXPECT_EQ(a.correctiveOwnerId, b.correctiveOwnerId);
    EXPECT_EQ(a.correctiveDueDate, b.correctiveDueDate);
    EXPECT_EQ(a.slaExtendedAt, b.slaExtendedAt);
    EXPECT_EQ(a.slaExtensionReason, b.slaExtensionReason);
    EXPECT_EQ(a.slaExtendedById, b.slaExtendedById);
    EXPECT_EQ(a.closedAt, b.closedAt);
    EXPECT_EQ(a.holdId, b.holdId);
    EXPECT_EQ(a.responseId, b.responseId);
}

std::vector<qint64> idsOf(const std::vector<Complaint>& list)
{
    std::vector<qint64> ids;
    for (const Complaint& c : list)
        ids.push_back(c.id);
    return ids;
}

class SqlComplaintRepositoryTest : public ::testing::Test {
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

    qint64 addContact(qint64 at)
    {
        Contact c;
        c.caseId = caseId;
        c.agentId = agent;
        c.startedAt = utc(at);
        c.outcome = QStringLiteral("answered");
        return repos.contacts().add(c);
    }

    static Complaint makeComplaint(const QString& ref, qint64 received)
    {
        Complaint c;
        c.ref = ref;
        c.source = QStringLiteral("debtor");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("RUDE");
        c.receivedAt = utc(received);
        c.ackDueAt = utc(received + 86'400'000);
        c.resolveDueAt = utc(received + 30 * 86'400'000LL);
        return c;
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

TEST_F(SqlComplaintRepositoryTest, AddFindAndUpdateRoundTripWithContacts)
{
    const qint64 c1 = addContact(2000);
    const qint64 c2 = addContact(1000);
    Complaint c = makeComplaint(QStringLiteral("C-2025-0001"), 1'700'000'000'001);
    c.externalId = QStringLiteral("12315-998877");
    c.caseId = caseId;
    c.agentId = agent;
    c.source = QStringLiteral("regulator");
    c.channel = QStringLiteral("regulator_portal");
    c.category = QStringLiteral("FREQUENT");
    c.severity = Severity::Critical;
    c.description = QStringLiteral("一天内接到 12 个催收电话");
    c.contactIds = {c1, c2};
    c.id = repos.complaints().add(c);
    ASSERT_GT(c.id, 0);
    std::sort(c.contactIds.begin(), c.contactIds.end());
    expectSame(*repos.complaints().find(c.id), c);
    expectSame(*repos.complaints().findByRef(QStringLiteral("C-2025-0001")), c);
    EXPECT_FALSE(repos.complaints().find(c.id + 1).has_value());
    EXPECT_FALSE(repos.complaints().findByRef(QStringLiteral("C-0")).has_value());

    c.status = ComplaintStatus::Resolved;
    c.acknowledgedAt = utc(1'700'000'100'002);
    c.resolvedAt = utc(1'700'900'000'003);
    c.outcome = ComplaintOutcome::PartlyUpheld;
    c.rootCause = QStringLiteral("拨号策略未限制频次");
    c.correctiveAction = QStringLiteral("启用每日 3 次上限");
    c.satisfactionAfter = 4;
    c.contactIds = {c2};
    repos.complaints().update(c);
    expectSame(*repos.complaints().find(c.id), c);
    EXPECT_EQ(rows(QStringLiteral("complaint_contacts")), 1);

    c.outcome.reset();
    c.satisfactionAfter.reset();
    c.contactIds.clear();
    repos.complaints().update(c);
    expectSame(*repos.complaints().find(c.id), c);

    Complaint missing = c;
    missing.id = c.id + 10;
    try {
        repos.complaints().update(missing);
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
}

TEST_F(SqlComplaintRepositoryTest, ListsByCaseAndByStatus)
{
    auto add = [this](const QString& ref, qint64 received, qint64 resolveDue,
                      ComplaintStatus status, std::optional<qint64> onCase) {
        Complaint c = makeComplaint(ref, received);
        c.resolveDueAt = utc(resolveDue);
        c.status = status;
        c.caseId = onCase;
        return repos.complaints().add(c);
    };
    const qint64 a = add(QStringLiteral("C-1"), 1000, 9000, ComplaintStatus::Received, caseId);
    const qint64 b = add(QStringLiteral("C-2"), 3000, 4000, ComplaintStatus::Investigating, caseId);
    const qint64 c = add(QStringLiteral("C-3"), 2000, 5000, ComplaintStatus::Closed, caseId);
    const qint64 d = add(QStringLiteral("C-4"), 500, 100, ComplaintStatus::Received, case2);
    const qint64 e =
        add(QStringLiteral("C-5"), 500, 4000, ComplaintStatus::Acknowledged, std::nullopt);

    EXPECT_EQ(idsOf(repos.complaints().listByCase(caseId)), (std::vector<qint64>{b, c, a}));
    EXPECT_EQ(idsOf(repos.complaints().listByStatus({ComplaintStatus::Received,
                                                     ComplaintStatus::Acknowledged,
                                                     ComplaintStatus::Investigating})),
              (std::vector<qint64>{d, b, e, a}));
    EXPECT_EQ(idsOf(repos.complaints().listByStatus({ComplaintStatus::Closed})),
              std::vector<qint64>{c});
    EXPECT_TRUE(repos.complaints().listByStatus({ComplaintStatus::Resolved}).empty());
    EXPECT_TRUE(repos.complaints().listByStatus({}).empty());
}

TEST_F(SqlComplaintRepositoryTest, ViolationsRollBackComplaintAndLinks)
{
    const qint64 c1 = addContact(1000);
    Complaint bad = makeComplaint(QStringLiteral("C-9"), 1);
    bad.contactIds = {c1, c1 + 500}; // second contact does not exist
    EXPECT_THROW(repos.complaints().add(bad), Error);
    EXPECT_EQ(rows(QStringLiteral("complaints")), 0);
    EXPECT_EQ(rows(QStringLiteral("complaint_contacts")), 0);

    Complaint score = makeComplaint(QStringLiteral("C-10"), 1);
    score.satisfactionAfter = 6;
    EXPECT_THROW(repos.complaints().add(score), Error);
    Complaint noCase = makeComplaint(QStringLiteral("C-11"), 1);
    noCase.caseId = 999;
    EXPECT_THROW(repos.complaints().add(noCase), Error);
    EXPECT_EQ(rows(QStringLiteral("complaints")), 0);

    // A failed update keeps the stored complaint and its links.
    Complaint good = makeComplaint(QStringLiteral("C-12"), 1);
    good.contactIds = {c1};
    good.id = repos.complaints().add(good);
    Complaint changed = good;
    changed.description = QStringLiteral("changed");
    changed.contactIds = {c1 + 500};
    EXPECT_THROW(repos.complaints().update(changed), Error);
    expectSame(*repos.complaints().find(good.id), good);

    Complaint duplicate = makeComplaint(QStringLiteral("C-12"), 1);
    EXPECT_THROW(repos.complaints().add(duplicate), Error);
    EXPECT_EQ(rows(QStringLiteral("complaints")), 1);
}

TEST_F(SqlComplaintRepositoryTest, FeedbackLoopFieldsRoundTripAndExternalIdFinds)
{
    Hold h;
    h.debtorId = debtor;
    h.caseId = caseId;
    h.since = utc(5);
    const qint64 holdId = repos.holds().add(h);
    Complaint c = makeComplaint(QStringLiteral("C-2026-0001"), 1'770'000'000'000);
    c.externalId = QStringLiteral("3401026");
    c.caseId = caseId;
    c.categoryFlagged = true;
    c.category = QStringLiteral("Managing the loan or lease");
    c.desiredOutcome = QStringLiteral("撤销费用");
    c.holdId = holdId;
    c.id = repos.complaints().add(c);
    expectSame(*repos.complaints().find(c.id), c);
    EXPECT_FALSE(repos.complaints().find(c.id)->rootCauseCode.has_value());

    c.status = ComplaintStatus::Closed;
    c.rootCauseCode = RootCause::DataError;
    c.remedy = QStringLiteral("Fees removed");
    c.correctiveKind = CorrectiveKind::ProcessChange;
    c.correctiveOwnerId = agent2;
    c.correctiveDueDate = QDate(2026, 4, 30);
    c.slaExtendedAt = utc(1'770'500'000'000);
    c.slaExtensionReason = QStringLiteral("Waiting for the client");
    c.slaExtendedById = agent2;
    c.closedAt = utc(1'771'000'000'000);
    repos.complaints().update(c);
    expectSame(*repos.complaints().find(c.id), c);

    expectSame(*repos.complaints().findByExternalId(QStringLiteral("3401026")), c);
    EXPECT_FALSE(repos.complaints().findByExternalId(QStringLiteral("1")).has_value());

    // Codes outside the lists are refused by the schema.
    EXPECT_THROW(Query::run(*db, QStringLiteral("UPDATE complaints SET root_cause_code = 'luck'")),
                 Error);
    EXPECT_THROW(Query::run(*db, QStringLiteral("UPDATE complaints SET corrective_kind = 'memo'")),
                 Error);
}
