#include "services/contactcheckservice.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "rules/ruleprofile.h"
#include "rules/scenariorunner.h"
#include "services/auditlog.h"

#include <QTimeZone>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace caseloop {

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

/// Everything loaded for one decision: the gate input plus the ids the audit entry records.
struct Loaded {
    GateInput input;
    Case caseRecord;
    std::vector<Hold> holds; ///< holds not ended at the decision time (debtor-wide + this case)
};

/// How far back contacts matter for the profile's windows (plus two days for zone offsets).
int lookbackDays(const RuleProfile& p)
{
    int days = 2;
    if (p.frequency)
        days = std::max({days, p.frequency->windowDays, p.frequency->consentValidDays});
    if (p.postConversation)
        days = std::max(days, p.postConversation->quietDays);
    if (p.thirdParty.onlyIfDebtorUnreachable)
        days = std::max(days, p.thirdParty.debtorReachableDays);
    return days + 2;
}

bool optedOutBy(const std::optional<QDateTime>& optedOutAt, const QDateTime& at)
{
    return optedOutAt && optedOutAt->isValid() && *optedOutAt <= at;
}

std::vector<Hold> loadHolds(Connection& c, const Case& k, const QDateTime& at)
{
    // Holds that have not ended yet: active ones and those starting later (they matter for
    // next_allowed_at). Debtor-wide holds and holds of this case, not those of other cases.
    Query q(c, QStringLiteral("SELECT id, type, since_at, until_at FROM holds "
                              "WHERE debtor_id = :debtor AND (case_id IS NULL OR case_id = :case) "
                              "AND (until_at IS NULL OR until_at > :at) ORDER BY since_at, id"));
    q.bind(QStringLiteral(":debtor"), k.debtorId)
        .bind(QStringLiteral(":case"), k.id)
        .bind(QStringLiteral(":at"), toDb(at))
        .exec();
    std::vector<Hold> holds;
    while (q.next()) {
        const auto type = fromCode<HoldType>(q.value(1).toString());
        if (!type)
            continue; // the schema's CHECK keeps unknown codes out
        Hold h;
        h.id = q.value(0).toLongLong();
        h.debtorId = k.debtorId;
        h.type = *type;
        h.since = timeFromDb(q.value(2));
        h.until = optTimeFromDb(q.value(3));
        holds.push_back(std::move(h));
    }
    return holds;
}

std::vector<GateHistoryEntry> loadHistory(Connection& c, qint64 caseId, const QDateTime& from,
                                          const QDateTime& to)
{
    Query q(c, QStringLiteral("SELECT c.channel, c.direction, c.started_at, c.outcome, p.number "
                              "FROM contacts c LEFT JOIN debtor_phones p ON p.id = c.phone_id "
                              "WHERE c.case_id = :case AND c.started_at >= :from "
                              "AND c.started_at <= :to ORDER BY c.started_at, c.id"));
    q.bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":from"), toDb(from))
        .bind(QStringLiteral(":to"), toDb(to))
        .exec();
    std::vector<GateHistoryEntry> history;
    while (q.next()) {
        GateHistoryEntry e;
        e.channel = q.value(0).toString();
        e.direction = fromCode<Direction>(q.value(1).toString()).value_or(Direction::Outbound);
        e.at = timeFromDb(q.value(2));
        e.outcome = q.value(3).toString();
        e.phone = q.value(4).toString();
        history.push_back(std::move(e));
    }
    return history;
}

Loaded load(Connection& c, qint64 caseId, Channel channel, const QDateTime& at,
            const ContactTarget& target)
{
    if (!at.isValid())
        throw Error(Error::Kind::InvalidInput,
                    ContactCheckService::tr("No valid contact time was given."));
    Repositories repos(c);
    Loaded out;
    const auto k = repos.cases().find(caseId);
    if (!k)
        throw Error(Error::Kind::NotFound,
                    ContactCheckService::tr("There is no case with id %1.").arg(caseId));
    out.caseRecord = *k;
    const auto debtor = repos.debtors().find(k->debtorId);
    if (!debtor)
        throw Error(Error::Kind::NotFound,
                    ContactCheckService::tr("The debtor of case %1 does not exist.").arg(k->ref));

    const QString profileId = ContactCheckService::profileIdFor(k->ruleProfile, debtor->country);
    GateInput& in = out.input;
    try {
        in.profile = RuleProfile::load(profileId);
    } catch (const Error& e) {
        throw Error(e.kind() == Error::Kind::NotFound ? Error::Kind::InvalidInput : e.kind(),
                    ContactCheckService::tr("Case %1 uses the rule profile “%2”, which cannot be "
                                            "loaded: %3")
                        .arg(k->ref, profileId, e.message()),
                    e.details());
    }
    in.at = at.toUTC();
    in.channel = toCode(channel);
    in.purpose = target.purpose;
    if (!target.callee.isEmpty())
        in.callee = target.callee;

    in.debtor.timezone = debtor->timeZone;
    in.debtor.country = debtor->country;
    in.debtor.region = debtor->region;
    in.debtor.postalCode = debtor->postalCode;

    // Phones: every number is evidence of where the debtor lives (zones). An opted-out number
    // may not be called or texted; with no number chosen, the opt-out applies once every number
    // of the debtor has opted out.
    bool anyPhoneOpen = false;
    for (const Phone& p : debtor->phones) {
        in.debtor.phones << p.number;
        anyPhoneOpen = anyPhoneOpen || !optedOutBy(p.optedOutAt, in.at);
    }
    bool phonesOptedOut = !debtor->phones.empty() && !anyPhoneOpen;
    if (target.phoneId) {
        const auto it = std::find_if(debtor->phones.begin(), debtor->phones.end(),
                                     [&](const Phone& p) { return p.id == *target.phoneId; });
        if (it == debtor->phones.end())
            throw Error(
                Error::Kind::NotFound,
                ContactCheckService::tr("Phone %1 is not a number of the debtor of case %2.")
                    .arg(*target.phoneId)
                    .arg(k->ref));
        in.phone = it->number;
        phonesOptedOut = optedOutBy(it->optedOutAt, in.at);
    }
    if (phonesOptedOut)
        in.optOuts << toCode(Channel::Call) << toCode(Channel::Sms);

    QStringList emails;
    bool anyEmailOpen = false;
    for (const Email& e : debtor->emails) {
        emails << e.address;
        anyEmailOpen = anyEmailOpen || !optedOutBy(e.optedOutAt, in.at);
    }
    bool emailsOptedOut = !debtor->emails.empty() && !anyEmailOpen;
    if (target.emailId) {
        const auto it = std::find_if(debtor->emails.begin(), debtor->emails.end(),
                                     [&](const Email& e) { return e.id == *target.emailId; });
        if (it == debtor->emails.end())
            throw Error(
                Error::Kind::NotFound,
                ContactCheckService::tr("E-mail %1 is not an address of the debtor of case %2.")
                    .arg(*target.emailId)
                    .arg(k->ref));
        emails = QStringList{it->address};
        emailsOptedOut = optedOutBy(it->optedOutAt, in.at);
    }
    in.emails = emails; // known from the database: none stored = no valid address
    if (emailsOptedOut)
        in.optOuts << toCode(Channel::Email);

    out.holds = loadHolds(c, *k, in.at);
    for (const Hold& h : out.holds) {
        GateHold g;
        g.type = toCode(h.type);
        g.fromAt = h.since;
        if (h.until)
            g.toAt = *h.until;
        in.holds.push_back(g);
    }

    const QDateTime from = in.at.addMSecs(-qint64(lookbackDays(*in.profile)) * msPerDay);
    in.history = loadHistory(c, caseId, from, in.at);
    return out;
}

/// The audit details of a decision: ids, codes, times and counts, no personal data.
nlohmann::json decisionDetails(const Loaded& l, const GateDecision& d, const ContactTarget& target)
{
    using nlohmann::json;
    const json full = ScenarioRunner::toJson(d);
    const Case& k = l.caseRecord;
    json holds = json::array();
    for (const Hold& h : l.holds) {
        if (h.since > l.input.at)
            continue; // not active yet
        holds.push_back(
            {{"hold_id", h.id},
             {"type", utf8(toCode(h.type))},
             {"since", utf8(ScenarioRunner::formatInstant(h.since))},
             {"until", h.until ? json(utf8(ScenarioRunner::formatInstant(*h.until))) : json()}});
    }
    json details = {
        {"case_id", k.id},
        {"debtor_id", k.debtorId},
        {"client_id", k.clientId},
        {"agent_id", k.agentId ? json(*k.agentId) : json()},
        {"channel", utf8(l.input.channel)},
        {"at", utf8(ScenarioRunner::formatInstant(l.input.at))},
        {"purpose", utf8(l.input.purpose)},
        {"callee", utf8(l.input.callee)},
        {"phone_id", target.phoneId ? json(*target.phoneId) : json()},
        {"email_id", target.emailId ? json(*target.emailId) : json()},
        {"profile", full.at("profile")},
        {"blocked_by", full.at("blocked_by")},
        {"rules", full.at("details")},
        {"warnings", full.at("warnings")},
        {"zones", full.at("local_times")},
        {"inputs", full.at("inputs")},
        {"holds", holds},
        {"next_allowed_at", full.at("next_allowed_at")},
    };
    return details;
}

/// Cuts @p text to at most @p n UTF-16 units without splitting a surrogate pair.
QString cut(const QString& text, int n)
{
    if (text.size() <= n)
        return text;
    qsizetype end = n;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end);
}

} // namespace

QString ContactCheckService::profileIdFor(const QString& caseProfile, const QString& debtorCountry)
{
    if (!caseProfile.trimmed().isEmpty())
        return caseProfile.trimmed();
    return ZoneResolver::normaliseCountry(debtorCountry) == u"CN" ? QStringLiteral("cn-cifa")
                                                                  : QStringLiteral("us-regf");
}

qint64 ContactCheckService::caseIdForRef(Connection& connection, const QString& ref)
{
    Repositories repos(connection);
    const auto k = repos.cases().findByRef(ref);
    if (!k)
        throw Error(Error::Kind::NotFound, tr("There is no case with reference “%1”.").arg(ref));
    return k->id;
}

GateInput ContactCheckService::buildInput(Connection& connection, qint64 caseId, Channel channel,
                                          const QDateTime& at, const ContactTarget& target)
{
    return load(connection, caseId, channel, at, target).input;
}

GateDecision ContactCheckService::evaluate(Connection& connection, qint64 caseId, Channel channel,
                                           const QDateTime& at, const ContactTarget& target)
{
    static const ContactGate gate;
    return gate.evaluate(buildInput(connection, caseId, channel, at, target));
}

GateDecision ContactCheckService::check(Connection& connection, const UserContext& user,
                                        qint64 caseId, Channel channel, const QDateTime& at,
                                        const ContactTarget& target,
                                        std::optional<qint64>* auditEntryId)
{
    static const ContactGate gate;
    const Loaded l = load(connection, caseId, channel, at, target);
    GateDecision d = gate.evaluate(l.input);
    if (auditEntryId)
        auditEntryId->reset();
    if (d.allowed && d.warnings.empty())
        return d;

    nlohmann::json details = decisionDetails(l, d, target);
    details["decision"] = d.allowed ? "warn" : "block";
    Transaction t(connection);
    const qint64 id = AuditLog::append(connection, user,
                                       d.allowed ? QStringLiteral("contact.warned")
                                                 : QStringLiteral("contact.blocked"),
                                       QStringLiteral("case"), caseId, details);
    t.commit();
    if (auditEntryId)
        *auditEntryId = id;
    return d;
}

GateDecision ContactCheckService::check(Connection& connection, const UserContext& user,
                                        const QString& caseRef, Channel channel,
                                        const QDateTime& at, const ContactTarget& target,
                                        std::optional<qint64>* auditEntryId)
{
    return check(connection, user, caseIdForRef(connection, caseRef), channel, at, target,
                 auditEntryId);
}

qint64 ContactCheckService::override(Connection& connection, const UserContext& supervisor,
                                     qint64 caseId, Channel channel, const QDateTime& at,
                                     const QString& reason, const ContactTarget& target)
{
    if (supervisor.role != Role::Supervisor && supervisor.role != Role::Compliance &&
        supervisor.role != Role::Admin)
        throw Error(Error::Kind::Permission,
                    tr("Only a supervisor, a compliance officer or an administrator may override "
                       "the contact rules."));
    const QString text = reason.trimmed();
    if (text.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    tr("An override needs a reason. Type why the contact may go ahead."));

    static const ContactGate gate;
    const Loaded l = load(connection, caseId, channel, at, target);
    const GateDecision d = gate.evaluate(l.input);
    if (d.allowed)
        throw Error(Error::Kind::InvalidInput,
                    tr("The contact is allowed by the rules; there is nothing to override."));

    nlohmann::json details = decisionDetails(l, d, target);
    details["decision"] = "allow_override";
    details["reason"] = utf8(cut(text, maxReasonLength));
    details["reason_length"] = text.size();
    Transaction t(connection);
    const qint64 id = AuditLog::append(connection, supervisor, QStringLiteral("contact.override"),
                                       QStringLiteral("case"), caseId, details);
    t.commit();
    return id;
}

} // namespace caseloop
