#pragma once

#include "usercontext.h"

#include <QDate>
#include <QString>

#include <functional>

namespace caseloop {

class Connection;

/// Options of a demo run. Same options (seed, counts, months, until) → identical content.
struct DemoOptions {
    static constexpr int maxAgents = 10000;
    static constexpr int maxCases = 10'000'000;
    static constexpr int maxMonths = 60;

    int agents = 40;
    int cases = 5000;
    quint64 seed = 1;
    int months = 12;
    /// Last day of the generated history (UTC); the history covers the `months` before it.
    QDate until = QDate::currentDate();
};

/// Progress of a long run: phase name (not translated, e.g. "contacts"), done and total units.
struct DemoProgress {
    QString phase;
    qint64 done = 0;
    qint64 total = 0;
};

/// What a run wrote.
struct DemoResult {
    qint64 rows = 0; ///< rows inserted across all tables
    qint64 cases = 0;
    qint64 contacts = 0;
    qint64 surveyResponses = 0; ///< debtor and client responses
    qint64 complaints = 0;
    double seconds = 0;
};

/// Fills an empty CaseLoop database with deterministic, realistic demo data (see
/// docs/demo-data.md): teams, agents with skewed quality, clients, debtors with mixed Chinese
/// and English names, US and CN addresses with time zones, cases, contact histories, promises,
/// payments, survey responses and complaints over the last months. Throws caseloop::Error
/// when the database already holds cases or an option is out of range; leaves the file as
/// it was on failure.
class DemoGenerator final {
public:
    using ProgressFn = std::function<void(const DemoProgress&)>;

    static DemoResult generate(Connection& connection, const UserContext& user,
                               const DemoOptions& options, const ProgressFn& progress = {});
};

} // namespace caseloop
