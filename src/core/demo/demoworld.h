#pragma once

#include "demo/demogenerator.h"
#include "demo/demorandom.h"

#include <QDate>
#include <QString>

#include <vector>

namespace caseloop {

class Connection;

namespace demo {

class BulkInserter;

/// The time window of a run: whole UTC days, day 0 = first day, day `days - 1` = options.until.
struct Window {
    QDate first;
    QDate last;
    int days = 0;
    qint64 startMs = 0; ///< first day 00:00 UTC
    qint64 endMs = 0;   ///< the day after `last`, 00:00 UTC (exclusive)

    qint64 dayStartMs(int day) const { return startMs + qint64(day) * 86'400'000; }
    QDate date(int day) const { return first.addDays(day); }
};

/// UTC offsets of each time zone the demo uses, per window day (taken at local noon: DST
/// switches happen at night, so the offset holds for the whole 07:00-22:00 working day).
class ZoneTable final {
public:
    void build(const Window& window, const QStringList& zones);
    int indexOf(const QString& zone) const { return int(m_zones.indexOf(zone)); }
    const QString& name(int zone) const { return m_zones[zone]; }
    /// UTC epoch ms of local time @p secondOfDay on window day @p day in zone @p zone.
    qint64 toUtcMs(const Window& window, int zone, int day, int secondOfDay) const;

private:
    QStringList m_zones;
    std::vector<std::vector<int>> m_offsets; ///< [zone][day] seconds east of UTC
};

struct TeamInfo {
    qint64 id = 0;
    qint64 supervisorId = 0;
    bool chinese = false;
};

/// An agent and the hidden traits that shape their data.
struct AgentInfo {
    qint64 userId = 0;
    int team = 0;
    bool chinese = false;
    bool worse = false;      ///< one of the agents a supervisor must act on
    double goodShare = 0.83; ///< true share of 4-5 ratings (before the action for worse ones)
    double goodShareAfter = 0.83;
    double complaintFactor = 1; ///< before the action
    double complaintFactorAfter = 1;
    double surveyFactor = 1; ///< how often their contacts get rated
    double workload = 1;
};

/// Everything drawn before the cases: the window, people, clients and the improvement action.
struct World {
    DemoOptions options;
    Window window;
    ZoneTable zones;
    std::vector<TeamInfo> teams;
    std::vector<AgentInfo> agents;
    std::vector<int> regionAgents[2];        ///< agent indexes by region (0 US, 1 CN)
    std::vector<double> regionCumulative[2]; ///< cumulative workloads for picking
    std::vector<int> regionClients[2];       ///< client indexes by region
    std::vector<qint64> clientIds;           ///< per demo::clients() index
    qint64 adminId = 1;
    qint64 complianceId = 2;
    double chineseShare = 0.45; ///< share of cases placed in China
    int actionDay = -1;         ///< window day of the improvement action (-1: none)
    qint64 actionMs = 0;
    qint64 debtorSurveyId = 0;
    qint64 clientSurveyId = 0;

    int pickAgent(Random& rng, int region) const;
    bool afterAction(qint64 ms) const { return actionDay >= 0 && ms >= actionMs; }
};

/// Draws the world and writes teams, users, clients, surveys, improvement actions and settings.
/// Returns the number of rows written.
qint64 buildAndWriteWorld(Connection& connection, const DemoOptions& options, World& world);

/// Writes the client-feedback survey responses (one per client and month, most of the time).
qint64 writeClientResponses(Connection& connection, const World& world, qint64 firstId);

/// Draws a 1-5 score shaped like real CSAT data: a J with 1s far above 2s and few 3s.
int drawScore(Random& rng, double goodShare);

} // namespace demo
} // namespace caseloop
