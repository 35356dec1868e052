#pragma once

#include "domain/records.h"

#include <vector>

namespace caseloop {

/// Read access to the audit trail. Entries are appended only by AuditLog::append inside the
/// transaction of the change they record. Throws caseloop::Error.
class AuditEntryRepository {
public:
    virtual ~AuditEntryRepository() = default;

    /// Entries about one record, oldest first.
    virtual std::vector<AuditEntry> listByEntity(const QString& entity, qint64 entityId) = 0;
    /// The @p count (1–10,000) most recent entries, newest first.
    virtual std::vector<AuditEntry> latest(int count) = 0;
};

} // namespace caseloop
