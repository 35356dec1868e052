// caseloop-bench gate: decisions per second of the contact gate for a case with a 30-day
// history, on one core (the gate is pure, so a work queue can run it for every row).

#include "rules/contactgate.h"
#include "rules/ruleprofile.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

namespace caseloop {

namespace {

GateInput makeInput(bool multiZone)
{
    GateInput in;
    in.profile = RuleProfile::load(QStringLiteral("us-regf"));
    in.channel = QStringLiteral("call");
    in.debtor.country = QStringLiteral("US");
    in.debtor.region = multiZone ? QStringLiteral("TX") : QStringLiteral("IL");
    in.debtor.phones = multiZone ? QStringList{QStringLiteral("+1 212 555 0100"),
                                               QStringLiteral("+1 213 555 0101")}
                                 : QStringList{QStringLiteral("+1 312 555 0100")};
    const QDateTime start(QDate(2026, 3, 1), QTime(15, 0), QTimeZone::utc());
    // 30 days of history: two call attempts a day, a conversation every ten days.
    for (int day = 0; day < 30; ++day) {
        for (int k = 0; k < 2; ++k) {
            GateHistoryEntry e;
            e.at = start.addDays(day).addSecs(3600 * 3 * k);
            e.channel = QStringLiteral("call");
            e.outcome = (day % 10 == 0 && k == 0) ? QStringLiteral("answered")
                                                  : QStringLiteral("no_answer");
            in.history.push_back(e);
        }
    }
    // Early afternoon the next day: multi-zone → blocked by frequency (and more), single → allowed
    // once the history is thinned to what the rules accept.
    in.at = start.addDays(30).addSecs(2 * 3600);
    if (!multiZone) {
        in.history.erase(in.history.begin() + 40, in.history.end());
    }
    return in;
}

double decisionsPerSecond(const GateInput& input, bool* allowed)
{
    const ContactGate gate;
    // Warm the caches, then time batches until a second has passed.
    *allowed = gate.evaluate(input).allowed;
    qint64 n = 0;
    int keep = 0;
    const auto begin = std::chrono::steady_clock::now();
    double elapsed = 0;
    while (elapsed < 1.0) {
        for (int i = 0; i < 2000; ++i)
            keep += gate.evaluate(input).allowed ? 1 : 0;
        n += 2000;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    }
    if (keep < 0) // keeps the loop observable
        std::cerr << keep;
    return double(n) / elapsed;
}

} // namespace

int runGateBench(const QStringList& args)
{
    if (!args.isEmpty()) {
        std::cerr << "caseloop-bench gate takes no options\n";
        return 2;
    }
    bool heavyAllowed = false;
    bool lightAllowed = false;
    const double heavy = decisionsPerSecond(makeInput(true), &heavyAllowed);
    const double light = decisionsPerSecond(makeInput(false), &lightAllowed);
    const nlohmann::json out{
        {"decisions_per_s", heavy},          {"history_days", 30},
        {"blocked_multi_zone_per_s", heavy}, {"blocked_multi_zone_allowed", heavyAllowed},
        {"single_zone_per_s", light},        {"single_zone_allowed", lightAllowed}};
    std::cout << out.dump() << '\n';
    return 0;
}

} // namespace caseloop
