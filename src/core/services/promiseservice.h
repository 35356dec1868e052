#pragma once

#include "domain/records.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <utility>
#include <vector>

namespace caseloop {

class Connection;

/// A promise to pay taken in a contact: one payment (frequency Once, instalments 1) or a plan.
struct NewPromisePlan {
    Money total; ///< whole amount; split evenly over the instalments, the remainder on the last
    PlanFrequency frequency = PlanFrequency::Once;
    int instalments = 1; ///< 1..120
    QDate firstDueDate;
};

/// Payments and promises: matches payments to pending promises (oldest due first) and decides
/// kept / broken with the profile's grace days. Throws caseloop::Error.
class PromiseService final {
    Q_DECLARE_TR_FUNCTIONS(PromiseService)

public:
    static constexpr int defaultGraceDays = 3;

    /// Records a payment on a case, lowers the balance, matches it to promises and updates the
    /// case status (paying / settled). Returns the payment id.
    static qint64 recordPayment(Connection& connection, const UserContext& user, qint64 caseId,
                                const Money& amount, const QDateTime& paidAt);
    /// Marks pending promises whose due date + grace days lies before @p now as broken (one
    /// audit entry per promise). Returns how many changed. @p caseId limits it to one case.
    static int sweepBroken(Connection& connection, const UserContext& user, const QDateTime& now,
                           std::optional<qint64> caseId = std::nullopt);
    /// Cancels a pending promise (InvalidInput for any other status, NotFound for none).
    static void cancel(Connection& connection, const UserContext& user, qint64 promiseId);
    /// Instalment amounts of a plan (even split, remainder on the last) and their due dates:
    /// weekly +7 days, biweekly +14 days, monthly QDate::addMonths from the first due date.
    /// Throws InvalidInput (naming the field) for a plan that cannot be scheduled.
    static std::vector<std::pair<QDate, qint64>> schedule(const NewPromisePlan& plan);

    /// Checks a plan for a case in @p caseCurrency: amount > 0 (an empty currency means the
    /// case's), same currency, 1–120 instalments (Once: exactly 1), each instalment at least one
    /// minor unit, first due date valid and not before @p earliestDue. Throws InvalidInput.
    static void validatePlan(const NewPromisePlan& plan, const QString& caseCurrency,
                             const QDate& earliestDue);

    /// The plan row and its instalment promises as stored by createPlan().
    struct CreatedPlan {
        qint64 planId = 0;
        std::vector<qint64> promiseIds;
    };
    /// Stores a plan and its instalments (status pending, grace days of the case's profile) with
    /// one audit entry each (promise_plan.create, promise.create); runs in its own transaction
    /// or inside the caller's. Does not change the case.
    static CreatedPlan createPlan(Connection& connection, const UserContext& user, qint64 caseId,
                                  qint64 agentId, std::optional<qint64> contactId,
                                  const NewPromisePlan& plan);

    /// Grace days for promises on a case: the rule profile's promise_grace_days, otherwise
    /// defaultGraceDays (also when the profile cannot be loaded).
    static int graceDaysFor(Connection& connection, qint64 caseId);
};

} // namespace caseloop
