// CaseFactory: survey responses and complaints that follow contacts.

#include "demo/casefactory.h"
#include "demo/casefactoryparts.h"
#include "demo/demodata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace caseloop::demo {

using namespace parts;

namespace {

QString surveyComment(Random& rng, int overall, bool chinese)
{
    const TextPools& pools = surveyComments();
    auto pick = [&rng](const QStringList& pool) { return pool[rng.index(pool.size())]; };
    if (rng.chance(0.12))
        return pick(pools.junk);
    // Chinese-speaking debtors sometimes answer in English and the other way round.
    const bool zh = rng.chance(0.9) ? chinese : !chinese;
    const QStringList& pool = overall >= 4   ? (zh ? pools.positiveZh : pools.positiveEn)
                              : overall == 3 ? (zh ? pools.neutralZh : pools.neutralEn)
                                             : (zh ? pools.negativeZh : pools.negativeEn);
    QString text = pick(pool);
    if (rng.chance(0.15)) // a longer remark
        text += (zh ? QStringLiteral("，") : QStringLiteral(", ")) + pick(pool);
    if (rng.chance(0.09)) // emoji lost on the way
        text += rng.chance(0.5) ? QStringLiteral(" ??") : QStringLiteral("????");
    return text;
}

std::optional<int> npsFor(Random& rng, int overall)
{
    if (rng.chance(0.3))
        return std::nullopt;
    static constexpr int low[] = {0, 0, 2, 5, 7, 9};
    static constexpr int high[] = {0, 3, 5, 7, 9, 10};
    int score = int(rng.between(low[overall], high[overall]));
    if (overall == 5 && rng.chance(0.12))
        score = 8;
    return score;
}

} // namespace

void CaseFactory::addResponse(Random& rng, const Debtor& debtor, const Case& k,
                              const ContactRow& contact)
{
    const AgentInfo& agent = m_world.agents[size_t(k.agent)];
    const double p = std::min(0.9, 0.17 * agent.surveyFactor);
    if (!rng.chance(p))
        return;
    const qint64 at = contact.ms + rng.between(2, 72) * hourMs + rng.between(0, 3599) * 1000;
    if (at >= m_world.window.endMs)
        return;

    static const double usChannels[] = {40, 25, 20, 12, 3};
    static const double cnChannels[] = {45, 30, 3, 10, 12};
    static constexpr SurveyChannel channels[] = {SurveyChannel::PhoneCallback, SurveyChannel::Sms,
                                                 SurveyChannel::Email, SurveyChannel::Web,
                                                 SurveyChannel::ThirdParty};
    const SurveyChannel channel = channels[rng.weighted(debtor.chinese ? cnChannels : usChannels)];

    double good = m_world.afterAction(at) ? agent.goodShareAfter : agent.goodShare;
    if (channel == SurveyChannel::Email)
        good -= 0.08;
    if (contact.outcome == Refused || contact.outcome == DisputeRaised)
        good -= 0.1;
    if (debtor.chinese)
        good -= 0.02;
    good = std::clamp(good, 0.05, 0.99);

    const int overall = drawScore(rng, good);
    auto dimension = [&]() -> std::optional<int> {
        if (rng.chance(0.05))
            return std::nullopt; // skipped
        const double u = rng.uniform();
        return std::clamp(overall + (u < 0.13 ? -1 : (u > 0.9 ? 1 : 0)), 1, 5);
    };
    const std::optional<int> efficiency = dimension();
    const std::optional<int> attitude = dimension();
    const std::optional<int> quality = dimension();
    // overall < 0: skipped (written as NULL).
    const int overallValue = rng.chance(0.02) ? -1 : overall;
    const std::optional<int> nps = npsFor(rng, overall);
    const bool commented = rng.chance(overall == 1 ? 0.49 : 0.28);
    const QString comment = commented ? surveyComment(rng, overall, debtor.chinese) : QString();

    // Call-backs are made by the agent's supervisor, other channels are imported by compliance:
    // never by the agent being rated.
    const qint64 recordedBy = channel == SurveyChannel::PhoneCallback
                                  ? m_world.teams[size_t(agent.team)].supervisorId
                                  : m_world.complianceId;
    *m_responses << m_nextResponse++ << m_world.debtorSurveyId << k.id << contact.id << k.agentId
                 << recordedBy << "debtor" << codeOf(channel) << at << efficiency << attitude
                 << quality;
    if (overallValue < 0)
        m_responses->null();
    else
        *m_responses << overallValue;
    *m_responses << nps << comment;
    ++m_counts.responses;
}

void CaseFactory::addComplaint(Random& rng, const Debtor& debtor, const Case& k,
                               const std::vector<ContactRow>& contacts, size_t index)
{
    const ContactRow& contact = contacts[index];
    const AgentInfo& agent = m_world.agents[size_t(k.agent)];
    const bool after = m_world.afterAction(contact.ms);
    const bool behaving = !agent.worse || after;
    const double factor = after ? agent.complaintFactorAfter : agent.complaintFactor;
    const double p = 0.0014 * factor * (outcomeInfo(contact.outcome).conversation ? 1.6 : 0.8);
    if (!rng.chance(p))
        return;
    const Window& w = m_world.window;
    const qint64 received = contact.ms + rng.between(1, 120) * hourMs;
    if (received >= w.endMs)
        return;

    const auto& categories = complaintCategories();
    std::vector<double> weights;
    for (const ComplaintCategory& c : categories)
        weights.push_back(behaving ? c.weight : c.worseWeight);
    const ComplaintCategory& category =
        categories[size_t(rng.weighted(std::span<const double>(weights)))];
    const int severity =
        std::clamp(category.severity + int(rng.between(-1, 1)) * int(rng.chance(0.3)), 0, 3);
    static constexpr Severity severities[] = {Severity::Low, Severity::Medium, Severity::High,
                                              Severity::Critical};

    static constexpr double sourceWeights[] = {70, 10, 15, 5};
    const int source = rng.weighted(sourceWeights);
    static const QString sources[] = {QStringLiteral("debtor"), QStringLiteral("client"),
                                      QStringLiteral("regulator"), QStringLiteral("social_media")};
    QString channel;
    QString external;
    if (source == 2) {
        channel = QStringLiteral("portal");
        external =
            debtor.chinese
                ? QStringLiteral("12378-") + QString::number(rng.between(1000000000, 9999999999))
                : QStringLiteral("CFPB-") + QString::number(rng.between(100000000, 999999999));
    } else if (source == 1) {
        channel = QStringLiteral("email");
        external = QStringLiteral("CT-") + QString::number(rng.between(100000, 999999));
    } else if (source == 3) {
        channel = QStringLiteral("web");
    } else {
        static constexpr double cw[] = {50, 20, 10, 20};
        static const QString cs[] = {QStringLiteral("phone"), QStringLiteral("email"),
                                     QStringLiteral("letter"), QStringLiteral("web")};
        channel = cs[rng.weighted(cw)];
    }

    // SLA: acknowledge within 15 days, final answer within 60 (CFPB portal; CN 15 + extensions).
    const qint64 ackDue = received + 15 * dayMs;
    const qint64 resolveDue = received + 60 * dayMs;
    std::optional<qint64> acknowledged;
    std::optional<qint64> resolved;
    qint64 ackAt = rng.chance(0.96) ? received + qint64(rng.logNormal(1.2, 0.8) * double(dayMs))
                                    : received + rng.between(16, 25) * dayMs;
    ackAt = std::max(ackAt, received + hourMs);
    const bool acknowledgedYet = ackAt < w.endMs;
    qint64 resolvedAt = received + qint64(std::min(90.0, rng.logNormal(14, 0.7)) * double(dayMs));
    resolvedAt = std::max(resolvedAt, ackAt + hourMs);
    const bool resolvedYet = acknowledgedYet && resolvedAt < w.endMs;
    if (acknowledgedYet)
        acknowledged = ackAt;
    if (resolvedYet)
        resolved = resolvedAt;

    QString status;
    std::optional<QUtf8StringView> outcome;
    QString rootCause;
    QString corrective;
    std::optional<int> satisfaction;
    if (resolvedYet) {
        status = resolvedAt < w.endMs - 14 * dayMs ? QStringLiteral("closed")
                                                   : QStringLiteral("resolved");
        const double upheld = category.conduct && !behaving ? 0.45 : 0.22;
        const double partly = category.conduct && !behaving ? 0.25 : 0.18;
        const double u = rng.uniform();
        const ComplaintOutcome o = u < upheld            ? ComplaintOutcome::Upheld
                                   : u < upheld + partly ? ComplaintOutcome::PartlyUpheld
                                                         : ComplaintOutcome::NotUpheld;
        outcome = codeOf(o);
        rootCause = complaintRootCause(category.code, category.conduct, debtor.chinese);
        if (o != ComplaintOutcome::NotUpheld)
            corrective =
                complaintCorrectiveAction(category.conduct, int(rng.between(0, 2)), debtor.chinese);
        if (rng.chance(0.65))
            satisfaction = drawScore(rng, o == ComplaintOutcome::NotUpheld ? 0.35 : 0.7);
    } else if (acknowledgedYet) {
        status = rng.chance(0.6) ? QStringLiteral("investigating") : QStringLiteral("acknowledged");
    } else {
        status = QStringLiteral("received");
    }

    const qint64 id = m_nextComplaint++;
    const QDate receivedDate = QDateTime::fromMSecsSinceEpoch(received, QTimeZone::utc()).date();
    *m_complaints
        << id
        << QStringLiteral("CMP-%1-%2").arg(receivedDate.year()).arg(id, 6, 10, QLatin1Char('0'))
        << external << k.id << k.agentId << sources[source] << channel << category.code
        << codeOf(severities[severity]) << received << ackDue << acknowledged << resolveDue
        << resolved << status << outcome << rootCause << corrective
        << complaintDescription(category.code, debtor.chinese) << satisfaction;
    ++m_counts.complaints;

    // Evidence: the contact that triggered it, and for frequency complaints the calls before.
    const size_t earlier = category.code == QLatin1String("FREQUENT") ? 4 : 1;
    for (size_t j = 0; j <= std::min(index, earlier); ++j)
        *m_complaintContacts << id << contacts[index - j].id;
}

} // namespace caseloop::demo
