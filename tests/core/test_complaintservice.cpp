#include "complaints/complainttaxonomy.h"
#include "db/query.h"
#include "error.h"
#include "services/agencysettings.h"
#include "services/auditlog.h"
#include "services/complaintservice.h"
#include "support/casefixture.h"

#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <gtest/gtest.h>

using namespace caseloop;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), shanghai).toUTC();
}

class ComplaintServiceTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        Query tz(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        tz.bind(QStringLiteral(":k"), QString::fromLatin1(AgencySettings::timeZoneKey))
            .bind(QStringLiteral(":v"), QStringLiteral("Asia/Shanghai"))
            .exec();
        User u;
        u.login = QStringLiteral("qa1");
        u.displayName = QStringLiteral("QA");
        u.role = Role::Compliance;
        u.createdAt = test::utc(1);
        compliance = repos.users().add(u);
        officer = UserContext{compliance, u.login, Role::Compliance, QStringLiteral("en")};
        // The agent "agent1" of the fixture also works as a compliance officer elsewhere.
        agentAsOfficer = UserContext{agent, QStringLiteral("agent1"), Role::Compliance, {}};
        agentUser = UserContext{agent2, QStringLiteral("agent2"), Role::Agent, {}};
        contact1 = addContact(caseId, agent, local(2026, 3, 3, 10));
        contact2 = addContact(caseId, agent, local(2026, 3, 3, 11));
        otherCaseContact = addContact(case2, agent2, local(2026, 3, 3, 12));
    }

    qint64 addContact(qint64 onCase, qint64 by, const QDateTime& at)
    {
        Contact k;
        k.caseId = onCase;
        k.agentId = by;
        k.startedAt = at;
        k.outcome = QStringLiteral("answered");
        return repos.contacts().add(k);
    }

    NewComplaint basic(const QDateTime& received = local(2026, 3, 4, 9))
    {
        NewComplaint n;
        n.source = ComplaintSource::Debtor;
        n.channel = ComplaintChannel::Phone;
        n.receivedAt = received;
        n.caseId = caseId;
        n.contactIds = {contact2, contact1};
        n.category = QStringLiteral("FREQUENT");
        n.severity = Severity::High;
        n.description = QStringLiteral("每天打五次电话。");
        n.desiredOutcome = QStringLiteral("停止频繁来电");
        return n;
    }

    qint64 auditCount(const QString& action)
    {
        Query q(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a"));
        q.bind(QStringLiteral(":a"), action).exec().next();
        return q.value(0).toLongLong();
    }

    /// The message of the error @p fn throws, checking its kind.
    template<typename Fn>
    QString errorOf(Fn fn, Error::Kind kind = Error::Kind::InvalidInput)
    {
        try {
            fn();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), kind) << e.message().toStdString();
            return e.message();
        }
        ADD_FAILURE() << "no error thrown";
        return {};
    }

    qint64 compliance = 0;
    UserContext officer;
    UserContext agentAsOfficer;
    UserContext agentUser;
    qint64 contact1 = 0;
    qint64 contact2 = 0;
    qint64 otherCaseContact = 0;
};

} // namespace

TEST_F(ComplaintServiceTest, IntakeAllocatesRefComputesDeadlinesAndAudits)
{
    const ComplaintIntake a = ComplaintService::intake(*db, agentUser, basic());
    EXPECT_EQ(a.ref, QStringLiteral("C-2026-0001"));
    const Complaint c = ComplaintService::find(*db, a.complaintId);
    EXPECT_EQ(c.status, ComplaintStatus::Received);
    EXPECT_EQ(c.source, QStringLiteral("debtor"));
    EXPECT_EQ(c.channel, QStringLiteral("phone"));
    EXPECT_EQ(c.category, QStringLiteral("FREQUENT"));
    EXPECT_FALSE(c.categoryFlagged);
    EXPECT_EQ(c.agentId, agent); // from the linked contacts
    EXPECT_EQ(c.contactIds, (std::vector<qint64>{contact1, contact2}));
    EXPECT_EQ(c.desiredOutcome, QStringLiteral("停止频繁来电"));
    // Wednesday 09:00 → acknowledge by Thursday 09:00, resolve by 19 March 09:00.
    EXPECT_EQ(c.ackDueAt, local(2026, 3, 5, 9));
    EXPECT_EQ(c.resolveDueAt, local(2026, 3, 19, 9));

    const std::vector<ComplaintEvent> events = ComplaintService::events(*db, a.complaintId);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].action, QStringLiteral("intake"));
    EXPECT_EQ(events[0].userId, agent2);
    EXPECT_FALSE(events[0].fromStatus.has_value());
    EXPECT_EQ(auditCount(QStringLiteral("complaint.intake")), 1);
    // No personal data in the audit details: the description is only counted.
    const QString details =
        Query::scalar(*db, QStringLiteral("SELECT details_json FROM audit_log WHERE action = "
                                          "'complaint.intake'"))
            .toString();
    EXPECT_FALSE(details.contains(QStringLiteral("电话")));
    EXPECT_TRUE(details.contains(QStringLiteral("description_length")));

    EXPECT_EQ(ComplaintService::intake(*db, agentUser, basic()).ref, QStringLiteral("C-2026-0002"));
    EXPECT_EQ(ComplaintService::intake(*db, agentUser, basic(local(2025, 12, 31, 23))).ref,
              QStringLiteral("C-2025-0001"));
    // Received 1 January 00:30 in Shanghai is still 2025 in UTC: the agency's year counts.
    EXPECT_EQ(ComplaintService::intake(*db, agentUser, basic(local(2026, 1, 1, 0, 30))).ref,
              QStringLiteral("C-2026-0003"));
}

TEST_F(ComplaintServiceTest, ReferenceNumbersGrowBeyondFourDigits)
{
    Complaint c;
    c.ref = QStringLiteral("C-2026-9999");
    c.source = QStringLiteral("debtor");
    c.channel = QStringLiteral("phone");
    c.category = QStringLiteral("OTHER");
    c.receivedAt = c.ackDueAt = c.resolveDueAt = test::utc(1);
    repos.complaints().add(c);
    EXPECT_EQ(ComplaintService::nextRef(*db, QDate(2026, 5, 1)), QStringLiteral("C-2026-10000"));
    c.ref = QStringLiteral("C-2026-10000");
    repos.complaints().add(c);
    EXPECT_EQ(ComplaintService::nextRef(*db, QDate(2026, 5, 1)), QStringLiteral("C-2026-10001"));
    EXPECT_EQ(ComplaintService::nextRef(*db, QDate(2027, 1, 1)), QStringLiteral("C-2027-0001"));
}

TEST_F(ComplaintServiceTest, IntakeRefusesBadInputAndWritesNothing)
{
    NewComplaint n = basic();
    n.category = QStringLiteral("Loud music");
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).contains(QStringLiteral("taxonomy")));
    n = basic();
    n.category.clear();
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).startsWith(QStringLiteral("Category")));
    n = basic();
    n.contactIds = {contact1, otherCaseContact};
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).contains(QStringLiteral("CASE-1")));
    n = basic();
    n.caseId.reset();
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).startsWith(QStringLiteral("Contacts")));
    n = basic();
    n.hold = HoldType::Bankruptcy;
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).startsWith(QStringLiteral("Hold")));
    n = basic();
    n.receivedAt = QDateTime::currentDateTimeUtc().addDays(1);
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).startsWith(QStringLiteral("Received")));
    n = basic();
    n.description = QString(ComplaintService::maxDescriptionLength + 1, u'x');
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).startsWith(QStringLiteral("Description")));
    n = basic();
    n.agentId = 9999;
    errorOf([&] { ComplaintService::intake(*db, agentUser, n); }, Error::Kind::NotFound);
    EXPECT_EQ(rows(QStringLiteral("complaints")), 0);
    EXPECT_EQ(rows(QStringLiteral("complaint_events")), 0);
    EXPECT_EQ(rows(QStringLiteral("holds")), 0);

    n = basic();
    n.externalId = QStringLiteral("3401026");
    ComplaintService::intake(*db, agentUser, n);
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::intake(*db, agentUser, n);
                }).contains(QStringLiteral("C-2026-0001")));
    EXPECT_EQ(rows(QStringLiteral("complaints")), 1);
}

TEST_F(ComplaintServiceTest, UnknownCategoriesAreKeptOnlyWhenAllowedAndFlagged)
{
    NewComplaint n = basic();
    n.category = QStringLiteral("Managing the loan or lease");
    n.allowUnknownCategory = true;
    const Complaint c =
        ComplaintService::find(*db, ComplaintService::intake(*db, agentUser, n).complaintId);
    EXPECT_EQ(c.category, QStringLiteral("Managing the loan or lease"));
    EXPECT_TRUE(c.categoryFlagged);
    // Known categories of both families are not flagged.
    n.category = QStringLiteral("CFPB.COMMUNICATION.FREQUENT");
    EXPECT_FALSE(
        ComplaintService::find(*db, ComplaintService::intake(*db, agentUser, n).complaintId)
            .categoryFlagged);
}

TEST_F(ComplaintServiceTest, IntakeCanPutTheCaseOnHoldInTheSameStep)
{
    NewComplaint n = basic();
    n.category = QStringLiteral("NOT_MINE");
    n.hold = HoldType::Dispute;
    const ComplaintIntake in = ComplaintService::intake(*db, agentUser, n);
    ASSERT_TRUE(in.holdId.has_value());
    const Hold h = *repos.holds().find(*in.holdId);
    EXPECT_EQ(h.type, HoldType::Dispute);
    EXPECT_EQ(h.caseId, caseId);
    EXPECT_EQ(h.debtorId, debtor);
    EXPECT_EQ(h.createdById, agent2);
    EXPECT_EQ(ComplaintService::find(*db, in.complaintId).holdId, in.holdId);
    EXPECT_EQ(auditCount(QStringLiteral("hold.create")), 1);
    EXPECT_EQ(repos.holds().activeForDebtor(debtor, QDateTime::currentDateTimeUtc()).size(), 1u);
}

TEST_F(ComplaintServiceTest, WorkflowStepsAreTimedAttributedAndAudited)
{
    const qint64 id = ComplaintService::intake(*db, agentUser, basic()).complaintId;
    ComplaintService::acknowledge(*db, officer, id, QStringLiteral("Called back"),
                                  local(2026, 3, 4, 15));
    ComplaintService::startInvestigation(*db, officer, id, {}, local(2026, 3, 5, 10));
    ComplaintResolution r;
    r.rootCause = RootCause::ScriptProcess;
    r.rootCauseNote = QStringLiteral("Dialler retried too often");
    r.outcome = ComplaintOutcome::PartlyUpheld;
    r.remedy = QStringLiteral("Apology letter");
    r.correctiveAction =
        CorrectiveAction{CorrectiveKind::ProcessChange, QStringLiteral("Cap retries at 3"),
                         compliance, QDate(2026, 4, 1)};
    r.satisfaction = 4;
    ComplaintService::resolve(*db, officer, id, r, local(2026, 3, 10, 16));
    ComplaintService::close(*db, officer, id, std::nullopt, {}, local(2026, 3, 12, 9));

    const Complaint c = ComplaintService::find(*db, id);
    EXPECT_EQ(c.status, ComplaintStatus::Closed);
    EXPECT_EQ(c.acknowledgedAt, local(2026, 3, 4, 15));
    EXPECT_EQ(c.resolvedAt, local(2026, 3, 10, 16));
    EXPECT_EQ(c.closedAt, local(2026, 3, 12, 9));
    EXPECT_EQ(c.rootCauseCode, RootCause::ScriptProcess);
    EXPECT_EQ(c.rootCause, QStringLiteral("Dialler retried too often"));
    EXPECT_EQ(c.outcome, ComplaintOutcome::PartlyUpheld);
    EXPECT_EQ(c.remedy, QStringLiteral("Apology letter"));
    EXPECT_EQ(c.correctiveKind, CorrectiveKind::ProcessChange);
    EXPECT_EQ(c.correctiveOwnerId, compliance);
    EXPECT_EQ(c.correctiveDueDate, QDate(2026, 4, 1));
    EXPECT_EQ(c.satisfactionAfter, 4);

    const std::vector<ComplaintEvent> ev = ComplaintService::events(*db, id);
    ASSERT_EQ(ev.size(), 5u);
    const std::vector<QString> actions{QStringLiteral("intake"), QStringLiteral("acknowledge"),
                                       QStringLiteral("investigate"), QStringLiteral("resolve"),
                                       QStringLiteral("close")};
    for (size_t i = 0; i < ev.size(); ++i) {
        EXPECT_EQ(ev[i].action, actions[i]);
        if (i > 0) {
            EXPECT_EQ(ev[i].userId, compliance);
            EXPECT_EQ(ev[i].fromStatus, ev[i - 1].toStatus);
            EXPECT_GE(ev[i].at, ev[i - 1].at);
        }
    }
    EXPECT_EQ(ev[1].note, QStringLiteral("Called back"));
    EXPECT_EQ(ev[4].toStatus, ComplaintStatus::Closed);
    for (const char* action :
         {"complaint.acknowledge", "complaint.investigate", "complaint.resolve", "complaint.close"})
        EXPECT_EQ(auditCount(QString::fromLatin1(action)), 1) << action;
    EXPECT_TRUE(AuditLog::verify(*db).ok);

    ComplaintService::reopen(*db, officer, id, QStringLiteral("New evidence"));
    const Complaint reopened = ComplaintService::find(*db, id);
    EXPECT_EQ(reopened.status, ComplaintStatus::Investigating);
    EXPECT_FALSE(reopened.resolvedAt.has_value());
    EXPECT_FALSE(reopened.closedAt.has_value());
    EXPECT_EQ(ComplaintService::events(*db, id).back().action, QStringLiteral("reopen"));
}

TEST_F(ComplaintServiceTest, InvalidTransitionsAreRefusedWithTheNextSteps)
{
    const qint64 id = ComplaintService::intake(*db, agentUser, basic()).complaintId;
    ComplaintResolution r;
    r.rootCause = RootCause::DataError;
    r.outcome = ComplaintOutcome::Upheld;
    const QString message = errorOf([&] { ComplaintService::resolve(*db, officer, id, r); });
    EXPECT_TRUE(message.contains(QStringLiteral("C-2026-0001")));
    EXPECT_TRUE(message.contains(QStringLiteral("acknowledged"))) << message.toStdString();
    errorOf([&] { ComplaintService::startInvestigation(*db, officer, id); });
    errorOf([&] { ComplaintService::close(*db, officer, id); });
    errorOf([&] { ComplaintService::reopen(*db, officer, id, QStringLiteral("why")); });
    errorOf([&] { ComplaintService::recordSatisfaction(*db, officer, id, 3); });
    ComplaintService::acknowledge(*db, officer, id);
    errorOf([&] { ComplaintService::acknowledge(*db, officer, id); });
    ComplaintService::startInvestigation(*db, officer, id);
    // Resolving needs a root cause and an outcome; a corrective action needs owner and date.
    ComplaintResolution missing;
    missing.outcome = ComplaintOutcome::Upheld;
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::resolve(*db, officer, id, missing);
                }).startsWith(QStringLiteral("Root cause")));
    missing.outcome.reset();
    missing.rootCause = RootCause::System;
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::resolve(*db, officer, id, missing);
                }).startsWith(QStringLiteral("Outcome")));
    r.correctiveAction = CorrectiveAction{CorrectiveKind::Training, QStringLiteral("Training"),
                                          std::nullopt, QDate(2026, 4, 1)};
    errorOf([&] { ComplaintService::resolve(*db, officer, id, r); });
    r.correctiveAction->ownerId = compliance;
    r.correctiveAction->dueDate = QDate();
    errorOf([&] { ComplaintService::resolve(*db, officer, id, r); });
    EXPECT_EQ(ComplaintService::find(*db, id).status, ComplaintStatus::Investigating);
    r.correctiveAction.reset();
    ComplaintService::resolve(*db, officer, id, r);
    errorOf([&] { ComplaintService::reopen(*db, officer, id, QStringLiteral("  ")); });
    ComplaintService::recordSatisfaction(*db, officer, id, 2);
    EXPECT_EQ(ComplaintService::find(*db, id).satisfactionAfter, 2);
    errorOf([&] { ComplaintService::recordSatisfaction(*db, officer, id, 6); });
    EXPECT_EQ(ComplaintService::events(*db, id).size(), 5u); // intake, ack, inv, resolve, sat.
}

TEST_F(ComplaintServiceTest, BackDatedStepsKeepTheOrder)
{
    const qint64 id = ComplaintService::intake(*db, agentUser, basic()).complaintId;
    errorOf([&] { ComplaintService::acknowledge(*db, officer, id, {}, local(2026, 3, 4, 8)); });
    errorOf([&] {
        ComplaintService::acknowledge(*db, officer, id, {},
                                      QDateTime::currentDateTimeUtc().addDays(2));
    });
    ComplaintService::acknowledge(*db, officer, id, {}, local(2026, 3, 6, 8));
    errorOf(
        [&] { ComplaintService::startInvestigation(*db, officer, id, {}, local(2026, 3, 5, 8)); });
    EXPECT_EQ(ComplaintService::find(*db, id).status, ComplaintStatus::Acknowledged);
}

TEST_F(ComplaintServiceTest, OnlyHandlersNotTheNamedAgentMoveComplaints)
{
    const qint64 id = ComplaintService::intake(*db, agentUser, basic()).complaintId;
    errorOf([&] { ComplaintService::acknowledge(*db, agentUser, id); }, Error::Kind::Permission);
    // agent1 is named in the complaint: even with a compliance role they may not handle it.
    const QString message = errorOf([&] { ComplaintService::acknowledge(*db, agentAsOfficer, id); },
                                    Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("about you")));
    errorOf([&] { ComplaintService::extend(*db, agentAsOfficer, id, 30, QStringLiteral("x")); },
            Error::Kind::Permission);
    EXPECT_EQ(ComplaintService::events(*db, id).size(), 1u);
    ComplaintService::acknowledge(*db, officer, id);
}

TEST_F(ComplaintServiceTest, DeadlineExtendsOnceWithAReasonUpToThirtyDays)
{
    const qint64 id = ComplaintService::intake(*db, agentUser, basic()).complaintId;
    const Complaint before = ComplaintService::find(*db, id);
    errorOf([&] { ComplaintService::extend(*db, officer, id, 31, QStringLiteral("Complex")); });
    errorOf([&] { ComplaintService::extend(*db, officer, id, 10, QStringLiteral("Complex")); });
    errorOf([&] { ComplaintService::extend(*db, officer, id, 25, {}); });
    ComplaintService::extend(*db, officer, id, 25, QStringLiteral("Waiting for client records"));
    const Complaint after = ComplaintService::find(*db, id);
    EXPECT_EQ(after.resolveDueAt, local(2026, 3, 29, 9));
    EXPECT_EQ(after.ackDueAt, before.ackDueAt);
    EXPECT_EQ(after.slaExtensionReason, QStringLiteral("Waiting for client records"));
    EXPECT_EQ(after.slaExtendedById, compliance);
    EXPECT_TRUE(after.slaExtendedAt.has_value());
    EXPECT_TRUE(errorOf([&] {
                    ComplaintService::extend(*db, officer, id, 30, QStringLiteral("More"));
                }).contains(QStringLiteral("once")));
    EXPECT_EQ(ComplaintService::find(*db, id).resolveDueAt, local(2026, 3, 29, 9));
    EXPECT_EQ(auditCount(QStringLiteral("complaint.extend")), 1);
    EXPECT_EQ(ComplaintService::events(*db, id).back().action, QStringLiteral("extend"));
}

TEST_F(ComplaintServiceTest, QueueIsSortedByUrgency)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto make = [&](qint64 hoursAgo, ComplaintStatus upTo, std::optional<qint64> onCase) {
        NewComplaint n = basic(now.addSecs(-hoursAgo * 3600));
        n.caseId = onCase;
        if (onCase != caseId)
            n.contactIds.clear();
        const qint64 id = ComplaintService::intake(*db, agentUser, n).complaintId;
        if (upTo != ComplaintStatus::Received)
            ComplaintService::acknowledge(*db, officer, id);
        if (upTo == ComplaintStatus::Investigating || upTo == ComplaintStatus::Resolved)
            ComplaintService::startInvestigation(*db, officer, id);
        if (upTo == ComplaintStatus::Resolved) {
            ComplaintResolution r;
            r.rootCause = RootCause::NotSubstantiated;
            r.outcome = ComplaintOutcome::NotUpheld;
            ComplaintService::resolve(*db, officer, id, r);
        }
        return id;
    };
    const qint64 onTrack = make(1, ComplaintStatus::Acknowledged, caseId);        // due in ~15 d
    const qint64 overdue = make(20 * 24, ComplaintStatus::Investigating, caseId); // due 5 d ago
    const qint64 ackOverdue = make(10 * 24, ComplaintStatus::Received, case2);    // ack overdue
    const qint64 done = make(2, ComplaintStatus::Resolved, caseId);
    const qint64 dueSoon = make(15 * 24 - 3, ComplaintStatus::Investigating, std::nullopt);

    const std::vector<ComplaintQueueItem> q = ComplaintService::queue(*db, now);
    std::vector<qint64> ids;
    for (const ComplaintQueueItem& i : q)
        ids.push_back(i.complaint.id);
    // Acknowledgement was due about 9 days ago, the resolution of "overdue" 5 days ago.
    EXPECT_EQ(ids, (std::vector<qint64>{ackOverdue, overdue, dueSoon, onTrack}));
    EXPECT_EQ(q[0].sla.state, SlaState::Overdue);
    EXPECT_EQ(q[0].sla.phase, SlaStatus::Phase::Acknowledge);
    EXPECT_EQ(q[1].sla.state, SlaState::Overdue);
    EXPECT_EQ(q[1].sla.phase, SlaStatus::Phase::Resolve);
    EXPECT_EQ(q[2].sla.state, SlaState::DueSoon);
    EXPECT_EQ(q[3].sla.state, SlaState::OnTrack);

    ComplaintQueueFilter onCase2;
    onCase2.caseId = case2;
    ASSERT_EQ(ComplaintService::queue(*db, now, onCase2).size(), 1u);
    ComplaintQueueFilter all;
    all.includeDone = true;
    const auto withDone = ComplaintService::queue(*db, now, all);
    ASSERT_EQ(withDone.size(), 5u);
    EXPECT_EQ(withDone.back().complaint.id, done);
    EXPECT_EQ(withDone.back().sla.phase, SlaStatus::Phase::Done);
}

TEST(ComplaintTaxonomy, ShippedTaxonomyCoversBothFamiliesAndTheCfpbSample)
{
    const ComplaintTaxonomy& t = ComplaintTaxonomy::shipped();
    const std::vector<TaxonomyCategory> cn = t.family(QStringLiteral("cn"));
    ASSERT_GE(cn.size(), 9u);
    for (const char* zh : {"暴力催收", "频繁骚扰", "骚扰第三人/通讯录", "冒充公检法", "泄露隐私",
                           "态度恶劣", "金额/费用争议", "已还款仍催收", "非本人债务"}) {
        const QString label = QString::fromUtf8(zh);
        EXPECT_TRUE(std::any_of(cn.begin(), cn.end(), [&](const TaxonomyCategory& c) {
            return c.label.zh.startsWith(label) && !c.label.en.isEmpty();
        })) << zh;
    }
    const TaxonomyCategory* old =
        t.findCfpb(QStringLiteral("Cont'd attempts collect debt not owed"),
                   QStringLiteral("Debt is not mine"));
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->era, QStringLiteral("old"));
    EXPECT_EQ(old->mapsTo, QStringLiteral("NOT_MINE"));
    ASSERT_NE(t.findCfpb(QStringLiteral("Communication tactics"), QString()), nullptr);
    EXPECT_EQ(t.findCfpb(QStringLiteral("Communication tactics"), QStringLiteral("Nope")), nullptr);

    // Every issue / sub-issue pair of the real CFPB sample is in the taxonomy.
    QFile sample(QStringLiteral(CASELOOP_TEST_DATA "/cfpb_debt_collection_sample.csv"));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(sample.readAll()).split(u'\n');
    // Issue and Sub-issue follow "Debt collection,<sub-product>," and contain no quotes in the
    // debt-collection rows; the sub-issue is the text up to the next comma or quoted field.
    int rowsChecked = 0;
    for (const QString& line : lines) {
        if (!line.contains(QStringLiteral(",Debt collection,")))
            continue;
        ++rowsChecked;
        const bool found = std::any_of(
            t.categories().begin(), t.categories().end(), [&](const TaxonomyCategory& c) {
                return c.family == u"cfpb" && !c.subIssue.isEmpty() &&
                       (line.contains(u',' + c.issue + u',' + c.subIssue + u',') ||
                        line.contains(u',' + c.issue + u",\"" + c.subIssue + u"\","));
            });
        EXPECT_TRUE(found) << line.left(160).toStdString();
    }
    EXPECT_EQ(rowsChecked, 200);
}

TEST(ComplaintTaxonomy, ParseIsStrict)
{
    auto error = [](const char* json) {
        try {
            ComplaintTaxonomy::parse(QByteArray(json), QStringLiteral("t.json"));
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    EXPECT_TRUE(
        error(
            R"({"version":1,"categories":[{"code":"A","family":"cn","label":{"en":"a","zh":"甲"},"severity":"low","colour":1}]})")
            .contains(QStringLiteral("categories[0].colour")));
    EXPECT_TRUE(
        error(
            R"({"version":1,"categories":[{"code":"A","family":"cn","label":{"en":"a","zh":"甲"},"severity":"huge"}]})")
            .contains(QStringLiteral("categories[0].severity")));
    EXPECT_TRUE(
        error(
            R"({"version":1,"categories":[{"code":"A","family":"cfpb","label":{"en":"a","zh":"甲"},"issue":"I","sub_issue":"","era":"new","maps_to":"B"}]})")
            .contains(QStringLiteral("maps_to")));
    EXPECT_TRUE(
        error(
            R"({"version":1,"categories":[{"code":"A","family":"cn","label":{"en":"a","zh":"甲"},"severity":"low"},{"code":"A","family":"cn","label":{"en":"b","zh":"乙"},"severity":"low"}]})")
            .contains(QStringLiteral("more than once")));
    EXPECT_TRUE(error(R"({"version":1,"categories":[]})").contains(QStringLiteral("categories")));
    EXPECT_TRUE(
        error(
            R"({"version":1,"categories":[{"code":"A","family":"cn","label":{"en":"a","zh":"甲"},"severity":"low"}]})")
            .isEmpty());
}
