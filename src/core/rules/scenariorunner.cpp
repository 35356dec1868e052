#include "rules/scenariorunner.h"

#include "domain/enums.h"
#include "error.h"
#include "rules/jsonfields.h"
#include "rules/zoneclock.h"

#include <QTimeZone>

namespace caseloop {

using jsonfields::ObjectReader;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::ScenarioRunner", text);
}

QString indexed(const QString& path, std::size_t i)
{
    return path + u'[' + QString::number(i) + u']';
}

QDateTime readInstant(const ObjectReader& r, const char* key)
{
    const QString text = r.string(key);
    const QDateTime t = ScenarioRunner::parseInstant(text);
    if (!t.isValid())
        r.fail(r.child(key),
               tr("not an ISO 8601 time with offset (e.g. 2026-03-08T13:30:00Z): '%1'").arg(text));
    return t;
}

/// A hold end: null, a date "YYYY-MM-DD" or an instant.
void readHoldEnd(const ObjectReader& r, const char* key, QDate& date, QDateTime& at)
{
    if (r.isNull(key))
        return;
    const QString text = r.string(key);
    if (text.size() == 10) {
        date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return;
    } else {
        at = ScenarioRunner::parseInstant(text);
        if (at.isValid())
            return;
    }
    r.fail(r.child(key), tr("not a date (YYYY-MM-DD) or an ISO 8601 time: '%1'").arg(text));
}

const nlohmann::json& arrayField(const ObjectReader& r, const char* key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    if (r.isNull(key))
        return empty;
    const auto& v = r.raw(key);
    if (!v.is_array())
        r.fail(r.child(key), tr("expected an array"));
    return v;
}

QString readCode(const ObjectReader& r, const char* key, const QStringList& allowed,
                 const QString& fallback = {})
{
    const QString v = r.string(key, fallback.isEmpty(), fallback);
    if (!allowed.contains(v))
        r.fail(r.child(key), tr("unknown value '%1' (expected one of: %2)")
                                 .arg(v, allowed.join(QStringLiteral(", "))));
    return v;
}

} // namespace

QDateTime ScenarioRunner::parseInstant(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime || !text.contains(u'T'))
        return {};
    return t.toUTC();
}

QString ScenarioRunner::formatInstant(const QDateTime& t)
{
    // Qt::UTC (not a QTimeZone) so that Qt writes the 'Z' suffix.
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch() / 1000 * 1000, Qt::UTC)
        .toString(Qt::ISODate);
}

GateInput ScenarioRunner::parse(const nlohmann::json& scenario, const QString& profileSearchDir)
{
    ObjectReader top(scenario, {});
    top.allowOnly({"description", "profile", "at", "channel", "purpose", "callee", "phone",
                   "debtor", "emails", "holds", "opt_outs", "history", "consents"});
    const QStringList channels = allCodes<Channel>();
    const QStringList callees{QStringLiteral("debtor"), QStringLiteral("third_party"),
                              QStringLiteral("attorney"), QStringLiteral("estate_representative")};
    GateInput in;

    const QString profile = top.string("profile");
    try {
        in.profile = RuleProfile::load(profile, profileSearchDir);
    } catch (const Error& e) {
        // An unknown id or a broken profile file is a problem of the scenario.
        throw Error(e.kind() == Error::Kind::Io ? e.kind() : Error::Kind::InvalidInput,
                    QStringLiteral("profile: ") + e.message(), e.details());
    }
    in.at = readInstant(top, "at");
    in.channel = readCode(top, "channel", channels);
    in.purpose = top.string("purpose", false);
    in.callee = readCode(top, "callee", callees, QStringLiteral("debtor"));
    in.phone = top.string("phone", false);

    {
        ObjectReader d(top.required("debtor"), QStringLiteral("debtor"));
        d.allowOnly({"timezone", "phones", "emails", "address"});
        if (const auto zone = d.optionalString("timezone")) {
            if (!zone->isEmpty() && !ZoneClock::get(*zone))
                d.fail(d.child("timezone"), tr("unknown IANA time zone '%1'").arg(*zone));
            in.debtor.timezone = *zone;
        }
        in.debtor.phones = d.strings("phones");
        if (d.has("emails"))
            in.emails = d.strings("emails");
        if (!d.isNull("address")) {
            ObjectReader a(d.raw("address"), d.child("address"));
            a.allowOnly({"country", "region", "postal_code", "city", "line"});
            in.debtor.country = a.string("country", false);
            in.debtor.region = a.string("region", false);
            in.debtor.postalCode = a.string("postal_code", false);
            a.string("city", false);
            a.string("line", false);
        }
    }

    const QStringList holdTypes = allCodes<HoldType>();
    const auto& holds = arrayField(top, "holds");
    for (std::size_t i = 0; i < holds.size(); ++i) {
        ObjectReader h(holds[i], indexed(QStringLiteral("holds"), i));
        h.allowOnly({"type", "from", "to", "note"});
        GateHold hold;
        hold.type = readCode(h, "type", holdTypes);
        readHoldEnd(h, "from", hold.fromDate, hold.fromAt);
        readHoldEnd(h, "to", hold.toDate, hold.toAt);
        h.string("note", false);
        in.holds.push_back(hold);
    }

    in.optOuts = top.strings("opt_outs", channels);

    const QStringList outcomes = RuleProfile::knownOutcomes();
    const QStringList directions = allCodes<Direction>();
    const auto& history = arrayField(top, "history");
    in.history.reserve(history.size());
    for (std::size_t i = 0; i < history.size(); ++i) {
        ObjectReader h(history[i], indexed(QStringLiteral("history"), i));
        h.allowOnly({"at", "channel", "outcome", "direction", "phone", "callee", "note"});
        GateHistoryEntry e;
        e.at = readInstant(h, "at");
        e.channel = readCode(h, "channel", channels);
        e.outcome = readCode(h, "outcome", outcomes);
        e.direction =
            *fromCode<Direction>(readCode(h, "direction", directions, QStringLiteral("outbound")));
        e.phone = h.string("phone", false);
        e.callee = readCode(h, "callee", callees, QStringLiteral("debtor"));
        h.string("note", false);
        in.history.push_back(std::move(e));
    }

    const auto& consents = arrayField(top, "consents");
    for (std::size_t i = 0; i < consents.size(); ++i) {
        ObjectReader c(consents[i], indexed(QStringLiteral("consents"), i));
        c.allowOnly({"at", "channel", "note"});
        GateConsent consent;
        consent.at = readInstant(c, "at");
        consent.channel = readCode(c, "channel", channels, QStringLiteral("call"));
        c.string("note", false);
        in.consents.push_back(consent);
    }
    return in;
}

nlohmann::json ScenarioRunner::toJson(const GateDecision& d)
{
    using nlohmann::json;
    json blockedBy = json::array();
    json reasons = json::array();
    json details = json::array();
    for (const auto& b : d.blockedBy) {
        blockedBy.push_back(b.ruleId.toStdString());
        reasons.push_back(b.reason.toStdString());
        details.push_back({{"rule", b.ruleId.toStdString()},
                           {"reason", b.reason.toStdString()},
                           {"citation", b.citation.toStdString()}});
    }
    json warnings = json::array();
    for (const auto& w : d.warnings)
        warnings.push_back({{"rule", w.ruleId.toStdString()},
                            {"reason", w.reason.toStdString()},
                            {"citation", w.citation.toStdString()}});
    json zones = json::array();
    for (const QString& z : d.zones)
        zones.push_back(z.toStdString());
    json localTimes = json::array();
    for (const auto& l : d.localTimes) {
        json sources = json::array();
        for (const QString& s : l.sources)
            sources.push_back(s.toStdString());
        localTimes.push_back({{"zone", l.zone.toStdString()},
                              {"local", l.local().toString(Qt::ISODate).toStdString()},
                              {"sources", sources}});
    }
    json inputs = {{"counted_calls_in_window", d.countedCallsInWindow},
                   {"window_days", d.windowDays},
                   {"max_attempts", d.maxAttempts},
                   {"connected_calls_today", d.connectedCallsToday},
                   {"attempts_to_number_today", d.attemptsToNumberToday},
                   {"last_conversation_date", nullptr}};
    if (d.lastConversationDate)
        inputs["last_conversation_date"] =
            d.lastConversationDate->toString(Qt::ISODate).toStdString();

    json out = {{"allowed", d.allowed},
                {"blocked_by", blockedBy},
                {"reasons", reasons},
                {"next_allowed_at", nullptr},
                {"zones", zones},
                {"warnings", warnings},
                {"details", details},
                {"local_times", localTimes},
                {"inputs", inputs},
                {"profile",
                 {{"id", d.profileId.toStdString()}, {"version", d.profileVersion.toStdString()}}}};
    if (d.nextAllowedAt)
        out["next_allowed_at"] = formatInstant(*d.nextAllowedAt).toStdString();
    return out;
}

nlohmann::json ScenarioRunner::evaluateScenario(const nlohmann::json& scenario,
                                                const QString& profileSearchDir)
{
    static const ContactGate gate;
    return toJson(gate.evaluate(parse(scenario, profileSearchDir)));
}

} // namespace caseloop
