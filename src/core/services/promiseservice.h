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
    static void cancel(Connection& connection, const UserContext& user, qint64 promiseId);
    /// Instalment amounts of a plan (even split, remainder on the last) and their due dates.
    static std::vector<std::pair<QDate, qint64>> schedule(const NewPromisePlan& plan);
};

} // namespace caseloop
