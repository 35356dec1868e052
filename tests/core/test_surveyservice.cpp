#include "db/query.h"
#include "error.h"
#include "services/auditlog.h"
#include "services/surveyservice.h"
#include "support/casefixture.h"

#include <QFile>

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace caseloop;
using test::utc;

namespace {

using Dim = SurveyDimension;

/// A UserContext for a stored user.
UserContext as(qint64 id, Role role)
{
    return UserContext{id, QStringLiteral("u%1").arg(id), role, QStringLiteral("en")};
}

SurveyAnswers answers(int efficiency, int attitude, int quality, int overall,
                      std::optional<int> nps = 9, const QString& comment = {})
{
    SurveyAnswers a;
    a.scores = {{Dim::Efficiency, efficiency},
                {Dim::Attitude, attitude},
                {Dim::ServiceQuality, quality},
                {Dim::Overall, overall}};
    a.nps = nps;
    a.comment = comment;
    return a;
}

QByteArray shippedDebtorJson()
{
    QFile f(QStringLiteral(":/surveys/debtor-default.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// The fixture's two agents in a team supervised by "sup1"; a compliance officer "qa1"; a
/// conversation of agent1 on case 1 and one of agent2 on case 2.
class SurveyServiceTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        supervisor = addUser("sup1", Role::Supervisor);
        compliance = addUser("qa1", Role::Compliance);
        admin = addUser("admin1", Role::Admin);
        team = repos.teams().add(Team{0, QStringLiteral("Team A"), supervisor});
        for (const qint64 id : {agent, agent2}) {
            User u = *repos.users().find(id);
            u.teamId = team;
            repos.users().update(u);
        }
        contact1 = addContact(caseId, agent, utc(1'770'000'000'000), "answered");
        contact2 = addContact(case2, agent2, utc(1'770'000'100'000), "answered");
        qa = as(compliance, Role::Compliance);
    }

    qint64 addUser(const char* login, Role role)
    {
        User u;
        u.login = QString::fromLatin1(login);
        u.displayName = u.login;
        u.role = role;
        u.createdAt = utc(1);
        return repos.users().add(u);
    }

    qint64 addContact(qint64 onCase, qint64 by, const QDateTime& at, const char* outcome)
    {
        Contact k;
        k.caseId = onCase;
        k.agentId = by;
        k.startedAt = at;
        k.outcome = QString::fromLatin1(outcome);
        return repos.contacts().add(k);
    }

    NewSurveyResponse onContact1(const SurveyAnswers& a)
    {
        NewSurveyResponse r;
        r.surveyCode = QStringLiteral("debtor-default");
        r.contactId = contact1;
        r.channel = SurveyChannel::PhoneCallback;
        r.respondedAt = utc(1'770'000'500'000);
        r.answers = a;
        return r;
    }

    qint64 auditCount(const char* action)
    {
        Query q(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a"));
        q.bind(QStringLiteral(":a"), QString::fromLatin1(action)).exec().next();
        return q.value(0).toLongLong();
    }

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

    qint64 supervisor = 0;
    qint64 compliance = 0;
    qint64 admin = 0;
    qint64 team = 0;
    qint64 contact1 = 0;
    qint64 contact2 = 0;
    UserContext qa;
};

} // namespace

TEST_F(SurveyServiceTest, InstallingTheShippedDefinitionsIsIdempotent)
{
    EXPECT_EQ(SurveyService::installDefaults(*db, qa), 2);
    EXPECT_EQ(SurveyService::installDefaults(*db, qa), 0);
    EXPECT_EQ(rows(QStringLiteral("surveys")), 2);
    EXPECT_EQ(auditCount("survey.install"), 2);
    const auto debtorSurvey =
        SurveyService::latestDefinition(*db, QStringLiteral("debtor-default"));
    ASSERT_TRUE(debtorSurvey.has_value());
    EXPECT_EQ(debtorSurvey->version, 1);
    EXPECT_EQ(SurveyService::questionnaire(*db, debtorSurvey->id).dimensions.size(), 4u);
    EXPECT_TRUE(SurveyService::latestDefinition(*db, QStringLiteral("client-default")));
}

TEST_F(SurveyServiceTest, SavedDefinitionsBecomeNewVersionsAndResponsesKeepTheirs)
{
    const RecordedResponse first = SurveyService::record(*db, qa, onContact1(answers(4, 4, 4, 4)));
    const qint64 v1 = repos.surveys().findResponse(first.responseId)->surveyId;
    const QString v1Json = repos.surveys().findDefinition(v1)->definitionJson;

    nlohmann::json changed = nlohmann::json::parse(shippedDebtorJson().toStdString());
    changed["dimensions"][0]["anchors"]["2"]["en"] = "Rather slow";
    const QByteArray text = QByteArray::fromStdString(changed.dump());
    errorOf([&] { SurveyService::saveDefinition(*db, as(supervisor, Role::Supervisor), text); },
            Error::Kind::Permission);
    const qint64 v2 = SurveyService::saveDefinition(*db, as(admin, Role::Admin), text);
    EXPECT_NE(v2, v1);
    EXPECT_EQ(repos.surveys().findDefinition(v2)->version, 2);
    EXPECT_FALSE(repos.surveys().findDefinition(v1)->active);
    EXPECT_EQ(repos.surveys().findDefinition(v1)->definitionJson, v1Json); // never overwritten
    EXPECT_EQ(SurveyService::saveDefinition(*db, as(admin, Role::Admin), text), v2); // unchanged
    EXPECT_EQ(rows(QStringLiteral("surveys")), 3);
    EXPECT_EQ(auditCount("survey.save"), 1);

    const RecordedResponse second = SurveyService::record(*db, qa, onContact1(answers(4, 4, 4, 4)));
    EXPECT_EQ(repos.surveys().findResponse(second.responseId)->surveyId, v2);
    EXPECT_EQ(repos.surveys().findResponse(first.responseId)->surveyId, v1);
    // An exact old version can still be named (e.g. by an import of old results).
    NewSurveyResponse old = onContact1(answers(3, 3, 3, 3));
    old.surveyId = v1;
    EXPECT_EQ(
        repos.surveys().findResponse(SurveyService::record(*db, qa, old).responseId)->surveyId, v1);

    changed["respondent_type"] = "client";
    errorOf([&] {
        SurveyService::saveDefinition(*db, as(admin, Role::Admin),
                                      QByteArray::fromStdString(changed.dump()));
    });
}

TEST_F(SurveyServiceTest, RecordLinksCaseContactAndAgentAndAudits)
{
    NewSurveyResponse in = onContact1(answers(5, 4, 4, 5, 10, QStringLiteral("很专业")));
    in.answers.dimensionComments[Dim::Attitude] = QStringLiteral("耐心");
    in.externalId = QStringLiteral("SMS-77");
    const RecordedResponse out = SurveyService::record(*db, qa, in);
    EXPECT_FALSE(out.reviewItemId.has_value());
    const SurveyResponse r = *repos.surveys().findResponse(out.responseId);
    EXPECT_EQ(r.caseId, caseId); // from the contact
    EXPECT_EQ(r.contactId, contact1);
    EXPECT_EQ(r.subjectAgentId, agent); // the contact's agent
    EXPECT_EQ(r.recordedById, compliance);
    EXPECT_EQ(r.respondentType, RespondentType::Debtor);
    EXPECT_EQ(r.overall, 5);
    EXPECT_EQ(r.npsScore, 10);
    EXPECT_EQ(r.dimensionComments.at(QStringLiteral("attitude")), QStringLiteral("耐心"));
    EXPECT_EQ(r.externalId, QStringLiteral("SMS-77"));
    EXPECT_TRUE(r.recordedAt.has_value());
    EXPECT_TRUE(r.isCurrent());
    EXPECT_EQ(auditCount("survey_response.record"), 1);
    const QString details = Query::scalar(*db, QStringLiteral("SELECT details_json FROM audit_log "
                                                              "WHERE action = "
                                                              "'survey_response.record'"))
                                .toString();
    EXPECT_FALSE(details.contains(QStringLiteral("专业")));
    // The same provider id twice is refused.
    EXPECT_TRUE(
        errorOf([&] { SurveyService::record(*db, qa, in); }).contains(QStringLiteral("SMS-77")));
}

TEST_F(SurveyServiceTest, NobodyRecordsCorrectsOrDeletesAResponseAboutThemselves)
{
    // agent1 records a call-back on their own contact: refused.
    const UserContext self = as(agent, Role::Agent);
    const QString message =
        errorOf([&] { SurveyService::record(*db, self, onContact1(answers(5, 5, 5, 5))); },
                Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("about you")));
    NewSurveyResponse explicitSubject = onContact1(answers(5, 5, 5, 5));
    explicitSubject.contactId.reset();
    explicitSubject.caseId = case2;
    explicitSubject.subjectAgentId = agent;
    errorOf([&] { SurveyService::record(*db, self, explicitSubject); }, Error::Kind::Permission);
    EXPECT_EQ(rows(QStringLiteral("survey_responses")), 0);

    // Recorded by someone else, the agent may neither correct nor withdraw it, whatever role.
    const qint64 id = SurveyService::record(*db, qa, onContact1(answers(2, 2, 2, 2))).responseId;
    const UserContext selfAsSupervisor = as(agent, Role::Supervisor);
    SurveyCorrection better;
    better.answers = answers(5, 5, 5, 5);
    errorOf(
        [&] { SurveyService::correct(*db, selfAsSupervisor, id, better, QStringLiteral("typo")); },
        Error::Kind::Permission);
    errorOf([&] { SurveyService::withdraw(*db, selfAsSupervisor, id, QStringLiteral("wrong")); },
            Error::Kind::Permission);
    // Nor move a response onto themselves.
    SurveyCorrection toSelf;
    toSelf.subjectAgentId = agent2;
    errorOf(
        [&] {
            SurveyService::correct(*db, as(agent2, Role::Supervisor), id, toSelf,
                                   QStringLiteral("wrong agent"));
        },
        Error::Kind::Permission);
    // Another agent who did not record it may not correct it either.
    errorOf(
        [&] {
            SurveyService::correct(*db, as(agent2, Role::Agent), id, better,
                                   QStringLiteral("typo"));
        },
        Error::Kind::Permission);
    EXPECT_EQ(rows(QStringLiteral("survey_responses")), 1);
    EXPECT_TRUE(repos.surveys().findResponse(id)->isCurrent());
}

TEST_F(SurveyServiceTest, ScoresAreValidatedAgainstTheDefinitionVersion)
{
    EXPECT_TRUE(errorOf([&] {
                    SurveyService::record(*db, qa, onContact1(answers(6, 4, 4, 4)));
                }).contains(QStringLiteral("Efficiency")));
    EXPECT_TRUE(errorOf([&] {
                    SurveyService::record(*db, qa, onContact1(answers(4, 4, 4, 4, 11)));
                }).contains(QStringLiteral("0–10")));
    errorOf([&] { SurveyService::record(*db, qa, onContact1(SurveyAnswers{})); });
    NewSurveyResponse wrongCase = onContact1(answers(4, 4, 4, 4));
    wrongCase.caseId = case2;
    EXPECT_TRUE(errorOf([&] {
                    SurveyService::record(*db, qa, wrongCase);
                }).contains(QStringLiteral("CASE-2")));
    NewSurveyResponse noCase = onContact1(answers(4, 4, 4, 4));
    noCase.contactId.reset();
    EXPECT_TRUE(errorOf([&] {
                    SurveyService::record(*db, qa, noCase);
                }).startsWith(QStringLiteral("Case")));
    NewSurveyResponse early = onContact1(answers(4, 4, 4, 4));
    early.respondedAt = utc(1'700'000'000'000);
    errorOf([&] { SurveyService::record(*db, qa, early); });

    // A version with a 2–5 efficiency scale, no NPS and no comment on attitude.
    nlohmann::json j = nlohmann::json::parse(shippedDebtorJson().toStdString());
    j["dimensions"][0]["min"] = 2;
    j["dimensions"][0]["anchors"].erase("1");
    j["dimensions"][1]["comment"] = false;
    j.erase("nps");
    SurveyService::saveDefinition(*db, as(admin, Role::Admin), QByteArray::fromStdString(j.dump()));
    errorOf([&] { SurveyService::record(*db, qa, onContact1(answers(1, 4, 4, 4, std::nullopt))); });
    EXPECT_TRUE(errorOf([&] {
                    SurveyService::record(*db, qa, onContact1(answers(2, 4, 4, 4, 7)));
                }).startsWith(QStringLiteral("Recommendation")));
    NewSurveyResponse comment = onContact1(answers(2, 4, 4, 4, std::nullopt));
    comment.answers.dimensionComments[Dim::Attitude] = QStringLiteral("rude");
    errorOf([&] { SurveyService::record(*db, qa, comment); });
    EXPECT_EQ(rows(QStringLiteral("survey_responses")), 0);
    SurveyService::record(*db, qa, onContact1(answers(2, 4, 4, 4, std::nullopt)));
    EXPECT_EQ(rows(QStringLiteral("survey_responses")), 1);
}

TEST_F(SurveyServiceTest, CorrectionsAreNewVersionsThatSupersedeTheOld)
{
    const qint64 id = SurveyService::record(*db, qa, onContact1(answers(4, 4, 4, 4))).responseId;
    const SurveyResponse original = *repos.surveys().findResponse(id);
    SurveyCorrection c;
    c.answers = answers(4, 4, 4, 5);
    errorOf([&] { SurveyService::correct(*db, qa, id, c, QStringLiteral("  ")); });
    SurveyCorrection nothing;
    errorOf([&] { SurveyService::correct(*db, qa, id, nothing, QStringLiteral("why")); });

    const RecordedResponse fixed = SurveyService::correct(
        *db, as(supervisor, Role::Supervisor), id, c, QStringLiteral("Overall was misheard"));
    const SurveyResponse old = *repos.surveys().findResponse(id);
    const SurveyResponse now = *repos.surveys().findResponse(fixed.responseId);
    EXPECT_FALSE(old.isCurrent());
    EXPECT_EQ(old.overall, original.overall); // the old version's scores never change
    EXPECT_EQ(old.comment, original.comment);
    EXPECT_TRUE(old.withdrawnReason.isEmpty());
    EXPECT_TRUE(now.isCurrent());
    EXPECT_EQ(now.supersedesId, id);
    EXPECT_EQ(now.overall, 5);
    EXPECT_EQ(now.correctionReason, QStringLiteral("Overall was misheard"));
    EXPECT_EQ(now.recordedById, supervisor);
    EXPECT_EQ(now.subjectAgentId, agent);
    EXPECT_EQ(now.respondedAt, original.respondedAt);
    EXPECT_EQ(auditCount("survey_response.correct"), 1);

    const QString again =
        errorOf([&] { SurveyService::correct(*db, qa, id, c, QStringLiteral("x")); });
    EXPECT_TRUE(again.contains(QString::number(fixed.responseId)));
    const std::vector<SurveyResponse> all = SurveyService::versions(*db, id);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, id);
    EXPECT_EQ(all[1].id, fixed.responseId);
    EXPECT_EQ(SurveyService::versions(*db, fixed.responseId).size(), 2u);
    EXPECT_EQ(Query::scalar(*db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                                "superseded_at IS NULL"))
                  .toInt(),
              1);

    ASSERT_EQ(SurveyService::responsesForCase(*db, caseId).size(), 1u);
    EXPECT_EQ(SurveyService::responsesForCase(*db, caseId).front().id, fixed.responseId);
    EXPECT_EQ(SurveyService::responsesForCase(*db, caseId, false).size(), 2u);

    SurveyService::withdraw(*db, qa, fixed.responseId, QStringLiteral("Duplicate call"));
    const SurveyResponse withdrawn = *repos.surveys().findResponse(fixed.responseId);
    EXPECT_FALSE(withdrawn.isCurrent());
    EXPECT_EQ(withdrawn.withdrawnReason, QStringLiteral("Duplicate call"));
    errorOf([&] { SurveyService::correct(*db, qa, fixed.responseId, c, QStringLiteral("x")); });
    EXPECT_EQ(auditCount("survey_response.withdraw"), 1);
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(SurveyServiceTest, LowScoresOpenAReviewForTheTeamSupervisor)
{
    const RecordedResponse low = SurveyService::record(*db, qa, onContact1(answers(3, 3, 3, 2)));
    ASSERT_TRUE(low.reviewItemId.has_value());
    std::vector<ReviewItem> items = SurveyService::reviewItems(*db, supervisor, ReviewStatus::Open);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].responseId, low.responseId);
    EXPECT_EQ(items[0].agentId, agent);
    EXPECT_EQ(items[0].assigneeId, supervisor);
    EXPECT_EQ(auditCount("review_item.create"), 1);

    // Any single dimension at 1 is low too; 3s and 4s are not.
    EXPECT_TRUE(SurveyService::record(*db, qa, onContact1(answers(5, 1, 5, 5))).reviewItemId);
    EXPECT_FALSE(SurveyService::record(*db, qa, onContact1(answers(3, 2, 3, 3))).reviewItemId);
    EXPECT_TRUE(answers(2, 2, 2, 2).isLow());
    EXPECT_FALSE(answers(2, 2, 2, 3).isLow());

    // Correcting a low response that stays low opens no second review.
    SurveyCorrection c;
    c.answers = answers(3, 3, 3, 1);
    EXPECT_FALSE(
        SurveyService::correct(*db, qa, low.responseId, c, QStringLiteral("typo")).reviewItemId);
    EXPECT_EQ(rows(QStringLiteral("review_items")), 2);

    // The rated agent cannot complete their own review; the supervisor can, once.
    errorOf(
        [&] {
            SurveyService::completeReview(*db, as(agent, Role::Supervisor), *low.reviewItemId,
                                          QStringLiteral("done"));
        },
        Error::Kind::Permission);
    errorOf(
        [&] {
            SurveyService::completeReview(*db, as(agent2, Role::Agent), *low.reviewItemId,
                                          QStringLiteral("done"));
        },
        Error::Kind::Permission);
    SurveyService::completeReview(*db, as(supervisor, Role::Supervisor), *low.reviewItemId,
                                  QStringLiteral("Coached on patience"));
    errorOf([&] {
        SurveyService::completeReview(*db, as(supervisor, Role::Supervisor), *low.reviewItemId,
                                      QStringLiteral("again"));
    });
    items = SurveyService::reviewItems(*db, supervisor, ReviewStatus::Done);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].doneById, supervisor);
    EXPECT_EQ(items[0].note, QStringLiteral("Coached on patience"));

    // An agent without a team supervisor: the review is open but unassigned.
    User loner = *repos.users().find(agent2);
    loner.teamId.reset();
    repos.users().update(loner);
    NewSurveyResponse r = onContact1(answers(1, 1, 1, 1));
    r.contactId = contact2;
    const RecordedResponse unassigned = SurveyService::record(*db, qa, r);
    ASSERT_TRUE(unassigned.reviewItemId);
    EXPECT_FALSE(SurveyService::reviewItems(*db).front().assigneeId.has_value());
}

TEST_F(SurveyServiceTest, ACommentBecomesAComplaintInOneCall)
{
    const qint64 id =
        SurveyService::record(
            *db, qa, onContact1(answers(1, 1, 2, 1, 0, QStringLiteral("他骂我，还打给我妈"))))
            .responseId;
    NewComplaint details;
    details.category = QStringLiteral("RUDE");
    details.severity = Severity::High;
    const ComplaintIntake in = SurveyService::complaintFromResponse(*db, qa, id, details);
    const Complaint c = *repos.complaints().find(in.complaintId);
    EXPECT_EQ(c.responseId, id);
    EXPECT_EQ(c.source, QStringLiteral("debtor"));
    EXPECT_EQ(c.channel, QStringLiteral("phone"));
    EXPECT_EQ(c.caseId, caseId);
    EXPECT_EQ(c.agentId, agent);
    EXPECT_EQ(c.contactIds, std::vector<qint64>{contact1});
    EXPECT_EQ(c.description, QStringLiteral("他骂我，还打给我妈"));
    EXPECT_EQ(c.category, QStringLiteral("RUDE"));
    EXPECT_EQ(c.receivedAt, repos.surveys().findResponse(id)->recordedAt);
    EXPECT_EQ(ComplaintService::events(*db, in.complaintId).size(), 1u);
}

namespace {

/// Adds @p n conversations and @p n unanswered calls alternating between two agents and cases.
std::vector<qint64> addConversations(Repositories& repos, qint64 case1, qint64 case2, qint64 a1,
                                     qint64 a2, int n)
{
    std::vector<qint64> conversations;
    for (int i = 0; i < n; ++i) {
        Contact k;
        k.caseId = i % 2 ? case2 : case1;
        k.agentId = i % 2 ? a2 : a1;
        k.startedAt = utc(1'780'000'000'000 + qint64(i) * 60'000);
        k.outcome = QStringLiteral("promise_to_pay");
        conversations.push_back(repos.contacts().add(k));
        k.outcome = QStringLiteral("no_answer");
        repos.contacts().add(k);
    }
    return conversations;
}

} // namespace

TEST_F(SurveyServiceTest, PlannedTasksSampleConversationsDeterministically)
{
    const std::vector<qint64> conversations =
        addConversations(repos, caseId, case2, agent, agent2, 300);
    const QDateTime from = utc(1'780'000'000'000);
    const QDateTime to = from.addDays(1);
    SurveyTaskPolicy policy;
    policy.afterClosedCase = false;
    errorOf([&] { SurveyService::planTasks(*db, as(agent, Role::Agent), from, to, 42, policy); },
            Error::Kind::Permission);

    const SurveyTaskPlan plan = SurveyService::planTasks(*db, qa, from, to, 42, policy);
    EXPECT_EQ(plan.conversations, 300); // unanswered calls are no conversations
    std::set<qint64> expected;
    for (const qint64 id : conversations) {
        if (SurveyService::sampled(42, id, 10))
            expected.insert(id);
    }
    EXPECT_EQ(plan.sampled, int(expected.size()));
    EXPECT_GE(plan.sampled, 15); // about 10 % of 300
    EXPECT_LE(plan.sampled, 45);
    std::set<qint64> planned;
    for (const SurveyTask& t : SurveyService::tasks(*db)) {
        ASSERT_TRUE(t.contactId.has_value());
        planned.insert(*t.contactId);
        EXPECT_EQ(t.reason, SurveyTaskReason::SampledContact);
        EXPECT_EQ(t.channel, SurveyChannel::PhoneCallback); // no SMS or e-mail consent
        EXPECT_EQ(t.assigneeId, supervisor);
        EXPECT_NE(t.assigneeId, t.subjectAgentId);
        const Contact k = *repos.contacts().find(*t.contactId);
        EXPECT_EQ(t.subjectAgentId, k.agentId);
        EXPECT_EQ(t.caseId, k.caseId);
    }
    EXPECT_EQ(planned, expected);
    EXPECT_EQ(plan.taskIds.size(), expected.size());

    // The same seed again plans nothing new; another seed picks another sample.
    const SurveyTaskPlan again = SurveyService::planTasks(*db, qa, from, to, 42, policy);
    EXPECT_TRUE(again.taskIds.empty());
    EXPECT_EQ(again.alreadyPlanned, plan.sampled);
    std::set<qint64> other;
    for (const qint64 id : conversations) {
        if (SurveyService::sampled(7, id, 10))
            other.insert(id);
    }
    EXPECT_NE(other, expected);
    EXPECT_EQ(auditCount("survey_task.create"), qint64(expected.size()));
    EXPECT_EQ(auditCount("survey_task.plan"), 2);
}

TEST_F(SurveyServiceTest, PlanningIsReproducibleInAnotherDatabase)
{
    auto planOnce = [](quint64 seed) {
        test::TempDatabase tmp2;
        auto db2 = tmp2.open();
        Repositories r2(*db2);
        User u;
        u.login = QStringLiteral("a");
        u.displayName = u.login;
        u.createdAt = utc(1);
        const qint64 a1 = r2.users().add(u);
        u.login = QStringLiteral("b");
        const qint64 a2 = r2.users().add(u);
        const qint64 client =
            r2.clients().add(Client{0, QStringLiteral("C"), QStringLiteral("C"), {}});
        Debtor d;
        d.fullName = QStringLiteral("D");
        d.createdAt = utc(1);
        d.phones.push_back(Phone{0, QStringLiteral("+8613800000001"), QStringLiteral("mobile"),
                                 false, std::nullopt});
        const qint64 debtorId = r2.debtors().add(d);
        Case c;
        c.clientId = client;
        c.debtorId = debtorId;
        c.placedDate = QDate(2025, 1, 1);
        c.placedBalance = c.currentBalance = Money{100, QStringLiteral("CNY")};
        c.updatedAt = utc(1);
        c.ref = QStringLiteral("K1");
        const qint64 k1 = r2.cases().add(c);
        c.ref = QStringLiteral("K2");
        const qint64 k2 = r2.cases().add(c);
        addConversations(r2, k1, k2, a1, a2, 200);
        SurveyTaskPolicy p;
        p.conversationSharePct = 25;
        const QDateTime from = utc(1'780'000'000'000);
        SurveyService::planTasks(*db2, UserContext::system(), from, from.addDays(1), seed, p);
        std::vector<qint64> contacts;
        for (const SurveyTask& t : SurveyService::tasks(*db2))
            contacts.push_back(*t.contactId);
        return contacts;
    };
    const std::vector<qint64> first = planOnce(2026);
    EXPECT_EQ(first, planOnce(2026));
    EXPECT_NE(first, planOnce(2027));
    EXPECT_GT(first.size(), 20u);
}

TEST_F(SurveyServiceTest, PlanningHonoursConsentHoldsClosedCasesAndTheHandler)
{
    // case2 was closed in the period; case 1's debtor consented to SMS.
    Case k2 = *repos.cases().find(case2);
    k2.status = CaseStatus::Closed;
    k2.agentId = agent2;
    k2.updatedAt = utc(1'780'000'030'000);
    repos.cases().update(k2);
    Debtor d = *repos.debtors().find(debtor);
    d.consentSms = true;
    repos.debtors().update(d);

    // agent2 supervises their own team: nobody else can be assigned a call-back about them.
    const qint64 team2 = repos.teams().add(Team{0, QStringLiteral("Team B"), agent2});
    User u2 = *repos.users().find(agent2);
    u2.teamId = team2;
    repos.users().update(u2);

    const QDateTime from = utc(1'780'000'000'000);
    const QDateTime to = from.addDays(1);
    SurveyTaskPolicy all;
    all.conversationSharePct = 100;
    const qint64 convo = addContact(caseId, agent, from.addSecs(60), "answered");
    addContact(caseId, agent, from.addSecs(120), "busy");
    const qint64 answeredAlready = addContact(caseId, agent, from.addSecs(180), "answered");
    NewSurveyResponse r = onContact1(answers(4, 4, 4, 4));
    r.contactId = answeredAlready;
    r.respondedAt = from.addSecs(600);
    SurveyService::record(*db, qa, r);

    const SurveyTaskPlan plan = SurveyService::planTasks(*db, qa, from, to, 1, all);
    EXPECT_EQ(plan.closedCases, 1);
    EXPECT_EQ(plan.conversations, 2);
    EXPECT_EQ(plan.alreadyPlanned, 1); // the contact with a response
    const std::vector<SurveyTask> tasks = SurveyService::tasks(*db);
    ASSERT_EQ(tasks.size(), 2u);
    const SurveyTask& closed =
        tasks[0].reason == SurveyTaskReason::CaseClosed ? tasks[0] : tasks[1];
    const SurveyTask& sampledTask =
        tasks[0].reason == SurveyTaskReason::CaseClosed ? tasks[1] : tasks[0];
    EXPECT_EQ(closed.caseId, case2);
    EXPECT_EQ(closed.subjectAgentId, agent2);
    EXPECT_EQ(closed.channel, SurveyChannel::Sms); // same debtor, SMS consent
    EXPECT_FALSE(closed.assigneeId.has_value());
    EXPECT_EQ(sampledTask.contactId, convo);
    EXPECT_EQ(sampledTask.channel, SurveyChannel::Sms);

    // Without consent the call-back about agent2 goes to nobody rather than to agent2.
    d.consentSms = false;
    repos.debtors().update(d);
    SurveyService::cancelTask(*db, qa, closed.id);
    Query::run(*db, QStringLiteral("DELETE FROM survey_tasks WHERE reason = 'case_closed'"));
    SurveyService::planTasks(*db, qa, from, to, 1, all);
    const auto replanned = SurveyService::tasks(*db);
    const auto it = std::find_if(replanned.begin(), replanned.end(), [](const SurveyTask& t) {
        return t.reason == SurveyTaskReason::CaseClosed;
    });
    ASSERT_NE(it, replanned.end());
    EXPECT_EQ(it->channel, SurveyChannel::PhoneCallback);
    EXPECT_FALSE(it->assigneeId.has_value());

    // A cease-communication hold excludes the debtor's cases.
    Query::run(*db, QStringLiteral("DELETE FROM survey_tasks"));
    Hold h;
    h.debtorId = debtor;
    h.type = HoldType::CeaseCommunication;
    h.since = utc(1);
    repos.holds().add(h);
    const SurveyTaskPlan held = SurveyService::planTasks(*db, qa, from, to, 1, all);
    EXPECT_TRUE(held.taskIds.empty());
    EXPECT_EQ(held.excluded, 2);
}

TEST_F(SurveyServiceTest, RecordingFromATaskCompletesIt)
{
    SurveyTaskPolicy all;
    all.afterClosedCase = false;
    all.conversationSharePct = 100;
    const QDateTime from = utc(1'770'000'000'000);
    SurveyService::planTasks(*db, qa, from, from.addDays(1), 5, all);
    std::vector<SurveyTask> open = SurveyService::tasks(*db, SurveyTaskStatus::Open, supervisor);
    ASSERT_EQ(open.size(), 2u);
    NewSurveyResponse r;
    r.surveyCode = QStringLiteral("debtor-default");
    r.taskId = open[0].id;
    r.answers = answers(4, 4, 4, 4);
    const qint64 id = SurveyService::record(*db, as(supervisor, Role::Supervisor), r).responseId;
    const SurveyResponse stored = *repos.surveys().findResponse(id);
    EXPECT_EQ(stored.contactId, open[0].contactId);
    EXPECT_EQ(stored.subjectAgentId, open[0].subjectAgentId);
    const std::vector<SurveyTask> done = SurveyService::tasks(*db, SurveyTaskStatus::Done);
    ASSERT_EQ(done.size(), 1u);
    EXPECT_EQ(done[0].responseId, id);
    errorOf([&] { SurveyService::record(*db, as(supervisor, Role::Supervisor), r); });
}
