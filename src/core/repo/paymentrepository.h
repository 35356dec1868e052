#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of payments received on cases. Payments are facts and are not edited.
/// Throws caseloop::Error.
class PaymentRepository {
public:
    virtual ~PaymentRepository() = default;

    /// Stores a new payment and returns its id (the id field of @p payment is ignored).
    virtual qint64 add(const Payment& payment) = 0;
    virtual std::optional<Payment> find(qint64 id) = 0;
    /// Payments of a case, newest first (by payment time, then id).
    virtual std::vector<Payment> listByCase(qint64 caseId) = 0;
    /// Payments whose first matched promise is @p promiseId, oldest first.
    virtual std::vector<Payment> listByPromise(qint64 promiseId) = 0;
};

} // namespace caseloop
