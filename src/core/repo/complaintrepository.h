#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of complaints together with the contacts they are about. Throws caseloop::Error.
class ComplaintRepository {
public:
    virtual ~ComplaintRepository() = default;

    /// Stores a new complaint and its contact links in one transaction and returns its id.
    virtual qint64 add(const Complaint& complaint) = 0;
    /// The complaint with its contact ids (ascending).
    virtual std::optional<Complaint> find(qint64 id) = 0;
    virtual std::optional<Complaint> findByRef(const QString& ref) = 0;
    /// The complaint with @p externalId (e.g. a CFPB complaint id), the lowest id when several.
    virtual std::optional<Complaint> findByExternalId(const QString& externalId) = 0;
    /// Writes every field and replaces the contact links, in one transaction; throws NotFound
    /// when there is no complaint with @p complaint.id.
    virtual void update(const Complaint& complaint) = 0;
    /// Complaints about a case, newest first (by received time, then id).
    virtual std::vector<Complaint> listByCase(qint64 caseId) = 0;
    /// Complaints in any of @p statuses (none when empty), the one due for resolution soonest
    /// first.
    virtual std::vector<Complaint> listByStatus(const std::vector<ComplaintStatus>& statuses) = 0;
};

} // namespace caseloop
