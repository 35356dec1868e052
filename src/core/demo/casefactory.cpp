#include "demo/casefactory.h"

#include "demo/casefactoryparts.h"
#include "demo/demodata.h"

#include <algorithm>
#include <cstdio>

namespace caseloop::demo {

using namespace parts;

const std::vector<TableSpec>& CaseFactory::tables()
{
    static const std::vector<TableSpec> specs = [] {
        auto spec = [](const char* name, const char* columns) {
            return TableSpec{QString::fromLatin1(name),
                             QString::fromLatin1(columns).split(QLatin1Char(','))};
        };
        return std::vector<TableSpec>{
            spec("debtors", "id,full_name,name_norm,preferred_language,time_zone,country,region,"
                            "city,postal_code,address_line,consent_sms,consent_email,created_at"),
            spec("debtor_phones", "id,debtor_id,number,kind,workplace,opted_out_at"),
            spec("debtor_emails", "id,debtor_id,address,workplace,opted_out_at"),
            spec("cases", "id,ref,client_id,debtor_id,client_ref,original_creditor,placed_date,"
                          "placed_balance_minor,current_balance_minor,currency,status,agent_id,"
                          "rule_profile,updated_at,last_contact_at"),
            spec("holds", "id,debtor_id,case_id,type,since_at,until_at,note,created_by,contact_id"),
            spec("contacts", "id,case_id,agent_id,channel,direction,started_at,ended_at,outcome,"
                             "rpc,phone_id,email_id,notes,visit_address,visit_result,"
                             "recorded_at,recorded_by"),
            spec("followups", "id,case_id,agent_id,type,due_at,note,done_at,created_at,contact_id"),
            spec("promises", "id,case_id,agent_id,amount_minor,currency,due_date,grace_days,"
                             "status,kept_at,created_at,paid_minor,contact_id"),
            spec("payments", "id,case_id,agent_id,amount_minor,currency,paid_at,promise_id"),
            spec("survey_responses",
                 "id,survey_id,case_id,contact_id,subject_agent_id,recorded_by_id,"
                 "respondent_type,channel,responded_at,efficiency,attitude,service_quality,"
                 "overall,nps_score,comment"),
            spec("complaints", "id,ref,external_id,case_id,agent_id,source,channel,category,"
                               "severity,received_at,ack_due_at,acknowledged_at,resolve_due_at,"
                               "resolved_at,status,outcome,root_cause,corrective_action,"
                               "description,satisfaction_after"),
            spec("complaint_contacts", "complaint_id,contact_id"),
        };
    }();
    return specs;
}

CaseFactory::CaseFactory(const World& world)
    : m_world(world)
{
    pointBuffers(nullptr);
    for (const ClientDef& client : clients())
        m_clientCodes.push_back(client.code.right(3).toUtf8());
    const Window& w = world.window;
    for (int d = -1; d < w.days + 420; ++d)
        m_dates.push_back(w.date(d).toString(Qt::ISODate).toUtf8());
}

CaseFactory::~CaseFactory() = default;

void CaseFactory::pointBuffers(const std::vector<RowBuffer>* previous)
{
    m_batch.clear();
    m_batch.resize(tables().size());
    // The next batch will be about as large as the previous one: reserve that much at once.
    if (previous != nullptr) {
        for (size_t i = 0; i < m_batch.size() && i < previous->size(); ++i) {
            const RowBuffer& last = (*previous)[i];
            m_batch[i].reserve(last.size() + last.size() / 8,
                               last.textBytes() + last.textBytes() / 8);
        }
    }
    RowBuffer** targets[] = {&m_debtors,  &m_phones,    &m_emails,     &m_cases,
                             &m_holds,    &m_contacts,  &m_followUps,  &m_promises,
                             &m_payments, &m_responses, &m_complaints, &m_complaintContacts};
    for (size_t i = 0; i < std::size(targets); ++i)
        *targets[i] = &m_batch[i];
}

std::vector<RowBuffer> CaseFactory::takeBatch()
{
    std::vector<RowBuffer> batch = std::move(m_batch);
    pointBuffers(&batch);
    return batch;
}

QUtf8StringView CaseFactory::dateText(int day) const
{
    return m_dates[size_t(std::clamp(day + 1, 0, int(m_dates.size()) - 1))];
}

qint64 CaseFactory::localTime(Random& rng, const Debtor& debtor, int day, bool outOfHours) const
{
    static constexpr int hourWeights[] = {4, 9, 11, 10, 6, 7, 9, 9, 9, 10, 9, 7, 4}; // 08..20
    int second = 0;
    if (outOfHours)
        second = (rng.chance(0.5) ? 7 : 21) * 3600 + int(rng.between(0, 3599));
    else
        second = (8 + rng.weighted(hourWeights)) * 3600 + int(rng.between(0, 3599));
    const Window& w = m_world.window;
    qint64 ms = m_world.zones.toUtcMs(w, debtor.zone, day, second);
    // Local days at the window edges can fall outside it in UTC: move them one day inwards.
    if (ms >= w.endMs)
        ms -= 86'400'000;
    if (ms < w.startMs)
        ms += 86'400'000;
    return std::clamp(ms, w.startMs, w.endMs - 1);
}

int CaseFactory::addDebtor(qint64 debtorIndex, int maxCases)
{
    Random rng = Random::stream(m_world.options.seed, quint64(debtorIndex) + 1);
    Debtor d;
    d.id = m_nextDebtor++;
    const bool chinaAvailable = !m_world.regionAgents[1].empty();
    const bool usAvailable = !m_world.regionAgents[0].empty();
    d.chinese = chinaAvailable && (!usAvailable || rng.chance(m_world.chineseShare));
    makePerson(rng, d);

    const double u = rng.uniform();
    const int wanted = std::min(maxCases, u < 0.88 ? 1 : (u < 0.98 ? 2 : 3));
    d.firstCaseMs = 0;
    for (int i = 0; i < wanted; ++i) {
        Case kase;
        makeCase(rng, d, kase);
    }
    writeDebtor(rng, d);
    return wanted;
}

void CaseFactory::makeCase(Random& rng, Debtor& debtor, Case& k)
{
    const Window& w = m_world.window;
    const int region = debtor.chinese ? 1 : 0;
    k.id = m_nextCase++;
    k.chinese = debtor.chinese;
    const auto& clientList = m_world.regionClients[region];
    std::vector<double> clientWeights;
    for (int ci : clientList)
        clientWeights.push_back(clients()[size_t(ci)].weight);
    k.client = clientList[size_t(rng.weighted(std::span<const double>(clientWeights)))];
    const ClientDef& client = clients()[size_t(k.client)];
    k.agent = m_world.pickAgent(rng, region);
    k.agentId = m_world.agents[size_t(k.agent)].userId;
    k.placedDay = int(rng.between(0, w.days - 1));
    const int age = w.days - k.placedDay;

    if (age <= 10) {
        k.status = rng.chance(0.7) ? CaseStatus::New : CaseStatus::Active;
    } else {
        const double early = age < 45 ? 0.3 : 1.0;
        const double weights[] = {36,         8,          12 * (age < 45 ? 0.5 : 1.0),
                                  16 * early, 16 * early, 8 * early};
        static constexpr CaseStatus statuses[] = {CaseStatus::Active, CaseStatus::Promise,
                                                  CaseStatus::Paying, CaseStatus::Settled,
                                                  CaseStatus::Closed, CaseStatus::Recalled};
        k.status = statuses[rng.weighted(weights)];
    }
    const bool closing = k.status == CaseStatus::Settled || k.status == CaseStatus::Closed ||
                         k.status == CaseStatus::Recalled;
    k.endDay =
        closing ? k.placedDay + int(rng.between(std::min(20, age - 1), age - 1)) : w.days - 1;

    const double major = std::max(25.0, rng.logNormal(client.balanceMedian, client.balanceSigma));
    k.balance =
        debtor.chinese ? qint64(std::llround(major)) * 100 : qint64(std::llround(major * 100));
    k.remaining = k.balance;
    k.placedMs = w.dayStartMs(k.placedDay) + rng.between(1, 10) * 3'600'000;
    k.lastActivityMs = k.placedMs;
    if (debtor.firstCaseMs == 0 || k.placedMs < debtor.firstCaseMs)
        debtor.firstCaseMs = k.placedMs;

    makeContacts(rng, debtor, k);

    // Status follows what happened: paid off → settled; a pending promise → promise.
    if (k.remaining <= 0 || k.status == CaseStatus::Settled) {
        k.status = CaseStatus::Settled;
        k.remaining = 0;
    } else if (k.status == CaseStatus::Active && k.hasPending) {
        k.status = CaseStatus::Promise;
    } else if ((k.status == CaseStatus::Promise || k.status == CaseStatus::Paying) &&
               !k.hasPending) {
        k.status = CaseStatus::Active;
    }

    const QString& originalCreditor =
        client.originalCreditors.isEmpty()
            ? client.name
            : client.originalCreditors[rng.index(client.originalCreditors.size())];
    // References are formatted into stack buffers: no allocation per case.
    char ref[32];
    const int refSize = std::snprintf(ref, sizeof ref, "CL-%d-%06lld", w.date(k.placedDay).year(),
                                      static_cast<long long>(k.id));
    char clientRef[32];
    const QByteArray& clientCode = m_clientCodes[size_t(k.client)];
    const int clientRefSize =
        std::snprintf(clientRef, sizeof clientRef, "%s%lld", clientCode.constData(),
                      static_cast<long long>(rng.between(100000000, 999999999)));
    *m_cases << k.id << QUtf8StringView(ref, refSize) << m_world.clientIds[size_t(k.client)]
             << debtor.id << QUtf8StringView(clientRef, clientRefSize) << originalCreditor
             << dateText(k.placedDay) << k.balance << k.remaining
             << (debtor.chinese ? "CNY" : "USD") << codeOf(k.status) << k.agentId
             << (debtor.chinese ? "cn-cifa" : "us-regf") << k.lastActivityMs;
    if (k.lastContactMs > 0)
        *m_cases << k.lastContactMs;
    else
        m_cases->null();
    ++m_counts.cases;
    debtor.lastCaseId = k.id;
    debtor.lastAgentId = k.agentId;
    debtor.lastContactMs = std::max(debtor.lastContactMs, k.lastContactMs);
}

} // namespace caseloop::demo
