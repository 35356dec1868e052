#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "support/casefixture.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;
using test::utc;

namespace {

void expectSame(const Contact& a, const Contact& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.agentId, b.agentId);
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.direction, b.direction);
    EXPECT_EQ(a.startedAt.toMSecsSinceEpoch(), b.startedAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.endedAt, b.endedAt);
    EXPECT_EQ(a.outcome, b.outcome);
    EXPECT_EQ(a.rpc, b.rpc);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(a.visitAddress, b.visitAddress);
    EXPECT_EQ(a.visitResult, b.visitResult);
    EXPECT_EQ(a.phoneId, b.phoneId);
    EXPECT_EQ(a.emailId, b.emailId);
}

class SqlContactRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlContactRepositoryTest, AddThenFindRoundTripsEveryField)
{
    Contact call;
    call.caseId = caseId;
    call.agentId = agent;
    call.channel = Channel::Call;
    call.direction = Direction::Inbound;
    call.startedAt = utc(1'700'000'000'001);
    call.endedAt = utc(1'700'000'095'999);
    call.outcome = QStringLiteral("promise_to_pay");
    call.rpc = true;
    call.notes = QStringLiteral("债务人同意下周五还款 500 元");
    call.phoneId = phone;
    call.id = repos.contacts().add(call);
    ASSERT_GT(call.id, 0);
    expectSame(*repos.contacts().find(call.id), call);

    Contact visit;
    visit.caseId = caseId;
    visit.agentId = agent2;
    visit.channel = Channel::Visit;
    visit.startedAt = utc(1'700'100'000'000);
    visit.outcome = QStringLiteral("visit_not_home");
    visit.visitAddress = QStringLiteral("北京市朝阳区建国路 88 号");
    visit.visitResult = QStringLiteral("邻居称已搬走");
    visit.id = repos.contacts().add(visit);
    const Contact found = *repos.contacts().find(visit.id);
    expectSame(found, visit);
    EXPECT_FALSE(found.endedAt.has_value());
    EXPECT_FALSE(found.phoneId.has_value());

    Contact mail;
    mail.caseId = caseId;
    mail.agentId = agent;
    mail.channel = Channel::Email;
    mail.startedAt = utc(1'700'200'000'000);
    mail.outcome = QStringLiteral("sent");
    mail.emailId = email;
    mail.id = repos.contacts().add(mail);
    expectSame(*repos.contacts().find(mail.id), mail);
    EXPECT_FALSE(repos.contacts().find(mail.id + 1000).has_value());
}

TEST_F(SqlContactRepositoryTest, ListsByCaseNewestFirst)
{
    auto add = [this](qint64 onCase, qint64 at) {
        Contact c;
        c.caseId = onCase;
        c.agentId = agent;
        c.startedAt = utc(at);
        c.outcome = QStringLiteral("no_answer");
        return repos.contacts().add(c);
    };
    const qint64 a = add(caseId, 3000);
    const qint64 b = add(caseId, 1000);
    const qint64 c = add(caseId, 3000); // same time: higher id first
    add(case2, 5000);
    std::vector<qint64> ids;
    for (const Contact& contact : repos.contacts().listByCase(caseId))
        ids.push_back(contact.id);
    EXPECT_EQ(ids, (std::vector<qint64>{c, a, b}));
    EXPECT_TRUE(repos.contacts().listByCase(case2 + 10).empty());
}

TEST_F(SqlContactRepositoryTest, ForeignKeyViolationsThrowAndLeaveTableUnchanged)
{
    Contact ok;
    ok.caseId = caseId;
    ok.agentId = agent;
    ok.startedAt = utc(1);
    ok.outcome = QStringLiteral("answered");
    repos.contacts().add(ok);
    const qint64 before = rows(QStringLiteral("contacts"));

    Contact noCase = ok;
    noCase.caseId = 999;
    EXPECT_THROW(repos.contacts().add(noCase), Error);
    Contact noAgent = ok;
    noAgent.agentId = 999;
    EXPECT_THROW(repos.contacts().add(noAgent), Error);
    Contact badOutcome = ok;
    badOutcome.outcome = QStringLiteral("teleported");
    EXPECT_THROW(repos.contacts().add(badOutcome), Error);
    Contact badPhone = ok;
    badPhone.phoneId = phone + 100;
    EXPECT_THROW(repos.contacts().add(badPhone), Error);
    Contact zeroCase = ok;
    zeroCase.caseId = 0;
    EXPECT_THROW(repos.contacts().add(zeroCase), Error);
    EXPECT_EQ(rows(QStringLiteral("contacts")), before);
}

TEST_F(SqlContactRepositoryTest, UnknownChannelCodeIsADatabaseError)
{
    Contact c;
    c.caseId = caseId;
    c.agentId = agent;
    c.startedAt = utc(1);
    c.outcome = QStringLiteral("answered");
    const qint64 id = repos.contacts().add(c);
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    Query::run(*db, QStringLiteral("UPDATE contacts SET channel = 'pigeon'"));
    Query::run(*db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    try {
        repos.contacts().listByCase(caseId);
        FAIL() << "must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.details().contains(QStringLiteral("contacts.channel")));
    }
    EXPECT_THROW(repos.contacts().find(id), Error);
}

TEST_F(SqlContactRepositoryTest, WorkspaceFieldsRoundTripAndUpdate)
{
    Contact visit;
    visit.caseId = caseId;
    visit.agentId = agent;
    visit.channel = Channel::Visit;
    visit.startedAt = utc(1'700'000'000'000);
    visit.outcome = QStringLiteral("visit_met_debtor");
    visit.recordedAt = utc(1'700'000'060'000);
    visit.recordedById = agent2;
    visit.metPerson = QStringLiteral("本人");
    visit.gpsLat = -33.8688;
    visit.gpsLon = 151.2093;
    visit.id = repos.contacts().add(visit);
    Contact found = *repos.contacts().find(visit.id);
    expectSame(found, visit);
    EXPECT_EQ(found.recordedAt, visit.recordedAt);
    EXPECT_EQ(found.recordedById, agent2);
    EXPECT_EQ(found.metPerson, visit.metPerson);
    EXPECT_DOUBLE_EQ(*found.gpsLat, -33.8688);
    EXPECT_DOUBLE_EQ(*found.gpsLon, 151.2093);
    EXPECT_FALSE(found.overrideAuditId.has_value());

    found.outcome = QStringLiteral("visit_not_home");
    found.notes = QStringLiteral("changed");
    found.gpsLat.reset();
    found.gpsLon.reset();
    repos.contacts().update(found);
    const Contact updated = *repos.contacts().find(visit.id);
    expectSame(updated, found);
    EXPECT_FALSE(updated.gpsLat.has_value());

    Contact missing = found;
    missing.id = found.id + 100;
    EXPECT_THROW(repos.contacts().update(missing), Error);
    // Out-of-range coordinates are refused by the schema.
    Contact badGps = visit;
    badGps.gpsLat = 95.0;
    EXPECT_THROW(repos.contacts().add(badGps), Error);
}

TEST_F(SqlContactRepositoryTest, AmendmentsAttachmentsAndRemove)
{
    auto add = [this](qint64 at) {
        Contact c;
        c.caseId = caseId;
        c.agentId = agent;
        c.startedAt = utc(at);
        c.outcome = QStringLiteral("no_answer");
        return repos.contacts().add(c);
    };
    EXPECT_FALSE(repos.contacts().latestStart(caseId).has_value());
    const qint64 a = add(5000);
    const qint64 b = add(9000);
    EXPECT_EQ(repos.contacts().latestStart(caseId), utc(9000));

    const qint64 n1 = repos.contacts().addAmendment(
        ContactAmendment{0, a, agent2, utc(20'000), QStringLiteral("补充说明")});
    const qint64 n2 =
        repos.contacts().addAmendment(ContactAmendment{0, a, std::nullopt, utc(10'000), {}});
    const auto notes = repos.contacts().amendments(a);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].id, n2); // oldest first
    EXPECT_EQ(notes[1].id, n1);
    EXPECT_EQ(notes[1].note, QStringLiteral("补充说明"));
    EXPECT_EQ(notes[1].authorId, agent2);
    EXPECT_FALSE(notes[0].authorId.has_value());

    Attachment file;
    file.contactId = a;
    file.fileName = QStringLiteral("notice.jpg");
    file.storedName = QStringLiteral("0001.jpg");
    file.sha256 = QString(64, u'a');
    file.sizeBytes = 1234;
    file.addedAt = utc(30'000);
    file.addedById = agent;
    file.id = repos.contacts().addAttachment(file);
    const auto files = repos.contacts().attachments(a);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].id, file.id);
    EXPECT_EQ(files[0].fileName, file.fileName);
    EXPECT_EQ(files[0].storedName, file.storedName);
    EXPECT_EQ(files[0].sha256, file.sha256);
    EXPECT_EQ(files[0].sizeBytes, 1234);
    EXPECT_EQ(files[0].addedAt, file.addedAt);
    EXPECT_EQ(files[0].addedById, agent);
    Attachment badHash = file;
    badHash.storedName = QStringLiteral("0002.jpg");
    badHash.sha256 = QStringLiteral("abc");
    EXPECT_THROW(repos.contacts().addAttachment(badHash), Error);

    Query::run(*db,
               QStringLiteral("UPDATE contacts SET override_audit_id = 77 WHERE id = %1").arg(b));
    EXPECT_EQ(repos.contacts().findByOverride(77), b);
    EXPECT_FALSE(repos.contacts().findByOverride(78).has_value());

    repos.contacts().remove(a);
    EXPECT_FALSE(repos.contacts().find(a).has_value());
    EXPECT_EQ(rows(QStringLiteral("contact_amendments")), 0);
    EXPECT_EQ(rows(QStringLiteral("attachments")), 0);
    EXPECT_THROW(repos.contacts().remove(a), Error);
    EXPECT_EQ(repos.contacts().latestStart(caseId), utc(9000));
}
