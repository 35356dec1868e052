#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Which cases a page holds and in which order.
struct CaseFilter {
    enum class Order {
        Ref,     ///< by reference, ascending
        Updated, ///< by (updatedAt, id), ascending unless descending is set
    };
    std::optional<qint64> agentId;
    std::vector<CaseStatus> statuses; ///< empty: any status
    std::optional<qint64> clientId;
    Order order = Order::Ref;
    bool descending = false; ///< only for Order::Updated: most recently changed first
};

/// Position in a case list: the sort key of the last row of the previous page.
struct CaseKey {
    QString ref;
    QDateTime updatedAt;
    qint64 id = 0;

    static CaseKey of(const Case& c) { return CaseKey{c.ref, c.updatedAt, c.id}; }
};

/// Storage of cases (one placed debt each). Lists are paged by key, never by offset, so a page
/// costs the same at the end of a million rows as at the start. Throws caseloop::Error.
class CaseRepository {
public:
    virtual ~CaseRepository() = default;

    /// Stores a new case and returns its id (the id field of @p c is ignored). Both balances
    /// must have the same currency.
    virtual qint64 add(const Case& c) = 0;
    virtual std::optional<Case> find(qint64 id) = 0;
    virtual std::optional<Case> findByRef(const QString& ref) = 0;
    /// Writes every field of the case with @p c.id; throws NotFound when there is none.
    virtual void update(const Case& c) = 0;
    /// Up to @p limit (1–10,000) cases matching @p filter that sort after @p after (from the
    /// start when empty). Pass CaseKey::of(last row) to get the next page.
    virtual std::vector<Case> listPage(const CaseFilter& filter, std::optional<CaseKey> after,
                                       int limit) = 0;
};

} // namespace caseloop
