// ContactCheckService (src/core/services/contactcheckservice.*): the contact gate over stored
// cases (debtor, phones, e-mails, opt-outs, holds, contact history, rule profile), the audit
// entries of blocked decisions and supervisor overrides.
#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/auditlog.h"
#include "services/contactcheckservice.h"
#include "support/testdb.h"

#include <QTimeZone>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace caseloop;

namespace {

QDateTime utc(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    EXPECT_TRUE(t.isValid()) << iso;
    return t.toUTC();
}

// Debtor in Los Angeles (address) with a New York (212) mobile: both zones are candidates, so
// calls are allowed from 08:00 Los Angeles to 21:00 New York: 15:00Z–01:00Z in March (DST).
const QString kName = QStringLiteral("Maria Gonzalez-Testcase");
const QString kPhone = QStringLiteral("+12125550143");
const QString kEmail = QStringLiteral("maria.testcase@example.org");
const char* const kAfternoon = "2026-03-10T20:00:00Z"; // 13:00 Los Angeles, 16:00 New York
const char* const kEarly = "2026-03-10T14:30:00Z";     // 07:30 Los Angeles

class ContactCheckServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        agent = addUser(QStringLiteral("agent1"), Role::Agent);
        supervisor = addUser(QStringLiteral("super1"), Role::Supervisor);
        client = repos.clients().add(Client{0, QStringLiteral("C1"), QStringLiteral("Client"), {}});

        Debtor d;
        d.fullName = kName;
        d.country = QStringLiteral("US");
        d.region = QStringLiteral("CA");
        d.city = QStringLiteral("Los Angeles");
        d.postalCode = QStringLiteral("90012");
        d.addressLine = QStringLiteral("100 Testcase Street");
        d.createdAt = utc("2026-01-01T00:00:00Z");
        d.phones.push_back(Phone{0, kPhone, QStringLiteral("mobile"), false, std::nullopt});
        d.emails.push_back(Email{0, kEmail, false, std::nullopt});
        debtor = repos.debtors().add(d);
        const Debtor stored = *repos.debtors().find(debtor);
        phoneId = stored.phones.at(0).id;
        emailId = stored.emails.at(0).id;
        caseId = addCase(QStringLiteral("CL-0001"), debtor, {});
        otherCase = addCase(QStringLiteral("CL-0002"), debtor, {});
    }

    void TearDown() override
    {
        const auto v = AuditLog::verify(*db);
        EXPECT_TRUE(v.ok);
    }

    qint64 addUser(const QString& login, Role role)
    {
        User u;
        u.login = login;
        u.displayName = login;
        u.role = role;
        u.createdAt = utc("2026-01-01T00:00:00Z");
        return repos.users().add(u);
    }

    qint64 addCase(const QString& ref, qint64 debtorId, const QString& profile)
    {
        Case c;
        c.ref = ref;
        c.clientId = client;
        c.debtorId = debtorId;
        c.placedDate = QDate(2026, 1, 2);
        c.placedBalance = Money{1234'00, QStringLiteral("USD")};
        c.currentBalance = c.placedBalance;
        c.status = CaseStatus::Active;
        c.agentId = agent;
        c.ruleProfile = profile;
        c.updatedAt = utc("2026-01-02T00:00:00Z");
        return repos.cases().add(c);
    }

    void addCall(qint64 onCase, const char* at, const QString& outcome,
                 Direction direction = Direction::Outbound)
    {
        Contact c;
        c.caseId = onCase;
        c.agentId = agent;
        c.channel = Channel::Call;
        c.direction = direction;
        c.startedAt = utc(at);
        c.outcome = outcome;
        c.phoneId = phoneId;
        c.notes = QStringLiteral("Spoke about the balance with Maria");
        repos.contacts().add(c);
    }

    void addHold(HoldType type, const char* since, const char* until,
                 std::optional<qint64> onCase = std::nullopt)
    {
        Hold h;
        h.debtorId = debtor;
        h.caseId = onCase;
        h.type = type;
        h.since = utc(since);
        if (until)
            h.until = utc(until);
        h.note = QStringLiteral("Letter from Maria");
        repos.holds().add(h);
    }

    std::vector<AuditEntry> auditOf(qint64 onCase)
    {
        return repos.auditEntries().listByEntity(QStringLiteral("case"), onCase);
    }

    UserContext userFor(qint64 id, const QString& login, Role role)
    {
        return UserContext{id, login, role, QStringLiteral("en")};
    }

    GateDecision check(const char* at, Channel channel = Channel::Call,
                       const ContactTarget& target = {}, qint64 onCase = 0)
    {
        return ContactCheckService::check(*db,
                                          userFor(agent, QStringLiteral("agent1"), Role::Agent),
                                          onCase ? onCase : caseId, channel, utc(at), target);
    }

    test::TempDatabase tmp;
    std::unique_ptr<Connection> db = tmp.open();
    Repositories repos{*db};
    qint64 agent = 0;
    qint64 supervisor = 0;
    qint64 client = 0;
    qint64 debtor = 0;
    qint64 phoneId = 0;
    qint64 emailId = 0;
    qint64 caseId = 0;
    qint64 otherCase = 0;
};

QStringList ids(const GateDecision& d)
{
    return d.blockedByIds();
}

} // namespace

TEST_F(ContactCheckServiceTest, AllowedInTheAfternoonAndNotAudited)
{
    const GateDecision d = check(kAfternoon);
    EXPECT_TRUE(d.allowed) << ids(d).join(u',').toStdString();
    EXPECT_TRUE(d.blockedBy.empty());
    EXPECT_EQ(d.profileId, QStringLiteral("us-regf"));
    EXPECT_TRUE(d.zones.contains(QStringLiteral("America/Los_Angeles")));
    EXPECT_TRUE(d.zones.contains(QStringLiteral("America/New_York")));
    ASSERT_TRUE(d.nextAllowedAt);
    EXPECT_EQ(*d.nextAllowedAt, utc(kAfternoon));
    EXPECT_TRUE(auditOf(caseId).empty());
}

TEST_F(ContactCheckServiceTest, EarlyMorningIsBlockedByHoursAndAuditedWithoutPersonalData)
{
    std::optional<qint64> auditId;
    const GateDecision d = ContactCheckService::check(
        *db, userFor(agent, QStringLiteral("agent1"), Role::Agent), QStringLiteral("CL-0001"),
        Channel::Call, utc(kEarly), {}, &auditId);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("hours")});
    ASSERT_TRUE(d.nextAllowedAt);
    EXPECT_EQ(*d.nextAllowedAt, utc("2026-03-10T15:00:00Z")); // 08:00 in Los Angeles

    const auto entries = auditOf(caseId);
    ASSERT_EQ(entries.size(), 1u);
    const AuditEntry& e = entries.front();
    ASSERT_TRUE(auditId);
    EXPECT_EQ(*auditId, e.id);
    EXPECT_EQ(e.action, QStringLiteral("contact.blocked"));
    EXPECT_EQ(e.entity, QStringLiteral("case"));
    EXPECT_EQ(e.entityId, caseId);
    EXPECT_EQ(e.userId, agent);
    // Nothing personal: no number (in any spelling), name, e-mail, address or note text.
    for (const QString& secret : {kPhone, QStringLiteral("2125550143"), QStringLiteral("555"),
                                  kName, QStringLiteral("Maria"), kEmail,
                                  QStringLiteral("Testcase Street"), QStringLiteral("90012")})
        EXPECT_FALSE(e.detailsJson.contains(secret)) << secret.toStdString();

    const auto details = nlohmann::json::parse(e.detailsJson.toStdString());
    EXPECT_EQ(details.at("decision"), "block");
    EXPECT_EQ(details.at("blocked_by"), nlohmann::json::array({"hours"}));
    EXPECT_EQ(details.at("rules").at(0).at("rule"), "hours");
    EXPECT_FALSE(details.at("rules").at(0).at("citation").get<std::string>().empty());
    EXPECT_EQ(details.at("profile").at("id"), "us-regf");
    EXPECT_FALSE(details.at("profile").at("version").get<std::string>().empty());
    EXPECT_EQ(details.at("channel"), "call");
    EXPECT_EQ(details.at("at"), "2026-03-10T14:30:00Z");
    EXPECT_EQ(details.at("next_allowed_at"), "2026-03-10T15:00:00Z");
    EXPECT_EQ(details.at("case_id"), caseId);
    EXPECT_EQ(details.at("debtor_id"), debtor);
    EXPECT_EQ(details.at("agent_id"), agent);
    bool sawLosAngeles = false;
    for (const auto& z : details.at("zones")) {
        if (z.at("zone") == "America/Los_Angeles") {
            sawLosAngeles = true;
            EXPECT_EQ(z.at("local"), "2026-03-10T07:30:00-07:00");
        }
    }
    EXPECT_TRUE(sawLosAngeles) << details.at("zones").dump();
    EXPECT_TRUE(details.at("inputs").contains("counted_calls_in_window"));
    EXPECT_TRUE(details.at("inputs").contains("last_conversation_date"));
    EXPECT_TRUE(auditOf(otherCase).empty());
}

TEST_F(ContactCheckServiceTest, DisputeHoldBlocksWithoutNextTime)
{
    addHold(HoldType::Dispute, "2026-03-01T00:00:00Z", nullptr);
    const GateDecision d = check(kAfternoon);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("hold:dispute")});
    EXPECT_FALSE(d.nextAllowedAt);

    const auto entries = auditOf(caseId);
    ASSERT_EQ(entries.size(), 1u);
    const auto details = nlohmann::json::parse(entries.front().detailsJson.toStdString());
    ASSERT_EQ(details.at("holds").size(), 1u);
    EXPECT_EQ(details.at("holds").at(0).at("type"), "dispute");
    EXPECT_EQ(details.at("holds").at(0).at("since"), "2026-03-01T00:00:00Z");
    EXPECT_TRUE(details.at("next_allowed_at").is_null());
    EXPECT_FALSE(entries.front().detailsJson.contains(QStringLiteral("Letter from")));
}

TEST_F(ContactCheckServiceTest, HoldEndingLaterGivesTheEndAsNextTime)
{
    addHold(HoldType::CeaseCommunication, "2026-03-01T00:00:00Z", "2026-03-12T18:00:00Z", caseId);
    const GateDecision d = check(kAfternoon);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("hold:cease_communication")});
    ASSERT_TRUE(d.nextAllowedAt);
    EXPECT_EQ(*d.nextAllowedAt, utc("2026-03-12T18:00:00Z"));
}

TEST_F(ContactCheckServiceTest, ExpiredFutureAndOtherCaseHoldsAreIgnored)
{
    addHold(HoldType::Dispute, "2026-02-01T00:00:00Z", "2026-03-05T00:00:00Z"); // ended
    addHold(HoldType::Bankruptcy, "2026-03-01T00:00:00Z", nullptr, otherCase);  // other case
    addHold(HoldType::Deceased, "2026-03-20T00:00:00Z", nullptr);               // not yet
    const GateDecision d = check(kAfternoon);
    EXPECT_TRUE(d.allowed) << ids(d).join(u',').toStdString();
    EXPECT_TRUE(auditOf(caseId).empty());

    // The bankruptcy hold does block the case it was recorded on.
    const GateDecision other = check(kAfternoon, Channel::Call, {}, otherCase);
    EXPECT_EQ(ids(other), QStringList{QStringLiteral("hold:bankruptcy")});
}

TEST_F(ContactCheckServiceTest, HoldStartingLaterIsSeenByNextAllowedAt)
{
    // Blocked by hours now; the next morning a deceased hold starts, so no next time exists.
    addHold(HoldType::Deceased, "2026-03-10T14:45:00Z", nullptr);
    const GateDecision d = check(kEarly);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("hours")});
    EXPECT_FALSE(d.nextAllowedAt);
}

TEST_F(ContactCheckServiceTest, EighthCountedCallInSevenDaysIsBlockedByFrequency)
{
    // Six calls on 03-04..03-09, busy and inbound calls that do not count, and an old one.
    for (const char* at : {"2026-03-04T18:00:00Z", "2026-03-05T18:00:00Z", "2026-03-06T18:00:00Z",
                           "2026-03-07T18:00:00Z", "2026-03-08T18:00:00Z", "2026-03-09T18:00:00Z"})
        addCall(caseId, at, QStringLiteral("no_answer"));
    addCall(caseId, "2026-03-10T16:10:00Z", QStringLiteral("busy"));
    addCall(caseId, "2026-03-10T16:20:00Z", QStringLiteral("no_answer"), Direction::Inbound);
    addCall(caseId, "2026-02-20T18:00:00Z", QStringLiteral("no_answer"));
    addCall(otherCase, "2026-03-10T16:30:00Z", QStringLiteral("no_answer"));

    // The 7th call is allowed.
    GateDecision d = check(kAfternoon);
    EXPECT_TRUE(d.allowed) << ids(d).join(u',').toStdString();
    EXPECT_EQ(d.countedCallsInWindow, 6);

    addCall(caseId, "2026-03-10T17:00:00Z", QStringLiteral("voicemail"));
    d = check(kAfternoon);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("frequency")});
    EXPECT_EQ(d.countedCallsInWindow, 7);
    EXPECT_EQ(d.maxAttempts, 7);
    ASSERT_TRUE(d.nextAllowedAt);
    // The 03-04 call counts while 03-04 is in the window in any zone: until 03-11 00:00 in Los
    // Angeles (07:00Z); then the hours rule waits for 08:00 there.
    EXPECT_EQ(*d.nextAllowedAt, utc("2026-03-11T15:00:00Z"));

    const auto entries = auditOf(caseId);
    ASSERT_EQ(entries.size(), 1u);
    const auto details = nlohmann::json::parse(entries.front().detailsJson.toStdString());
    EXPECT_EQ(details.at("inputs").at("counted_calls_in_window"), 7);
    EXPECT_EQ(details.at("inputs").at("window_days"), 7);
}

TEST_F(ContactCheckServiceTest, ConversationStartsTheQuietPeriod)
{
    addCall(caseId, "2026-03-08T18:00:00Z", QStringLiteral("promise_to_pay"));
    const GateDecision d = check(kAfternoon);
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("post_conversation")});
    ASSERT_TRUE(d.lastConversationDate);
    EXPECT_EQ(*d.lastConversationDate, QDate(2026, 3, 8));
    // An e-mail is not a call: the quiet period does not apply.
    EXPECT_TRUE(check(kAfternoon, Channel::Email).allowed);
}

TEST_F(ContactCheckServiceTest, EmailOptOutBlocksEmailFromTheOptOutOn)
{
    Debtor d = *repos.debtors().find(debtor);
    d.emails.at(0).optedOutAt = utc("2026-03-01T12:00:00Z");
    repos.debtors().update(d);

    const GateDecision blocked = check(kAfternoon, Channel::Email);
    EXPECT_EQ(ids(blocked), QStringList{QStringLiteral("opt_out:email")});
    EXPECT_FALSE(blocked.nextAllowedAt);
    // Same with the address chosen explicitly; calls are not affected.
    EXPECT_EQ(ids(check(kAfternoon, Channel::Email, ContactTarget{{}, emailId, {}, {}})),
              QStringList{QStringLiteral("opt_out:email")});
    EXPECT_TRUE(check(kAfternoon, Channel::Call).allowed);
    // Before the opt-out was recorded, the e-mail was allowed.
    EXPECT_TRUE(check("2026-02-27T20:00:00Z", Channel::Email).allowed);

    const auto entries = auditOf(caseId);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_FALSE(entries.at(0).detailsJson.contains(kEmail));
    EXPECT_FALSE(entries.at(0).detailsJson.contains(QStringLiteral("testcase@")));
}

TEST_F(ContactCheckServiceTest, OptedOutNumberBlocksCallsAndTexts)
{
    Debtor d = *repos.debtors().find(debtor);
    d.phones.at(0).optedOutAt = utc("2026-03-01T12:00:00Z");
    repos.debtors().update(d);
    EXPECT_EQ(ids(check(kAfternoon, Channel::Call, ContactTarget{phoneId, {}, {}, {}})),
              QStringList{QStringLiteral("opt_out:call")});
    EXPECT_EQ(ids(check(kAfternoon, Channel::Sms)), QStringList{QStringLiteral("opt_out:sms")});

    // A second, open number: calls without a chosen number are allowed again.
    d = *repos.debtors().find(debtor);
    d.phones.push_back(
        Phone{0, QStringLiteral("+13105550199"), QStringLiteral("home"), false, std::nullopt});
    repos.debtors().update(d);
    EXPECT_TRUE(check(kAfternoon, Channel::Call).allowed);
}

TEST_F(ContactCheckServiceTest, MissingEndpointsAreInvalidContactPoints)
{
    Debtor d = *repos.debtors().find(debtor);
    d.phones.clear();
    d.emails.clear();
    repos.debtors().update(d);
    EXPECT_EQ(ids(check(kAfternoon, Channel::Call)),
              QStringList{QStringLiteral("invalid_contact_point")});
    EXPECT_EQ(ids(check(kAfternoon, Channel::Email)),
              QStringList{QStringLiteral("invalid_contact_point")});
    EXPECT_TRUE(check(kAfternoon, Channel::Letter).allowed);
}

TEST_F(ContactCheckServiceTest, ForeignPhoneOrEmailIdIsRefused)
{
    Debtor other;
    other.fullName = QStringLiteral("Other Person");
    other.createdAt = utc("2026-01-01T00:00:00Z");
    other.phones.push_back(
        Phone{0, QStringLiteral("+13105550100"), QStringLiteral("mobile"), false, std::nullopt});
    const qint64 otherId = repos.debtors().add(other);
    const qint64 foreignPhone = repos.debtors().find(otherId)->phones.at(0).id;
    try {
        check(kAfternoon, Channel::Call, ContactTarget{foreignPhone, {}, {}, {}});
        FAIL() << "a phone of another debtor was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
        EXPECT_FALSE(e.message().contains(QStringLiteral("555")));
    }
}

TEST_F(ContactCheckServiceTest, ChineseDebtorUsesCnCifaInShanghaiTime)
{
    Debtor d;
    d.fullName = QStringLiteral("王芳");
    d.country = QStringLiteral("CN");
    d.region = QStringLiteral("BJ");
    d.city = QStringLiteral("北京");
    d.createdAt = utc("2026-01-01T00:00:00Z");
    d.phones.push_back(
        Phone{0, QStringLiteral("+8613800138000"), QStringLiteral("mobile"), false, std::nullopt});
    const qint64 cnDebtor = repos.debtors().add(d);
    const qint64 cnCase = addCase(QStringLiteral("CN-0001"), cnDebtor, {});

    // 07:30 in Shanghai on 03-11.
    const GateDecision early = check("2026-03-10T23:30:00Z", Channel::Call, {}, cnCase);
    EXPECT_EQ(early.profileId, QStringLiteral("cn-cifa"));
    EXPECT_EQ(early.zones, QStringList{QStringLiteral("Asia/Shanghai")});
    EXPECT_EQ(ids(early), QStringList{QStringLiteral("hours")});
    ASSERT_TRUE(early.nextAllowedAt);
    EXPECT_EQ(*early.nextAllowedAt, utc("2026-03-11T00:00:00Z")); // 08:00 Shanghai

    // 14:00 in Shanghai: allowed; three connected calls today reach the daily cap.
    const char* const noon = "2026-03-11T06:00:00Z";
    EXPECT_TRUE(check(noon, Channel::Call, {}, cnCase).allowed);
    for (const char* at : {"2026-03-11T01:00:00Z", "2026-03-11T02:00:00Z", "2026-03-11T03:00:00Z"})
        addCall(cnCase, at, QStringLiteral("refused_to_pay"));
    const GateDecision capped = check(noon, Channel::Call, {}, cnCase);
    EXPECT_FALSE(capped.allowed);
    EXPECT_TRUE(ids(capped).contains(QStringLiteral("frequency")))
        << ids(capped).join(u',').toStdString();
    EXPECT_EQ(capped.connectedCallsToday, 3);
    const auto entries = auditOf(cnCase);
    ASSERT_EQ(entries.size(), 2u);
    for (const AuditEntry& e : entries) {
        EXPECT_FALSE(e.detailsJson.contains(QStringLiteral("13800138000")));
        EXPECT_FALSE(e.detailsJson.contains(QStringLiteral("王芳")));
    }

    // An explicit profile on the case wins over the debtor's country.
    const qint64 usProfiled =
        addCase(QStringLiteral("CN-0002"), cnDebtor, QStringLiteral("us-regf"));
    EXPECT_EQ(check(noon, Channel::Call, {}, usProfiled).profileId, QStringLiteral("us-regf"));
}

TEST(ContactCheckServiceProfile, ProfileComesFromTheCaseOrTheDebtorsCountry)
{
    EXPECT_EQ(ContactCheckService::profileIdFor({}, QStringLiteral("CN")), u"cn-cifa");
    EXPECT_EQ(ContactCheckService::profileIdFor({}, QStringLiteral("China")), u"cn-cifa");
    EXPECT_EQ(ContactCheckService::profileIdFor({}, QStringLiteral("US")), u"us-regf");
    EXPECT_EQ(ContactCheckService::profileIdFor({}, {}), u"us-regf");
    EXPECT_EQ(ContactCheckService::profileIdFor(QStringLiteral("cn-cifa"), QStringLiteral("US")),
              u"cn-cifa");
}

TEST_F(ContactCheckServiceTest, UnknownCaseOrProfileIsAnError)
{
    try {
        check(kAfternoon, Channel::Call, {}, 987654);
        FAIL() << "unknown case id accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
    try {
        ContactCheckService::check(*db, UserContext::system(), QStringLiteral("NO-SUCH-REF"),
                                   Channel::Call, utc(kAfternoon));
        FAIL() << "unknown case ref accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
        EXPECT_TRUE(e.message().contains(QStringLiteral("NO-SUCH-REF"))) << e.what();
    }
    const qint64 broken =
        addCase(QStringLiteral("CL-BROKEN"), debtor, QStringLiteral("no-such-profile"));
    try {
        check(kAfternoon, Channel::Call, {}, broken);
        FAIL() << "unknown profile accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("no-such-profile"))) << e.what();
    }
    EXPECT_THROW(
        ContactCheckService::check(*db, UserContext::system(), caseId, Channel::Call, QDateTime()),
        Error);
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

TEST_F(ContactCheckServiceTest, OverrideNeedsASupervisorAndAReason)
{
    const UserContext agentUser = userFor(agent, QStringLiteral("agent1"), Role::Agent);
    const UserContext supervisorUser =
        userFor(supervisor, QStringLiteral("super1"), Role::Supervisor);
    try {
        ContactCheckService::override(*db, agentUser, caseId, Channel::Call, utc(kEarly),
                                      QStringLiteral("debtor asked for an early call"));
        FAIL() << "an agent could override";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Permission);
    }
    for (const QString& empty : {QString(), QStringLiteral("   \n\t ")}) {
        try {
            ContactCheckService::override(*db, supervisorUser, caseId, Channel::Call, utc(kEarly),
                                          empty);
            FAIL() << "an empty reason was accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        }
    }
    // Nothing to override when the contact is allowed.
    try {
        ContactCheckService::override(*db, supervisorUser, caseId, Channel::Call, utc(kAfternoon),
                                      QStringLiteral("reason"));
        FAIL() << "an allowed contact was overridden";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
    }
    EXPECT_TRUE(auditOf(caseId).empty());

    const QString reason =
        QStringLiteral("Debtor asked in writing to be called before work. ") + QString(600, u'x');
    const qint64 token = ContactCheckService::override(*db, supervisorUser, caseId, Channel::Call,
                                                       utc(kEarly), reason);
    const auto entries = auditOf(caseId);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.front().id, token);
    EXPECT_EQ(entries.front().action, QStringLiteral("contact.override"));
    EXPECT_EQ(entries.front().userId, supervisor);
    const auto details = nlohmann::json::parse(entries.front().detailsJson.toStdString());
    EXPECT_EQ(details.at("decision"), "allow_override");
    EXPECT_EQ(details.at("blocked_by"), nlohmann::json::array({"hours"}));
    const QString stored = QString::fromStdString(details.at("reason").get<std::string>());
    EXPECT_EQ(stored.size(), ContactCheckService::maxReasonLength);
    EXPECT_TRUE(stored.startsWith(QStringLiteral("Debtor asked in writing")));
    EXPECT_EQ(details.at("reason_length"), reason.size());

    // Compliance officers and admins may override too.
    EXPECT_GT(ContactCheckService::override(*db, userFor(0, QStringLiteral("system"), Role::Admin),
                                            caseId, Channel::Call, utc(kEarly),
                                            QStringLiteral("test")),
              token);
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(ContactCheckServiceTest, EvaluateWritesNothing)
{
    const GateDecision d = ContactCheckService::evaluate(*db, caseId, Channel::Call, utc(kEarly));
    EXPECT_EQ(ids(d), QStringList{QStringLiteral("hours")});
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    // buildInput carries the stored facts the gate needs.
    addCall(caseId, "2026-03-09T18:00:00Z", QStringLiteral("no_answer"));
    const GateInput in = ContactCheckService::buildInput(*db, caseId, Channel::Call, utc(kEarly));
    EXPECT_EQ(in.debtor.phones, QStringList{kPhone});
    EXPECT_EQ(in.debtor.region, QStringLiteral("CA"));
    ASSERT_EQ(in.history.size(), 1u);
    EXPECT_EQ(in.history.front().phone, kPhone);
    EXPECT_EQ(in.history.front().outcome, QStringLiteral("no_answer"));
}
