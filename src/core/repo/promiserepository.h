#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of promises to pay. Throws caseloop::Error.
class PromiseRepository {
public:
    virtual ~PromiseRepository() = default;

    /// Stores a new promise and returns its id (the id field of @p promise is ignored).
    virtual qint64 add(const Promise& promise) = 0;
    virtual std::optional<Promise> find(qint64 id) = 0;
    /// Writes every field of the promise with @p promise.id; throws NotFound when there is none.
    virtual void update(const Promise& promise) = 0;
    /// Promises of a case, newest first (by creation time, then id).
    virtual std::vector<Promise> listByCase(qint64 caseId) = 0;
};

} // namespace caseloop
