#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "rules/scenariorunner.h"
#include "services/auditlog.h"
#include "services/contactcheckservice.h"
#include "services/contactlogservice.h"
#include "support/casefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;
using namespace Qt::StringLiterals;
using test::utc;

namespace {

/// 14:00 in Shanghai (calls allowed) and 23:00 (outside the calling hours).
const QDateTime dayTime = QDateTime(QDate(2026, 3, 10), QTime(6, 0), QTimeZone::utc());
const QDateTime nightTime = QDateTime(QDate(2026, 3, 10), QTime(15, 0), QTimeZone::utc());

class ContactLogServiceTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        // A debtor in Shanghai under the US profile: calling hours 08:00–21:00 there.
        Query::run(*db, u"UPDATE debtors SET time_zone = 'Asia/Shanghai', country = 'CN', "
                        "address_line = 'x'"_s);
        Query::run(*db, u"UPDATE cases SET rule_profile = 'us-regf'"_s);
        User s;
        s.login = u"super"_s;
        s.displayName = u"Supervisor"_s;
        s.role = Role::Supervisor;
        s.createdAt = utc(1);
        supervisorId = repos.users().add(s);
        user1 = UserContext{agent, u"agent1"_s, Role::Agent, u"en"_s};
        user2 = UserContext{agent2, u"agent2"_s, Role::Agent, u"en"_s};
        supervisor = UserContext{supervisorId, u"super"_s, Role::Supervisor, u"en"_s};
    }

    NewContact call(const QDateTime& at, const QString& outcome = u"no_answer"_s) const
    {
        NewContact c;
        c.caseId = caseId;
        c.channel = Channel::Call;
        c.startedAt = at;
        c.outcome = outcome;
        c.phoneId = phone;
        return c;
    }

    qint64 audits(const QString& action)
    {
        Query q(*db, u"SELECT count(*) FROM audit_log WHERE action = :a"_s);
        q.bind(u":a"_s, action).exec();
        q.next();
        return q.value(0).toLongLong();
    }

    QVariant caseValue(const QString& column, qint64 id)
    {
        // column comes from the test's own code
        Query q(*db, u"SELECT "_s + column + u" FROM cases WHERE id = :id"_s);
        q.bind(u":id"_s, id).exec();
        q.next();
        return q.value(0);
    }

    QString store() const { return ContactLogService::attachmentStore(tmp.path()); }
    qint64 storedFiles() const { return QDir(store()).entryList(QDir::Files).size(); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = tmp.dirPath() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    /// Moves the contact's recorded_at back by @p minutes (the grace period runs from there).
    void age(qint64 contactId, int minutes)
    {
        Query q(*db, u"UPDATE contacts SET recorded_at = recorded_at - :ms WHERE id = :id"_s);
        q.bind(u":ms"_s, qint64(minutes) * 60 * 1000).bind(u":id"_s, contactId).exec();
    }

    qint64 supervisorId = 0;
    UserContext user1;
    UserContext user2;
    UserContext supervisor;
};

} // namespace

TEST_F(ContactLogServiceTest, SavesAnAllowedContactWithAuditAndCaseUpdate)
{
    NewContact c = call(dayTime, u"answered"_s);
    c.notes = u"债务人说下周联系"_s;
    c.endedAt = dayTime.addSecs(95);
    const LogContactResult r = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(r.saved);
    EXPECT_TRUE(r.decision.allowed);
    const Contact stored = *repos.contacts().find(r.contactId);
    EXPECT_EQ(stored.caseId, caseId);
    EXPECT_EQ(stored.agentId, agent);
    EXPECT_EQ(stored.outcome, u"answered"_s);
    EXPECT_TRUE(stored.rpc); // answered is a conversation
    EXPECT_EQ(stored.notes, c.notes);
    EXPECT_EQ(stored.startedAt, dayTime);
    EXPECT_EQ(stored.recordedById, agent);
    ASSERT_TRUE(stored.recordedAt.has_value());
    EXPECT_LE(std::abs(stored.recordedAt->msecsTo(QDateTime::currentDateTimeUtc())), 60'000);
    EXPECT_FALSE(stored.overrideAuditId.has_value());

    EXPECT_EQ(audits(u"contact.log"_s), 1);
    EXPECT_EQ(audits(u"case.update"_s), 1);
    EXPECT_EQ(audits(u"contact.blocked"_s), 0);
    // No personal data in the audit details.
    const QString details =
        Query::scalar(*db, u"SELECT group_concat(details_json, ' ') FROM audit_log"_s).toString();
    EXPECT_FALSE(details.contains(u"债务人"_s));
    EXPECT_FALSE(details.contains(u"+8613800000000"_s));
    EXPECT_EQ(caseValue(u"status"_s, caseId).toString(), u"active"_s);
    EXPECT_EQ(caseValue(u"last_contact_at"_s, caseId).toLongLong(), dayTime.toMSecsSinceEpoch());
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(ContactLogServiceTest, BlockedOutboundSavesNothingButTheAuditedDecision)
{
    const LogContactResult r = ContactLogService::log(*db, user1, call(nightTime));
    EXPECT_FALSE(r.saved);
    EXPECT_EQ(r.contactId, 0);
    EXPECT_FALSE(r.decision.allowed);
    EXPECT_FALSE(r.decision.blockedBy.empty());
    ASSERT_TRUE(r.decision.nextAllowedAt.has_value());
    EXPECT_GT(*r.decision.nextAllowedAt, nightTime);
    EXPECT_EQ(rows(u"contacts"_s), 0);
    EXPECT_EQ(audits(u"contact.blocked"_s), 1);
    EXPECT_EQ(audits(u"contact.log"_s), 0);
    EXPECT_TRUE(caseValue(u"last_contact_at"_s, caseId).isNull());
}

TEST_F(ContactLogServiceTest, InboundContactSkipsTheGate)
{
    NewContact c = call(nightTime, u"answered"_s);
    c.direction = Direction::Inbound;
    const auto r = ContactLogService::log(*db, user1, c);
    EXPECT_TRUE(r.saved);
    EXPECT_EQ(audits(u"contact.blocked"_s), 0);
    EXPECT_EQ(rows(u"contacts"_s), 1);
}

TEST_F(ContactLogServiceTest, PreviewEvaluatesWithoutWriting)
{
    const qint64 before = rows(u"audit_log"_s);
    EXPECT_FALSE(ContactLogService::preview(*db, call(nightTime)).allowed);
    EXPECT_TRUE(ContactLogService::preview(*db, call(dayTime)).allowed);
    EXPECT_EQ(rows(u"audit_log"_s), before);
}

TEST_F(ContactLogServiceTest, OverrideTokenLetsOneBlockedContactThrough)
{
    const qint64 token = ContactCheckService::override(
        *db, supervisor, caseId, Channel::Call, nightTime, u"debtor asked for a late call"_s);
    NewContact c = call(nightTime);
    c.overrideToken = token;
    const auto r = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(r.saved);
    EXPECT_FALSE(r.decision.allowed); // the decision stays "blocked"; the override let it pass
    EXPECT_EQ(repos.contacts().find(r.contactId)->overrideAuditId, token);

    // Reused.
    NewContact again = call(nightTime.addSecs(60));
    again.overrideToken = token;
    try {
        ContactLogService::log(*db, user1, again);
        FAIL() << "a used override must be refused";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(e.message().contains(u"already used"_s)) << e.message().toStdString();
    }
    EXPECT_EQ(rows(u"contacts"_s), 1);
}

TEST_F(ContactLogServiceTest, OverrideForAnotherCaseOrChannelOrTooOldIsRefused)
{
    const qint64 otherCase = ContactCheckService::override(*db, supervisor, case2, Channel::Call,
                                                           nightTime, u"reason"_s);
    const qint64 otherChannel =
        ContactCheckService::override(*db, supervisor, caseId, Channel::Sms, nightTime, u"r"_s);
    const qint64 expired = ContactCheckService::override(*db, supervisor, caseId, Channel::Call,
                                                         nightTime, u"reason"_s);
    const std::pair<qint64, QDateTime> attempts[] = {
        {otherCase, nightTime},
        {otherChannel, nightTime},
        {expired, nightTime.addSecs(60 * (ContactLogService::overrideValidityMinutes + 1))},
        {rows(u"audit_log"_s) + 50, nightTime}, // no such entry
    };
    for (const auto& [token, at] : attempts) {
        SCOPED_TRACE(token);
        NewContact c = call(at);
        c.overrideToken = token;
        try {
            ContactLogService::log(*db, user1, c);
            FAIL() << "must be refused";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
            EXPECT_TRUE(e.message().contains(u"Override"_s)) << e.message().toStdString();
        }
    }
    EXPECT_EQ(rows(u"contacts"_s), 0);
}

TEST_F(ContactLogServiceTest, OutcomesThatImplyAHoldCreateItInTheSameTransaction)
{
    const std::pair<QString, QString> cases[] = {{u"dispute_raised"_s, u"dispute"_s},
                                                 {u"cease_requested"_s, u"cease_communication"_s},
                                                 {u"hardship"_s, u"hardship"_s}};
    int n = 0;
    for (const auto& [outcome, hold] : cases) {
        SCOPED_TRACE(outcome.toStdString());
        NewContact c = call(dayTime.addDays(n++), outcome);
        c.direction = Direction::Inbound; // earlier holds would block an outbound call
        const auto r = ContactLogService::log(*db, user1, c);
        ASSERT_TRUE(r.saved);
        ASSERT_TRUE(r.holdId.has_value());
        const Hold h = *repos.holds().find(*r.holdId);
        EXPECT_EQ(toCode(h.type), hold);
        EXPECT_EQ(h.debtorId, debtor);
        EXPECT_EQ(h.caseId, caseId);
        EXPECT_EQ(h.since, c.startedAt);
        EXPECT_FALSE(h.until.has_value());
        EXPECT_EQ(h.createdById, agent);
    }
    EXPECT_EQ(audits(u"hold.create"_s), 3);
    // A plain outcome implies none, and the dispute now blocks outbound calls.
    const auto r = ContactLogService::log(*db, user1, call(dayTime.addDays(5)));
    EXPECT_FALSE(r.saved);
    EXPECT_FALSE(r.holdId.has_value());
    EXPECT_EQ(rows(u"holds"_s), 3);
}

TEST_F(ContactLogServiceTest, ValidationNamesTheField)
{
    const auto noteTooLong = [this] {
        NewContact c = call(dayTime);
        c.notes = QString(ContactLogService::maxNotesLength + 1, u'x');
        return c;
    };
    const auto endsEarly = [this] {
        NewContact c = call(dayTime);
        c.endedAt = dayTime.addSecs(-1);
        return c;
    };
    const auto wrongPhone = [this] {
        NewContact c = call(dayTime);
        c.phoneId = phone + 100;
        return c;
    };
    const auto wrongEmail = [this] {
        NewContact c = call(dayTime);
        c.channel = Channel::Email;
        c.outcome = u"sent"_s;
        c.phoneId.reset();
        c.emailId = email + 100;
        return c;
    };
    const auto badGps = [this] {
        NewContact c = call(dayTime, u"visit_not_home"_s);
        c.channel = Channel::Visit;
        c.phoneId.reset();
        c.visit = VisitDetails{u"addr"_s, {}, 91.0, 10.0, {}};
        return c;
    };
    const auto missingFile = [this] {
        NewContact c = call(dayTime, u"visit_not_home"_s);
        c.channel = Channel::Visit;
        c.phoneId.reset();
        c.visit = VisitDetails{u"addr"_s, {}, {}, {}, {tmp.dirPath() + u"/nope.jpg"_s}};
        return c;
    };
    const auto promise = [this](qint64 minor, const QString& currency, int n, QDate due) {
        NewContact c = call(dayTime, u"promise_to_pay"_s);
        c.promise = NewPromisePlan{Money{minor, currency}, PlanFrequency::Weekly, n, due};
        return c;
    };
    const QDate due(2026, 3, 20);
    const auto followUpEarly = [this] {
        NewContact c = call(dayTime);
        c.followUp = NewFollowUp{FollowUpType::Call, dayTime.addSecs(-3600), {}, {}};
        return c;
    };
    const auto notOpenFollowUp = [this] {
        NewContact c = call(dayTime);
        c.completesFollowUpId = 999;
        return c;
    };
    const auto unknownOutcome = [this] { return call(dayTime, u"teleported"_s); };
    const auto wrongChannelOutcome = [this] { return call(dayTime, u"visit_not_home"_s); };
    const auto future = [this] { return call(QDateTime::currentDateTimeUtc().addDays(1)); };

    const std::pair<NewContact, QString> bad[] = {
        {noteTooLong(), u"Notes"_s},
        {endsEarly(), u"End time"_s},
        {wrongPhone(), u"Phone"_s},
        {wrongEmail(), u"E-mail"_s},
        {badGps(), u"GPS latitude"_s},
        {missingFile(), u"Attachment"_s},
        {promise(0, u"CNY"_s, 1, due), u"Promise amount"_s},
        {promise(100, u"USD"_s, 1, due), u"currency"_s},
        {promise(100'00, u"CNY"_s, 0, due), u"Instalments"_s},
        {promise(100'00, u"CNY"_s, 121, due), u"Instalments"_s},
        {promise(100'00, u"CNY"_s, 2, QDate(2026, 3, 1)), u"First due date"_s},
        {followUpEarly(), u"Follow-up"_s},
        {notOpenFollowUp(), u"follow-up"_s},
        {unknownOutcome(), u"Outcome"_s},
        {wrongChannelOutcome(), u"Outcome"_s},
        {future(), u"Start time"_s},
    };
    for (const auto& [contact, field] : bad) {
        SCOPED_TRACE(field.toStdString());
        try {
            ContactLogService::log(*db, user1, contact);
            FAIL() << "must be refused";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(field)) << e.message().toStdString();
        }
    }
    NewContact unknownCase = call(dayTime);
    unknownCase.caseId = 999;
    EXPECT_THROW(ContactLogService::log(*db, user1, unknownCase), Error);
    EXPECT_EQ(rows(u"contacts"_s), 0);
    EXPECT_EQ(audits(u"contact.blocked"_s), 0);
    EXPECT_EQ(storedFiles(), 0);
}

TEST_F(ContactLogServiceTest, PromisePlanCreatesInstalmentsAndMovesTheCaseToPromise)
{
    NewContact c = call(dayTime, u"promise_to_pay"_s);
    c.promise =
        NewPromisePlan{Money{100'00, u"CNY"_s}, PlanFrequency::Monthly, 3, QDate(2026, 3, 31)};
    const auto r = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(r.saved);
    ASSERT_TRUE(r.planId.has_value());
    ASSERT_EQ(r.promiseIds.size(), 3u);
    const PromisePlan plan = *repos.promises().findPlan(*r.planId);
    EXPECT_EQ(plan.contactId, r.contactId);
    EXPECT_EQ(plan.total, (Money{100'00, u"CNY"_s}));
    EXPECT_EQ(plan.instalments, 3);
    const QDate dues[] = {QDate(2026, 3, 31), QDate(2026, 4, 30), QDate(2026, 5, 31)};
    const qint64 amounts[] = {33'33, 33'33, 33'34};
    for (int i = 0; i < 3; ++i) {
        const Promise p = *repos.promises().find(r.promiseIds[std::size_t(i)]);
        EXPECT_EQ(p.dueDate, dues[i]);
        EXPECT_EQ(p.amount.minor, amounts[i]);
        EXPECT_EQ(p.instalmentNo, i + 1);
        EXPECT_EQ(p.planId, r.planId);
        EXPECT_EQ(p.contactId, r.contactId);
        EXPECT_EQ(p.graceDays, 3); // us-regf's promise_grace_days
        EXPECT_EQ(p.status, PromiseStatus::Pending);
    }
    EXPECT_EQ(audits(u"promise.create"_s), 3);
    EXPECT_EQ(audits(u"promise_plan.create"_s), 1);
    EXPECT_EQ(caseValue(u"status"_s, caseId).toString(), u"promise"_s);
}

TEST_F(ContactLogServiceTest, FollowUpIsCreatedAndLaterCompletedByAnotherContact)
{
    NewContact c = call(dayTime);
    c.followUp = NewFollowUp{FollowUpType::Visit, dayTime.addDays(2), u"leave a notice"_s,
                             u"北京市朝阳区"_s};
    const auto first = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(first.followUpId.has_value());
    FollowUp f = *repos.followUps().find(*first.followUpId);
    EXPECT_EQ(f.type, FollowUpType::Visit);
    EXPECT_EQ(f.dueAt, dayTime.addDays(2));
    EXPECT_EQ(f.visitAddress, u"北京市朝阳区"_s);
    EXPECT_EQ(f.agentId, agent);
    EXPECT_TRUE(f.createdAt.has_value());
    EXPECT_FALSE(f.doneAt.has_value());
    ASSERT_EQ(repos.followUps().plannedIn(first.contactId).size(), 1u);

    NewContact visit;
    visit.caseId = caseId;
    visit.channel = Channel::Visit;
    visit.startedAt = dayTime.addDays(2);
    visit.outcome = u"visit_not_home"_s;
    visit.completesFollowUpId = f.id;
    const QByteArray photo("\x89PNG fake photo bytes");
    visit.visit = VisitDetails{
        u"北京市朝阳区"_s, u"neighbour"_s, 39.9, 116.4, {writeFile(u"notice.png"_s, photo)}};
    const auto second = ContactLogService::log(*db, user1, visit);
    ASSERT_TRUE(second.saved) << ScenarioRunner::toJson(second.decision).dump();
    f = *repos.followUps().find(f.id);
    EXPECT_EQ(f.doneAt, visit.startedAt);
    EXPECT_EQ(f.completedByContactId, second.contactId);
    EXPECT_EQ(audits(u"followup.complete"_s), 1);

    const Contact stored = *repos.contacts().find(second.contactId);
    EXPECT_EQ(stored.metPerson, u"neighbour"_s);
    EXPECT_DOUBLE_EQ(*stored.gpsLat, 39.9);
    EXPECT_DOUBLE_EQ(*stored.gpsLon, 116.4);
    const auto files = ContactLogService::attachments(*db, second.contactId);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].fileName, u"notice.png"_s);
    EXPECT_EQ(files[0].sizeBytes, photo.size());
    EXPECT_EQ(
        files[0].sha256,
        QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(test::readFile(QDir(store()).filePath(files[0].storedName)), photo);
    EXPECT_EQ(audits(u"attachment.add"_s), 1);

    // Completing it twice is refused.
    NewContact again = call(dayTime.addDays(3));
    again.completesFollowUpId = f.id;
    EXPECT_THROW(ContactLogService::log(*db, user1, again), Error);
}

TEST_F(ContactLogServiceTest, FailureInsideTheTransactionRollsBackRowsAndCopiedFiles)
{
    // The last step (case update) fails after the attachment was copied.
    Query::run(*db, u"CREATE TRIGGER fail_case BEFORE UPDATE ON cases BEGIN "
                    "SELECT RAISE(ABORT, 'injected failure'); END"_s);
    NewContact visit;
    visit.caseId = caseId;
    visit.channel = Channel::Visit;
    visit.startedAt = dayTime;
    visit.outcome = u"dispute_raised"_s;
    visit.followUp = NewFollowUp{FollowUpType::Call, dayTime.addDays(1), {}, {}};
    visit.promise =
        NewPromisePlan{Money{10'00, u"CNY"_s}, PlanFrequency::Once, 1, QDate(2026, 3, 12)};
    visit.visit = VisitDetails{u"addr"_s, {}, {}, {}, {writeFile(u"a.jpg"_s, "jpeg bytes")}};
    const qint64 auditBefore = rows(u"audit_log"_s);
    EXPECT_THROW(ContactLogService::log(*db, user1, visit), Error);
    for (const QString& table : {u"contacts"_s, u"holds"_s, u"followups"_s, u"promises"_s,
                                 u"promise_plans"_s, u"attachments"_s})
        EXPECT_EQ(rows(table), 0) << table.toStdString();
    EXPECT_EQ(rows(u"audit_log"_s), auditBefore);
    EXPECT_EQ(storedFiles(), 0);
    EXPECT_TRUE(QFile::exists(tmp.dirPath() + u"/a.jpg"_s)); // the source stays
}

TEST_F(ContactLogServiceTest, EditAndRemoveInsideTheGracePeriod)
{
    NewContact c = call(dayTime, u"answered"_s);
    const auto r = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(ContactLogService::editableUntil(*db, r.contactId).has_value());

    ContactEdit e{u"dispute_raised"_s, u"corrected"_s, true, dayTime.addSecs(60)};
    ContactLogService::edit(*db, user1, r.contactId, e);
    Contact stored = *repos.contacts().find(r.contactId);
    EXPECT_EQ(stored.outcome, u"dispute_raised"_s);
    EXPECT_EQ(stored.notes, u"corrected"_s);
    EXPECT_EQ(stored.endedAt, dayTime.addSecs(60));
    EXPECT_EQ(rows(u"holds"_s), 1); // the new outcome's hold
    EXPECT_EQ(audits(u"contact.edit"_s), 1);

    e.outcome = u"answered"_s;
    ContactLogService::edit(*db, supervisor, r.contactId, e); // a supervisor may too
    EXPECT_EQ(rows(u"holds"_s), 0);

    // Another agent may not.
    try {
        ContactLogService::edit(*db, user2, r.contactId, e);
        FAIL() << "another agent must be refused";
    } catch (const Error& err) {
        EXPECT_EQ(err.kind(), Error::Kind::Permission);
    }
    EXPECT_THROW(ContactLogService::remove(*db, user2, r.contactId), Error);

    ContactLogService::remove(*db, user1, r.contactId);
    EXPECT_EQ(rows(u"contacts"_s), 0);
    EXPECT_EQ(audits(u"contact.remove"_s), 1);
    EXPECT_TRUE(caseValue(u"last_contact_at"_s, caseId).isNull());
}

TEST_F(ContactLogServiceTest, AfterTheGracePeriodOnlyAmendmentsAreAllowed)
{
    const auto r = ContactLogService::log(*db, user1, call(dayTime));
    age(r.contactId, ContactLogService::defaultGraceMinutes + 1);
    EXPECT_FALSE(ContactLogService::editableUntil(*db, r.contactId).has_value());
    const ContactEdit e{u"busy"_s, {}, false, {}};
    for (const UserContext* who : {&user1, &supervisor}) {
        try {
            ContactLogService::edit(*db, *who, r.contactId, e);
            FAIL() << "must be refused after the grace period";
        } catch (const Error& err) {
            EXPECT_EQ(err.kind(), Error::Kind::Permission);
            EXPECT_TRUE(err.message().contains(u"after 15 minutes"_s))
                << err.message().toStdString();
            EXPECT_TRUE(err.message().contains(u"amendment"_s));
        }
        EXPECT_THROW(ContactLogService::remove(*db, *who, r.contactId), Error);
    }
    EXPECT_EQ(repos.contacts().find(r.contactId)->outcome, u"no_answer"_s);

    const qint64 a = ContactLogService::amend(*db, user2, r.contactId, u"  late note  "_s);
    const auto list = ContactLogService::amendments(*db, r.contactId);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].id, a);
    EXPECT_EQ(list[0].note, u"late note"_s);
    EXPECT_EQ(list[0].authorId, agent2);
    EXPECT_EQ(audits(u"contact.amend"_s), 1);
    EXPECT_THROW(ContactLogService::amend(*db, user2, r.contactId, u"  "_s), Error);

    // A longer configured grace period makes it editable again.
    Query::run(*db, u"UPDATE settings SET value = '60' WHERE key = 'contact.edit_grace_minutes'"_s);
    EXPECT_EQ(ContactLogService::graceMinutes(*db), 60);
    EXPECT_NO_THROW(ContactLogService::edit(*db, user1, r.contactId, e));
}

TEST_F(ContactLogServiceTest, RemoveTakesEverythingTheContactCreated)
{
    // An open follow-up the contact completes, and everything a contact can create.
    const auto earlier = ContactLogService::log(*db, user1, [&] {
        NewContact c = call(dayTime.addDays(-3));
        c.followUp = NewFollowUp{FollowUpType::Call, dayTime, {}, {}};
        return c;
    }());
    NewContact c;
    c.caseId = caseId;
    c.channel = Channel::Visit;
    c.startedAt = dayTime;
    c.outcome = u"hardship"_s;
    c.completesFollowUpId = earlier.followUpId;
    c.followUp = NewFollowUp{FollowUpType::Review, dayTime.addDays(7), {}, {}};
    c.promise =
        NewPromisePlan{Money{90'00, u"CNY"_s}, PlanFrequency::Weekly, 3, QDate(2026, 3, 17)};
    c.visit = VisitDetails{u"addr"_s, {}, {}, {}, {writeFile(u"p.jpg"_s, "photo")}};
    const auto r = ContactLogService::log(*db, user1, c);
    ASSERT_TRUE(r.saved);
    EXPECT_EQ(storedFiles(), 1);
    EXPECT_EQ(caseValue(u"last_contact_at"_s, caseId).toLongLong(), dayTime.toMSecsSinceEpoch());
    EXPECT_EQ(caseValue(u"status"_s, caseId).toString(), u"promise"_s);

    ContactLogService::remove(*db, user1, r.contactId);
    EXPECT_EQ(rows(u"contacts"_s), 1);
    EXPECT_EQ(rows(u"holds"_s), 0);
    EXPECT_EQ(rows(u"promises"_s), 0);
    EXPECT_EQ(rows(u"promise_plans"_s), 0);
    EXPECT_EQ(rows(u"attachments"_s), 0);
    EXPECT_EQ(rows(u"followups"_s), 1);
    EXPECT_EQ(storedFiles(), 0);
    const FollowUp reopened = *repos.followUps().find(*earlier.followUpId);
    EXPECT_FALSE(reopened.doneAt.has_value());
    EXPECT_FALSE(reopened.completedByContactId.has_value());
    EXPECT_EQ(caseValue(u"last_contact_at"_s, caseId).toLongLong(),
              dayTime.addDays(-3).toMSecsSinceEpoch());
    EXPECT_EQ(caseValue(u"status"_s, caseId).toString(), u"active"_s);
    for (const QString& action : {u"hold.remove"_s, u"attachment.remove"_s, u"followup.remove"_s,
                                  u"followup.reopen"_s, u"promise_plan.remove"_s})
        EXPECT_EQ(audits(action), 1) << action.toStdString();
    EXPECT_EQ(audits(u"promise.remove"_s), 3);
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(ContactLogServiceTest, LastContactAtKeepsTheLatestContact)
{
    const auto late = ContactLogService::log(*db, user1, call(dayTime));
    ContactLogService::log(*db, user1, call(dayTime.addDays(-2)));
    EXPECT_EQ(caseValue(u"last_contact_at"_s, caseId).toLongLong(), dayTime.toMSecsSinceEpoch());
    ContactLogService::remove(*db, user1, late.contactId);
    EXPECT_EQ(caseValue(u"last_contact_at"_s, caseId).toLongLong(),
              dayTime.addDays(-2).toMSecsSinceEpoch());
    EXPECT_TRUE(caseValue(u"last_contact_at"_s, case2).isNull());
}

TEST_F(ContactLogServiceTest, OutcomesPerChannelInFormOrder)
{
    const auto codes = [this](std::optional<Channel> ch) {
        QStringList out;
        for (const OutcomeCode& o : ContactLogService::outcomes(*db, ch))
            out << o.code;
        return out;
    };
    const QStringList all = codes(std::nullopt);
    EXPECT_EQ(all.first(), u"no_answer"_s);
    EXPECT_TRUE(all.contains(u"left_message"_s));
    const QStringList calls = codes(Channel::Call);
    EXPECT_TRUE(calls.contains(u"wrong_number"_s));
    EXPECT_FALSE(calls.contains(u"sent"_s));
    EXPECT_FALSE(calls.contains(u"visit_not_home"_s));
    EXPECT_LT(calls.indexOf(u"no_answer"_s), calls.indexOf(u"answered"_s));
    const QStringList sms = codes(Channel::Sms);
    for (const QString& c : {u"sent"_s, u"delivered"_s, u"replied"_s, u"bounced"_s,
                             u"dispute_raised"_s, u"cease_requested"_s, u"hardship"_s})
        EXPECT_TRUE(sms.contains(c)) << c.toStdString();
    EXPECT_FALSE(sms.contains(u"no_answer"_s));
    const QStringList visit = codes(Channel::Visit);
    EXPECT_TRUE(visit.contains(u"visit_met_debtor"_s));
    EXPECT_FALSE(visit.contains(u"busy"_s));
    EXPECT_TRUE(codes(Channel::Letter).contains(u"bounced"_s));

    // Hold flags, and an inactive code is not offered.
    for (const OutcomeCode& o : ContactLogService::outcomes(*db)) {
        if (o.code == u"cease_requested") {
            EXPECT_EQ(o.impliedHold, HoldType::CeaseCommunication);
        }
        if (o.code == u"no_answer") {
            EXPECT_FALSE(o.impliedHold.has_value());
        }
    }
    Query::run(*db, u"UPDATE outcome_codes SET active = 0 WHERE code = 'busy'"_s);
    EXPECT_FALSE(codes(Channel::Call).contains(u"busy"_s));
    EXPECT_THROW(ContactLogService::log(*db, user1, call(dayTime, u"busy"_s)), Error);
}

TEST_F(ContactLogServiceTest, AttachmentStoreLiesBesideTheDatabase)
{
    EXPECT_EQ(ContactLogService::attachmentStore(tmp.path()), tmp.path() + u".attachments"_s);
}
