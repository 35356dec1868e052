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

void expectSame(const SurveyResponse& a, const SurveyResponse& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.surveyId, b.surveyId);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.contactId, b.contactId);
    EXPECT_EQ(a.subjectAgentId, b.subjectAgentId);
    EXPECT_EQ(a.recordedById, b.recordedById);
    EXPECT_EQ(a.respondentType, b.respondentType);
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.respondedAt.toMSecsSinceEpoch(), b.respondedAt.toMSecsSinceEpoch());
    EXPECT_EQ(a.efficiency, b.efficiency);
    EXPECT_EQ(a.attitude, b.attitude);
    EXPECT_EQ(a.serviceQuality, b.serviceQuality);
    EXPECT_EQ(a.overall, b.overall);
    EXPECT_EQ(a.npsScore, b.npsScore);
    EXPECT_EQ(a.comment, b.comment);
    EXPECT_EQ(a.clientId, b.clientId);
    EXPECT_EQ(a.dimensionComments, b.dimensionComments);
    EXPECT_EQ(a.externalId, b.externalId);
    EXPECT_EQ(a.recordedAt, b.recordedAt);
    EXPECT_EQ(a.supersedesId, b.supersedesId);
    EXPECT_EQ(a.correctionReason, b.correctionReason);
    EXPECT_EQ(a.supersededAt, b.supersededAt);
    EXPECT_EQ(a.withdrawnReason, b.withdrawnReason);
}

void expectSame(const SurveyDefinition& a, const SurveyDefinition& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.version, b.version);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.definitionJson, b.definitionJson);
    EXPECT_EQ(a.active, b.active);
}

SurveyDefinition definition(const QString& code, int version)
{
    return SurveyDefinition{0,
                            code,
                            version,
                            QStringLiteral("催收回访问卷 v%1").arg(version),
                            QStringLiteral("{\"questions\":[\"efficiency\",\"attitude\"]}"),
                            true};
}

class SqlSurveyRepositoryTest : public test::CaseFixture {};

} // namespace

TEST_F(SqlSurveyRepositoryTest, DefinitionsRoundTripAndLatestVersionWins)
{
    SurveyDefinition v1 = definition(QStringLiteral("debtor-callback"), 1);
    v1.active = false;
    v1.id = repos.surveys().addDefinition(v1);
    SurveyDefinition v3 = definition(QStringLiteral("debtor-callback"), 3);
    v3.id = repos.surveys().addDefinition(v3);
    SurveyDefinition v2 = definition(QStringLiteral("debtor-callback"), 2);
    v2.id = repos.surveys().addDefinition(v2);
    SurveyDefinition other = definition(QStringLiteral("client-quarterly"), 1);
    other.id = repos.surveys().addDefinition(other);

    expectSame(*repos.surveys().findDefinition(v1.id), v1);
    expectSame(*repos.surveys().findLatestDefinition(QStringLiteral("debtor-callback")), v3);
    EXPECT_FALSE(repos.surveys().findLatestDefinition(QStringLiteral("none")).has_value());
    EXPECT_FALSE(repos.surveys().findDefinition(999).has_value());

    std::vector<qint64> ids;
    for (const SurveyDefinition& d : repos.surveys().listDefinitions())
        ids.push_back(d.id);
    EXPECT_EQ(ids, (std::vector<qint64>{other.id, v1.id, v2.id, v3.id}));

    EXPECT_THROW(repos.surveys().addDefinition(definition(QStringLiteral("debtor-callback"), 2)),
                 Error);
    EXPECT_EQ(rows(QStringLiteral("surveys")), 4);
}

TEST_F(SqlSurveyRepositoryTest, ResponsesRoundTripEveryField)
{
    const qint64 survey = repos.surveys().addDefinition(definition(QStringLiteral("s"), 1));
    Contact contact;
    contact.caseId = caseId;
    contact.agentId = agent;
    contact.startedAt = utc(10);
    contact.outcome = QStringLiteral("answered");
    const qint64 contactId = repos.contacts().add(contact);

    SurveyResponse full;
    full.surveyId = survey;
    full.caseId = caseId;
    full.contactId = contactId;
    full.subjectAgentId = agent;
    full.recordedById = agent2;
    full.respondentType = RespondentType::Debtor;
    full.channel = SurveyChannel::PhoneCallback;
    full.respondedAt = utc(1'700'000'000'314);
    full.efficiency = 5;
    full.attitude = 1;
    full.serviceQuality = 4;
    full.overall = 3;
    full.npsScore = 0;
    full.comment = QStringLiteral("催收员态度很好，但电话太频繁。");
    full.id = repos.surveys().addResponse(full);
    ASSERT_GT(full.id, 0);
    expectSame(*repos.surveys().findResponse(full.id), full);

    SurveyResponse sparse;
    sparse.surveyId = survey;
    sparse.respondentType = RespondentType::Client;
    sparse.channel = SurveyChannel::ThirdParty;
    sparse.respondedAt = utc(7);
    sparse.npsScore = 10;
    sparse.id = repos.surveys().addResponse(sparse);
    const SurveyResponse found = *repos.surveys().findResponse(sparse.id);
    expectSame(found, sparse);
    EXPECT_FALSE(found.caseId.has_value());
    EXPECT_FALSE(found.efficiency.has_value());
    EXPECT_FALSE(repos.surveys().findResponse(sparse.id + 1).has_value());
}

TEST_F(SqlSurveyRepositoryTest, ListsResponsesByCaseNewestFirst)
{
    const qint64 survey = repos.surveys().addDefinition(definition(QStringLiteral("s"), 1));
    auto add = [&](std::optional<qint64> onCase, qint64 at) {
        SurveyResponse r;
        r.surveyId = survey;
        r.caseId = onCase;
        r.respondedAt = utc(at);
        r.overall = 4;
        return repos.surveys().addResponse(r);
    };
    const qint64 a = add(caseId, 100);
    const qint64 b = add(caseId, 500);
    add(case2, 900);
    add(std::nullopt, 900);
    std::vector<qint64> ids;
    for (const SurveyResponse& r : repos.surveys().listResponsesByCase(caseId))
        ids.push_back(r.id);
    EXPECT_EQ(ids, (std::vector<qint64>{b, a}));
}

TEST_F(SqlSurveyRepositoryTest, ScoreOutOfRangeAndMissingSurveyAreRefused)
{
    const qint64 survey = repos.surveys().addDefinition(definition(QStringLiteral("s"), 1));
    SurveyResponse r;
    r.surveyId = survey;
    r.respondedAt = utc(1);
    r.overall = 6;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    r.overall = 0;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    r.overall = 5;
    r.npsScore = 11;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    r.npsScore = -1;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    r.npsScore = 9;
    r.surveyId = survey + 50;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    r.surveyId = survey;
    r.contactId = 999;
    EXPECT_THROW(repos.surveys().addResponse(r), Error);
    EXPECT_EQ(rows(QStringLiteral("survey_responses")), 0);
}

TEST_F(SqlSurveyRepositoryTest, VersionsSupersedeOnceAndKeepTheirFields)
{
    const qint64 survey = repos.surveys().addDefinition(definition(QStringLiteral("s"), 1));
    SurveyResponse first;
    first.surveyId = survey;
    first.caseId = caseId;
    first.respondedAt = utc(1'000);
    first.overall = 2;
    first.externalId = QStringLiteral("SMS-1");
    first.recordedAt = utc(2'000);
    first.clientId = repos.cases().find(caseId)->clientId;
    first.dimensionComments = {{QStringLiteral("attitude"), QStringLiteral("态度差")},
                               {QStringLiteral("overall"), QStringLiteral("\"quoted\"")}};
    first.id = repos.surveys().addResponse(first);
    expectSame(*repos.surveys().findResponse(first.id), first);
    EXPECT_FALSE(repos.surveys().findSuccessor(first.id).has_value());

    SurveyResponse second = first;
    second.overall = 4;
    second.supersedesId = first.id;
    second.correctionReason = QStringLiteral("misheard");
    second.recordedAt = utc(3'000);
    repos.surveys().markSuperseded(first.id, utc(3'000));
    second.id = repos.surveys().addResponse(second);
    first.supersededAt = utc(3'000);
    expectSame(*repos.surveys().findResponse(first.id), first);
    expectSame(*repos.surveys().findSuccessor(first.id), second);
    // The provider id finds the current version.
    EXPECT_EQ(repos.surveys().findResponseByExternalId(QStringLiteral("SMS-1"))->id, second.id);
    EXPECT_FALSE(repos.surveys().findResponseByExternalId(QStringLiteral("SMS-2")).has_value());

    // A superseded version cannot be superseded again; withdrawing keeps the reason.
    EXPECT_THROW(repos.surveys().markSuperseded(first.id, utc(4'000)), Error);
    repos.surveys().markSuperseded(second.id, utc(5'000), QStringLiteral("duplicate"));
    const SurveyResponse withdrawn = *repos.surveys().findResponse(second.id);
    EXPECT_EQ(withdrawn.withdrawnReason, QStringLiteral("duplicate"));
    EXPECT_FALSE(withdrawn.isCurrent());
    EXPECT_EQ(repos.surveys().findResponse(first.id)->overall, 2);
}
