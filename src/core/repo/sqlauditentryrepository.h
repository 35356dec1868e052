#pragma once

#include "repo/auditentryrepository.h"

namespace caseloop {

class Connection;

/// AuditEntryRepository over SQL: reads audit_log (portable SQL).
class SqlAuditEntryRepository final : public AuditEntryRepository {
public:
    explicit SqlAuditEntryRepository(Connection& connection)
        : m_connection(connection)
    {}

    std::vector<AuditEntry> listByEntity(const QString& entity, qint64 entityId) override;
    std::vector<AuditEntry> latest(int count) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
