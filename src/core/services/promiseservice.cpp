#include "services/promiseservice.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "repo/repositories.h"
#include "rules/ruleprofile.h"
#include "services/auditlog.h"
#include "services/contactcheckservice.h"

#include <algorithm>
#include <set>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

using nlohmann::json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::string isoDate(const QDate& d)
{
    return utf8(d.toString(Qt::ISODate));
}

std::string isoTime(const QDateTime& t)
{
    return utf8(t.toUTC().toString(Qt::ISODateWithMs));
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

Case requireCase(Repositories& repos, qint64 caseId)
{
    const auto k = repos.cases().find(caseId);
    if (!k)
        throw Error(Error::Kind::NotFound,
                    PromiseService::tr("There is no case with id %1.").arg(caseId));
    return *k;
}

bool finalStatus(CaseStatus s)
{
    return s == CaseStatus::Settled || s == CaseStatus::Closed || s == CaseStatus::Recalled;
}

/// A case that was waiting on promises goes back to "active" once none is pending any more.
void releasePromiseStatus(Repositories& repos, const UserContext& user, qint64 caseId,
                          const QDateTime& now)
{
    Case k = requireCase(repos, caseId);
    if (k.status != CaseStatus::Promise || !repos.promises().pendingByCase(caseId).empty())
        return;
    k.status = CaseStatus::Active;
    k.updatedAt = now;
    repos.cases().update(k);
    AuditLog::append(repos.connection(), user, QStringLiteral("case.update"),
                     QStringLiteral("case"), caseId,
                     {{"case_id", caseId},
                      {"status_from", utf8(toCode(CaseStatus::Promise))},
                      {"status_to", utf8(toCode(CaseStatus::Active))},
                      {"reason", "no_pending_promise"}});
}

} // namespace

std::vector<std::pair<QDate, qint64>> PromiseService::schedule(const NewPromisePlan& plan)
{
    if (plan.instalments < 1 || plan.instalments > 120)
        invalid(tr("Instalments: give a number from 1 to 120 (got %1).").arg(plan.instalments));
    if (plan.frequency == PlanFrequency::Once && plan.instalments != 1)
        invalid(tr("Instalments: a one-off promise has exactly one payment; choose weekly, "
                   "every two weeks or monthly for %1 instalments.")
                    .arg(plan.instalments));
    if (plan.total.minor <= 0)
        invalid(tr("Promise amount: must be greater than zero."));
    if (plan.total.minor < plan.instalments)
        invalid(
            tr("Promise amount: too small to split into %1 instalments.").arg(plan.instalments));
    if (!plan.firstDueDate.isValid())
        invalid(tr("First due date: no valid date was given."));

    const qint64 each = plan.total.minor / plan.instalments;
    std::vector<std::pair<QDate, qint64>> out;
    out.reserve(std::size_t(plan.instalments));
    for (int i = 0; i < plan.instalments; ++i) {
        QDate due = plan.firstDueDate;
        switch (plan.frequency) {
        case PlanFrequency::Once:
            break;
        case PlanFrequency::Weekly:
            due = plan.firstDueDate.addDays(7LL * i);
            break;
        case PlanFrequency::Biweekly:
            due = plan.firstDueDate.addDays(14LL * i);
            break;
        case PlanFrequency::Monthly:
            due = plan.firstDueDate.addMonths(i);
            break;
        }
        const qint64 amount =
            i + 1 == plan.instalments ? plan.total.minor - each * (plan.instalments - 1) : each;
        out.emplace_back(due, amount);
    }
    return out;
}

void PromiseService::validatePlan(const NewPromisePlan& plan, const QString& caseCurrency,
                                  const QDate& earliestDue)
{
    if (plan.total.minor <= 0)
        invalid(tr("Promise amount: must be greater than zero."));
    if (!plan.total.currency.isEmpty() && plan.total.currency != caseCurrency)
        invalid(tr("Promise amount: the currency %1 differs from the case's currency %2.")
                    .arg(plan.total.currency, caseCurrency));
    if (!plan.firstDueDate.isValid())
        invalid(tr("First due date: no valid date was given."));
    if (earliestDue.isValid() && plan.firstDueDate < earliestDue)
        invalid(tr("First due date: %1 lies in the past.")
                    .arg(plan.firstDueDate.toString(Qt::ISODate)));
    schedule(plan); // instalments, frequency and split
}

int PromiseService::graceDaysFor(Connection& connection, qint64 caseId)
{
    Query q(connection, QStringLiteral("SELECT c.rule_profile, d.country FROM cases c JOIN "
                                       "debtors d ON d.id = c.debtor_id WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), caseId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no case with id %1.").arg(caseId));
    const QString profileId =
        ContactCheckService::profileIdFor(q.value(0).toString(), q.value(1).toString());
    try {
        return RuleProfile::load(profileId)->promiseGraceDays.value_or(defaultGraceDays);
    } catch (const Error& e) {
        spdlog::warn("rule profile '{}' of case {} cannot be loaded; promise grace days default "
                     "to {}: {}",
                     profileId.toStdString(), caseId, defaultGraceDays, e.details().toStdString());
        return defaultGraceDays;
    }
}

PromiseService::CreatedPlan PromiseService::createPlan(Connection& connection,
                                                       const UserContext& user, qint64 caseId,
                                                       qint64 agentId,
                                                       std::optional<qint64> contactId,
                                                       const NewPromisePlan& plan)
{
    Repositories repos(connection);
    const Case k = requireCase(repos, caseId);
    const QString currency = k.currentBalance.currency;
    validatePlan(plan, currency, QDate());
    const auto instalments = schedule(plan);
    const int grace = graceDaysFor(connection, caseId);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    Transaction t(connection);
    PromisePlan row;
    row.caseId = caseId;
    row.agentId = agentId;
    row.contactId = contactId;
    row.total = Money{plan.total.minor, currency};
    row.frequency = plan.frequency;
    row.instalments = plan.instalments;
    row.firstDueDate = plan.firstDueDate;
    row.createdAt = now;
    CreatedPlan out;
    out.planId = repos.promises().addPlan(row);
    AuditLog::append(connection, user, QStringLiteral("promise_plan.create"),
                     QStringLiteral("promise_plan"), out.planId,
                     {{"plan_id", out.planId},
                      {"case_id", caseId},
                      {"agent_id", agentId},
                      {"contact_id", contactId ? json(*contactId) : json()},
                      {"total_minor", plan.total.minor},
                      {"currency", utf8(currency)},
                      {"frequency", utf8(toCode(plan.frequency))},
                      {"instalments", plan.instalments},
                      {"first_due_date", isoDate(plan.firstDueDate)}});
    int no = 0;
    for (const auto& [due, amount] : instalments) {
        Promise p;
        p.caseId = caseId;
        p.agentId = agentId;
        p.amount = Money{amount, currency};
        p.dueDate = due;
        p.graceDays = grace;
        p.status = PromiseStatus::Pending;
        p.createdAt = now;
        p.planId = out.planId;
        p.instalmentNo = ++no;
        p.contactId = contactId;
        const qint64 id = repos.promises().add(p);
        out.promiseIds.push_back(id);
        AuditLog::append(connection, user, QStringLiteral("promise.create"),
                         QStringLiteral("promise"), id,
                         {{"promise_id", id},
                          {"plan_id", out.planId},
                          {"instalment_no", no},
                          {"case_id", caseId},
                          {"amount_minor", amount},
                          {"currency", utf8(currency)},
                          {"due_date", isoDate(due)},
                          {"grace_days", grace}});
    }
    t.commit();
    return out;
}

qint64 PromiseService::recordPayment(Connection& connection, const UserContext& user, qint64 caseId,
                                     const Money& amount, const QDateTime& paidAt)
{
    Repositories repos(connection);
    Case k = requireCase(repos, caseId);
    const QString currency = k.currentBalance.currency;
    if (amount.minor <= 0)
        invalid(tr("Payment amount: must be greater than zero."));
    if (!amount.currency.isEmpty() && amount.currency != currency)
        invalid(tr("Payment amount: the currency %1 differs from the case's currency %2.")
                    .arg(amount.currency, currency));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = paidAt.isValid() ? paidAt.toUTC() : now;
    if (at > now.addSecs(5 * 60))
        invalid(tr("Payment time: %1 lies in the future.").arg(at.toString(Qt::ISODate)));
    const QDate paidDate = at.date();

    Transaction t(connection);
    // Match oldest due first; a promise paid in full by due date + grace days is kept.
    std::vector<Promise> changed;
    json matched = json::array();
    qint64 remaining = amount.minor;
    for (Promise p : repos.promises().pendingByCase(caseId)) {
        if (remaining <= 0)
            break;
        const qint64 need = p.amount.minor - p.paidMinor;
        if (need <= 0)
            continue;
        const qint64 take = std::min(need, remaining);
        remaining -= take;
        p.paidMinor += take;
        if (p.paidMinor >= p.amount.minor) {
            if (paidDate <= p.dueDate.addDays(p.graceDays)) {
                p.status = PromiseStatus::Kept;
                p.keptAt = at;
            } else {
                p.status = PromiseStatus::Broken; // paid in full, but late
            }
        }
        matched.push_back({{"promise_id", p.id}, {"amount_minor", take}});
        changed.push_back(p);
    }

    Payment payment;
    payment.caseId = caseId;
    payment.agentId = k.agentId;
    payment.amount = Money{amount.minor, currency};
    payment.paidAt = at;
    if (!changed.empty())
        payment.promiseId = changed.front().id;
    const qint64 paymentId = repos.payments().add(payment);
    AuditLog::append(connection, user, QStringLiteral("payment.create"), QStringLiteral("payment"),
                     paymentId,
                     {{"payment_id", paymentId},
                      {"case_id", caseId},
                      {"amount_minor", amount.minor},
                      {"currency", utf8(currency)},
                      {"paid_at", isoTime(at)},
                      {"promise_id", payment.promiseId ? json(*payment.promiseId) : json()},
                      {"matched", matched},
                      {"unmatched_minor", remaining}});
    for (const Promise& p : changed) {
        repos.promises().update(p);
        AuditLog::append(connection, user, QStringLiteral("promise.update"),
                         QStringLiteral("promise"), p.id,
                         {{"promise_id", p.id},
                          {"case_id", caseId},
                          {"payment_id", paymentId},
                          {"paid_minor", p.paidMinor},
                          {"amount_minor", p.amount.minor},
                          {"status", utf8(toCode(p.status))}});
    }

    const CaseStatus from = k.status;
    k.currentBalance.minor -= amount.minor;
    if (k.currentBalance.minor <= 0)
        k.status = CaseStatus::Settled;
    else if (!finalStatus(k.status))
        k.status = CaseStatus::Paying;
    k.updatedAt = now;
    repos.cases().update(k);
    AuditLog::append(connection, user, QStringLiteral("case.update"), QStringLiteral("case"),
                     caseId,
                     {{"case_id", caseId},
                      {"status_from", utf8(toCode(from))},
                      {"status_to", utf8(toCode(k.status))},
                      {"balance_minor", k.currentBalance.minor},
                      {"payment_id", paymentId}});
    t.commit();
    return paymentId;
}

int PromiseService::sweepBroken(Connection& connection, const UserContext& user,
                                const QDateTime& now, std::optional<qint64> caseId)
{
    if (!now.isValid())
        invalid(tr("No valid time was given for the broken-promise check."));
    Repositories repos(connection);
    const QDate today = now.toUTC().date();
    Transaction t(connection);
    int changed = 0;
    std::set<qint64> cases;
    for (Promise p : repos.promises().pendingDueBefore(today, caseId)) {
        if (p.dueDate.addDays(p.graceDays) >= today || p.paidMinor >= p.amount.minor)
            continue;
        p.status = PromiseStatus::Broken;
        repos.promises().update(p);
        AuditLog::append(connection, user, QStringLiteral("promise.broken"),
                         QStringLiteral("promise"), p.id,
                         {{"promise_id", p.id},
                          {"case_id", p.caseId},
                          {"due_date", isoDate(p.dueDate)},
                          {"grace_days", p.graceDays},
                          {"paid_minor", p.paidMinor},
                          {"amount_minor", p.amount.minor}});
        cases.insert(p.caseId);
        ++changed;
    }
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    for (const qint64 id : cases)
        releasePromiseStatus(repos, user, id, stamp);
    t.commit();
    return changed;
}

void PromiseService::cancel(Connection& connection, const UserContext& user, qint64 promiseId)
{
    Repositories repos(connection);
    auto p = repos.promises().find(promiseId);
    if (!p)
        throw Error(Error::Kind::NotFound, tr("There is no promise with id %1.").arg(promiseId));
    if (p->status != PromiseStatus::Pending)
        invalid(
            tr("Only a pending promise can be cancelled; this one is %1.").arg(toCode(p->status)));
    Transaction t(connection);
    p->status = PromiseStatus::Cancelled;
    repos.promises().update(*p);
    AuditLog::append(
        connection, user, QStringLiteral("promise.cancel"), QStringLiteral("promise"), promiseId,
        {{"promise_id", promiseId}, {"case_id", p->caseId}, {"paid_minor", p->paidMinor}});
    releasePromiseStatus(repos, user, p->caseId, QDateTime::currentDateTimeUtc());
    t.commit();
}

} // namespace caseloop
