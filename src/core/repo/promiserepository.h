#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of promises to pay and the instalment plans that group them. Throws caseloop::Error.
class PromiseRepository {
public:
    virtual ~PromiseRepository() = default;

    /// Stores a new promise and returns its id (the id field of @p promise is ignored).
    virtual qint64 add(const Promise& promise) = 0;
    virtual std::optional<Promise> find(qint64 id) = 0;
    /// Writes every field of the promise with @p promise.id; throws NotFound when there is none.
    virtual void update(const Promise& promise) = 0;
    /// Deletes a promise; throws NotFound when there is none.
    virtual void remove(qint64 id) = 0;
    /// Promises of a case, newest first (by creation time, then id).
    virtual std::vector<Promise> listByCase(qint64 caseId) = 0;
    /// Pending promises of a case, oldest due first (then plan order, id): payment matching.
    virtual std::vector<Promise> pendingByCase(qint64 caseId) = 0;
    /// Pending promises due before @p before (of one case when given), oldest due first.
    virtual std::vector<Promise> pendingDueBefore(const QDate& before,
                                                  std::optional<qint64> caseId) = 0;
    /// Promises made in contact @p contactId, in plan order.
    virtual std::vector<Promise> listByContact(qint64 contactId) = 0;

    /// Stores a new instalment plan and returns its id.
    virtual qint64 addPlan(const PromisePlan& plan) = 0;
    virtual std::optional<PromisePlan> findPlan(qint64 id) = 0;
    /// Plans agreed in contact @p contactId.
    virtual std::vector<PromisePlan> plansByContact(qint64 contactId) = 0;
    /// Deletes a plan (its promises must be gone); throws NotFound when there is none.
    virtual void removePlan(qint64 id) = 0;
};

} // namespace caseloop
