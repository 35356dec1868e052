#include "demo/demoworld.h"

#include "db/connection.h"
#include "demo/bulkinserter.h"
#include "demo/demodata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace caseloop::demo {

namespace {

constexpr qint64 dayMs = 86'400'000;

QString usName(Random& rng)
{
    return usFirstNames()[rng.index(usFirstNames().size())] + QLatin1Char(' ') +
           usLastNames()[rng.index(usLastNames().size())];
}

QString cnName(Random& rng)
{
    const auto& surnames = cnSurnames();
    const auto& given = cnGivenChars();
    // Common surnames are far more frequent: square the uniform draw towards the list head.
    const double u = rng.uniform();
    QString name = surnames[int(u * u * double(surnames.size()))].hanzi;
    name += given[rng.index(given.size())].hanzi;
    if (rng.chance(0.7))
        name += given[rng.index(given.size())].hanzi;
    return name;
}

QString staffName(Random& rng, bool chinese)
{
    if (chinese)
        return cnName(rng);
    if (rng.chance(0.2)) { // Chinese-American staff, romanised
        const auto& given = cnGivenChars();
        QString first = given[rng.index(given.size())].pinyin;
        first[0] = first[0].toUpper();
        return first + QLatin1Char(' ') + cnSurnames()[rng.index(20)].pinyin;
    }
    return usName(rng);
}

QString padded(qint64 n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

std::string surveyDefinition(bool client)
{
    using nlohmann::json;
    auto scale = [](const char* key, const char* en, const char* zh, int low, int high) {
        return json{{"key", key},
                    {"type", "scale"},
                    {"min", low},
                    {"max", high},
                    {"label", {{"en", en}, {"zh-CN", zh}}}};
    };
    json questions = json::array();
    if (!client) {
        questions.push_back(
            scale("efficiency", "How efficiently was your case handled?", "催收效率", 1, 5));
        questions.push_back(scale("attitude", "Was the agent professional, patient and clear?",
                                  "催收态度（专业、耐心、沟通）", 1, 5));
        questions.push_back(scale("service_quality", "Was the service lawful and timely?",
                                  "服务质量（合规、及时）", 1, 5));
    } else {
        questions.push_back(scale("efficiency", "Recovery performance", "回款效率", 1, 5));
        questions.push_back(
            scale("service_quality", "Compliance and reporting", "合规与报告", 1, 5));
    }
    questions.push_back(scale("overall", "Overall satisfaction", "总体满意度", 1, 5));
    questions.push_back(
        scale("nps_score", "How likely are you to recommend us?", "推荐意愿", 0, 10));
    questions.push_back({{"key", "comment"},
                         {"type", "text"},
                         {"max_length", 2000},
                         {"label", {{"en", "Anything else?"}, {"zh-CN", "其他意见"}}}});
    json def{{"respondent_type", client ? "client" : "debtor"}, {"questions", questions}};
    def["channels"] = client
                          ? json::array({"email", "internal"})
                          : json::array({"phone_callback", "sms", "email", "web", "third_party"});
    return def.dump();
}

} // namespace

void ZoneTable::build(const Window& window, const QStringList& zones)
{
    m_zones = zones;
    m_offsets.assign(size_t(zones.size()), std::vector<int>(size_t(window.days) + 1, 0));
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const QTimeZone tz(zones[z].toUtf8());
        for (int d = 0; d <= window.days; ++d) {
            const QDateTime noon(window.date(d), QTime(12, 0), QTimeZone::utc());
            m_offsets[size_t(z)][size_t(d)] = tz.isValid() ? tz.offsetFromUtc(noon) : 0;
        }
    }
}

qint64 ZoneTable::toUtcMs(const Window& window, int zone, int day, int secondOfDay) const
{
    const int offset = m_offsets[size_t(zone)][size_t(std::clamp(day, 0, window.days))];
    return window.dayStartMs(day) + (qint64(secondOfDay) - offset) * 1000;
}

int World::pickAgent(Random& rng, int region) const
{
    const auto& cumulative = regionCumulative[region];
    const double pick = rng.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), pick);
    const auto pos = std::min<qsizetype>(it - cumulative.begin(), qsizetype(cumulative.size()) - 1);
    return regionAgents[region][size_t(pos)];
}

int drawScore(Random& rng, double goodShare)
{
    // Real CSAT: 5 = 69%, 4 = 13%, 3 = 3%, 2 = 1.5%, 1 = 13% (feedback-data-facts.md).
    if (rng.chance(goodShare))
        return rng.chance(0.84) ? 5 : 4;
    const double u = rng.uniform();
    return u < 0.745 ? 1 : (u < 0.83 ? 2 : 3);
}

qint64 buildAndWriteWorld(Connection& c, const DemoOptions& options, World& w)
{
    Random rng = Random::stream(options.seed, 0xC0FFEEull);
    w.options = options;
    Window& win = w.window;
    win.last = options.until;
    win.first = options.until.addMonths(-options.months).addDays(1);
    win.days = int(win.first.daysTo(win.last)) + 1;
    win.startMs = QDateTime(win.first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    win.endMs = win.startMs + qint64(win.days) * dayMs;

    QStringList zones;
    for (const UsPlace& p : usPlaces())
        if (!zones.contains(p.zone))
            zones << p.zone;
    for (const CnPlace& p : cnPlaces())
        if (!zones.contains(p.zone))
            zones << p.zone;
    w.zones.build(win, zones);

    // Teams of ~8-15 agents; about 45% of the agents work Chinese cases.
    const int agents = options.agents;
    // Two teams at least once there are 6 agents, so that both regions are staffed.
    const int teamCount = std::max(agents >= 6 ? 2 : 1, (agents + 6) / 11);
    std::vector<double> teamWeight(static_cast<size_t>(teamCount));
    for (double& t : teamWeight)
        t = rng.uniform(0.7, 1.3);
    const double weightSum = [&] {
        double s = 0;
        for (double t : teamWeight)
            s += t;
        return s;
    }();
    std::vector<int> teamSize(static_cast<size_t>(teamCount));
    int assigned = 0;
    for (int t = 0; t < teamCount; ++t) {
        teamSize[size_t(t)] =
            std::max(1, int(std::lround(agents * teamWeight[size_t(t)] / weightSum)));
        assigned += teamSize[size_t(t)];
    }
    for (int t = 0; assigned != agents; t = (t + 1) % teamCount) {
        if (assigned > agents && teamSize[size_t(t)] > 1) {
            --teamSize[size_t(t)];
            --assigned;
        } else if (assigned < agents) {
            ++teamSize[size_t(t)];
            ++assigned;
        }
    }
    const int cnTeams = teamCount == 1 ? 0 : int(std::lround(teamCount * 0.45));
    const int supWidth = std::max(2, int(QString::number(teamCount).size()));
    const int agentWidth = std::max(3, int(QString::number(agents).size()));

    BulkInserter teams(
        c, QStringLiteral("teams"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("supervisor_id")});
    BulkInserter users(
        c, QStringLiteral("users"),
        {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"),
         QStringLiteral("role"), QStringLiteral("team_id"), QStringLiteral("active"),
         QStringLiteral("locale"), QStringLiteral("password_hash"), QStringLiteral("created_at")});
    auto hired = [&] {
        return win.startMs - rng.between(30, 900) * dayMs - rng.between(0, 8) * 3'600'000;
    };
    constexpr std::nullopt_t nullValue = std::nullopt;
    users << qint64(1) << QStringLiteral("admin") << QStringLiteral("Alex Morgan")
          << QStringLiteral("admin") << nullValue << 1 << QStringLiteral("en") << nullValue
          << hired();
    users << qint64(2) << QStringLiteral("compliance") << QString::fromUtf8("刘佳 Grace Liu")
          << QStringLiteral("compliance") << nullValue << 1 << QStringLiteral("zh-CN") << nullValue
          << hired();

    static const char* const usCities[] = {"Dallas", "Phoenix", "Tampa", "Columbus"};
    static const char* const cnCities[] = {"上海", "深圳", "成都"};
    qint64 nextUser = 3;
    const qint64 firstAgentId = 3 + teamCount;
    qint64 nextAgent = firstAgentId;
    for (int t = 0; t < teamCount; ++t) {
        // Chinese teams are spread over the list rather than bunched at the end.
        const bool chinese =
            cnTeams > 0 && (t * cnTeams) / teamCount != ((t + 1) * cnTeams) / teamCount;
        TeamInfo team{t + 1, nextUser++, chinese};
        w.teams.push_back(team);
        const QString city =
            chinese ? QString::fromUtf8(cnCities[t % 3]) : QString::fromUtf8(usCities[t % 4]);
        teams << team.id << (city + QLatin1Char(' ') + padded(t + 1, 2)) << team.supervisorId;
        users << team.supervisorId << (QStringLiteral("sup") + padded(t + 1, supWidth))
              << staffName(rng, chinese) << QStringLiteral("supervisor") << team.id << 1
              << (chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")) << nullValue << hired();
        for (int a = 0; a < teamSize[size_t(t)]; ++a) {
            AgentInfo agent;
            agent.userId = nextAgent++;
            agent.team = t;
            agent.chinese = chinese;
            agent.goodShare = rng.beta(24, 5);
            agent.goodShareAfter = agent.goodShare;
            agent.complaintFactor = rng.logNormal(1.0, 0.3);
            agent.complaintFactorAfter = agent.complaintFactor;
            agent.surveyFactor = rng.logNormal(0.8, 0.9);
            agent.workload = rng.logNormal(1.0, 0.35);
            w.agents.push_back(agent);
            users << agent.userId
                  << (QStringLiteral("agent") + padded(agent.userId - firstAgentId + 1, agentWidth))
                  << staffName(rng, chinese) << QStringLiteral("agent") << team.id << 1
                  << (chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")) << nullValue
                  << hired();
        }
    }

    // A few clearly worse agents (about 6%), improved by an action in the middle of the window.
    const int worseCount = agents < 4 ? 0 : std::max(1, int(std::lround(agents * 0.06)));
    std::vector<int> order(static_cast<size_t>(agents));
    for (int i = 0; i < agents; ++i)
        order[size_t(i)] = i;
    for (int i = agents - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(rng.between(0, i))]);
    for (int k = 0; k < worseCount; ++k) {
        AgentInfo& a = w.agents[size_t(order[size_t(k)])];
        a.worse = true;
        a.goodShare = std::clamp(a.goodShare - 0.24, 0.35, 0.75);
        a.goodShareAfter = std::min(0.95, a.goodShare + 0.18);
        a.complaintFactor = 5.0;
        a.complaintFactorAfter = 1.0;
        a.surveyFactor = std::max(a.surveyFactor, 1.2);
    }
    if (agents > worseCount) // one very busy survey subject, about 7 times the mean
        w.agents[size_t(order[size_t(worseCount)])].surveyFactor = 5.5;

    for (int i = 0; i < agents; ++i) {
        const AgentInfo& a = w.agents[size_t(i)];
        const int region = a.chinese ? 1 : 0;
        w.regionAgents[region].push_back(i);
        const double prev =
            w.regionCumulative[region].empty() ? 0 : w.regionCumulative[region].back();
        w.regionCumulative[region].push_back(prev + a.workload);
    }
    const double cnAgents = double(w.regionAgents[1].size());
    w.chineseShare = agents == 0 ? 0 : cnAgents / double(agents);

    BulkInserter clientRows(c, QStringLiteral("clients"),
                            {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                             QStringLiteral("country")});
    for (size_t i = 0; i < clients().size(); ++i) {
        const ClientDef& def = clients()[i];
        w.clientIds.push_back(qint64(i) + 1);
        w.regionClients[def.country == QLatin1String("CN") ? 1 : 0].push_back(int(i));
        clientRows << qint64(i) + 1 << def.code << def.name << def.country;
    }

    BulkInserter surveys(c, QStringLiteral("surveys"),
                         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("version"),
                          QStringLiteral("name"), QStringLiteral("definition_json"),
                          QStringLiteral("active")});
    w.debtorSurveyId = 1;
    w.clientSurveyId = 2;
    surveys << qint64(1) << QStringLiteral("debtor-csat") << 1
            << QString::fromUtf8("Debtor satisfaction / 债务人回访")
            << QString::fromStdString(surveyDefinition(false)) << 1;
    surveys << qint64(2) << QStringLiteral("client-feedback") << 1
            << QString::fromUtf8("Client feedback / 委托方评价")
            << QString::fromStdString(surveyDefinition(true)) << 1;

    // Improvement actions: training for the worse agents mid-window, then one coaching
    // session each; a script change for one team earlier on (no effect on the data).
    BulkInserter actions(c, QStringLiteral("improvement_actions"),
                         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                          QStringLiteral("action_date"), QStringLiteral("created_by"),
                          QStringLiteral("note")});
    BulkInserter actionAgents(c, QStringLiteral("improvement_action_agents"),
                              {QStringLiteral("action_id"), QStringLiteral("agent_id")});
    qint64 actionId = 0;
    if (teamCount > 0 && win.days >= 60) {
        const int day = win.days / 4;
        ++actionId;
        actions << actionId << QStringLiteral("script_change")
                << QString::fromUtf8("New opening script (limited-content message) / 新开场白话术")
                << win.date(day).toString(Qt::ISODate) << w.teams[0].supervisorId << QString();
        for (const AgentInfo& a : w.agents)
            if (a.team == 0)
                actionAgents << actionId << a.userId;
    }
    if (worseCount > 0) {
        w.actionDay = win.days / 2;
        w.actionMs = win.dayStartMs(w.actionDay);
        ++actionId;
        actions << actionId << QStringLiteral("training")
                << QString::fromUtf8("Respectful communication and contact rules / 合规沟通培训")
                << win.date(w.actionDay).toString(Qt::ISODate) << w.complianceId
                << QStringLiteral("After complaint spike review.");
        const qint64 trainingId = actionId;
        for (int k = 0; k < worseCount; ++k)
            actionAgents << trainingId << w.agents[size_t(order[size_t(k)])].userId;
        for (int k = 0; k < worseCount; ++k) {
            const AgentInfo& a = w.agents[size_t(order[size_t(k)])];
            ++actionId;
            const int day = std::min(win.days - 1, w.actionDay + int(rng.between(3, 10)));
            actions << actionId << QStringLiteral("coaching")
                    << QString::fromUtf8("Call review and coaching / 录音复盘辅导")
                    << win.date(day).toString(Qt::ISODate) << w.teams[size_t(a.team)].supervisorId
                    << QString();
            actionAgents << actionId << a.userId;
        }
    }

    BulkInserter settings(c, QStringLiteral("settings"),
                          {QStringLiteral("key"), QStringLiteral("value")});
    const nlohmann::json demoJson{{"seed", options.seed},
                                  {"agents", options.agents},
                                  {"cases", options.cases},
                                  {"months", options.months},
                                  {"until", options.until.toString(Qt::ISODate).toStdString()}};
    settings << QStringLiteral("demo.default_login") << QStringLiteral("sup01");
    settings << QStringLiteral("demo.options") << QString::fromStdString(demoJson.dump());

    qint64 rows = 0;
    for (BulkInserter* b :
         {&teams, &users, &clientRows, &surveys, &actions, &actionAgents, &settings}) {
        b->flush();
        rows += b->rowsWritten();
    }
    return rows;
}

qint64 writeClientResponses(Connection& c, const World& w, qint64 firstId)
{
    BulkInserter rows(c, QStringLiteral("survey_responses"),
                      {QStringLiteral("id"), QStringLiteral("survey_id"),
                       QStringLiteral("recorded_by_id"), QStringLiteral("respondent_type"),
                       QStringLiteral("channel"), QStringLiteral("responded_at"),
                       QStringLiteral("efficiency"), QStringLiteral("service_quality"),
                       QStringLiteral("overall"), QStringLiteral("nps_score"),
                       QStringLiteral("comment")});
    Random rng = Random::stream(w.options.seed, 0xC11E27ull);
    qint64 id = firstId;
    const int months = w.options.months;
    for (size_t ci = 0; ci < clients().size(); ++ci) {
        const bool chinese = clients()[ci].country == QLatin1String("CN");
        for (int m = 0; m < months; ++m) {
            if (!rng.chance(0.8))
                continue;
            const int day = std::min(w.window.days - 1, int(m * (w.window.days / double(months))) +
                                                            int(rng.between(0, 20)));
            const int overall = drawScore(rng, 0.8);
            const auto near = [&](int s) { return std::clamp(s + int(rng.between(-1, 1)), 1, 5); };
            const TextPools& pools = surveyComments();
            QString comment;
            if (rng.chance(0.4)) {
                const QStringList& pool = overall >= 4
                                              ? (chinese ? pools.positiveZh : pools.positiveEn)
                                              : (chinese ? pools.negativeZh : pools.negativeEn);
                comment = pool[rng.index(pool.size())];
            }
            rows << id++ << w.clientSurveyId << w.complianceId << QStringLiteral("client")
                 << (rng.chance(0.7) ? QStringLiteral("email") : QStringLiteral("internal"))
                 << w.zones.toUtcMs(w.window,
                                    chinese ? w.zones.indexOf(QStringLiteral("Asia/Shanghai"))
                                            : w.zones.indexOf(QStringLiteral("America/New_York")),
                                    day, int(rng.between(9 * 3600, 17 * 3600)))
                 << near(overall) << near(overall) << overall
                 << (rng.chance(0.85) ? std::optional<int>(std::clamp(
                                            overall * 2 + int(rng.between(-1, 1)), 0, 10))
                                      : std::nullopt)
                 << comment;
        }
    }
    rows.flush();
    return rows.rowsWritten();
}

} // namespace caseloop::demo
