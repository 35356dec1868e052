#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of holds (periods in which a debtor, or one of their cases, must not be worked).
/// Throws caseloop::Error.
class HoldRepository {
public:
    virtual ~HoldRepository() = default;

    /// Stores a new hold and returns its id (the id field of @p hold is ignored).
    virtual qint64 add(const Hold& hold) = 0;
    virtual std::optional<Hold> find(qint64 id) = 0;
    /// Sets (or clears, with nullopt) the end of a hold; throws NotFound when there is none.
    virtual void setUntil(qint64 holdId, const std::optional<QDateTime>& until) = 0;
    /// Holds recorded against one case (not the debtor-wide ones), newest first.
    virtual std::vector<Hold> listByCase(qint64 caseId) = 0;
    /// Holds of a debtor in force at @p at (since <= at < until), debtor-wide and per case,
    /// newest first.
    virtual std::vector<Hold> activeForDebtor(qint64 debtorId, const QDateTime& at) = 0;
};

} // namespace caseloop
