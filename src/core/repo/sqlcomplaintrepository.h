#pragma once

#include "repo/complaintrepository.h"

namespace caseloop {

class Connection;

/// ComplaintRepository over SQL: complaints and complaint_contacts, written in one transaction.
class SqlComplaintRepository final : public ComplaintRepository {
public:
    explicit SqlComplaintRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Complaint& complaint) override;
    std::optional<Complaint> find(qint64 id) override;
    std::optional<Complaint> findByRef(const QString& ref) override;
    std::optional<Complaint> findByExternalId(const QString& externalId) override;
    void update(const Complaint& complaint) override;
    std::vector<Complaint> listByCase(qint64 caseId) override;
    std::vector<Complaint> listByStatus(const std::vector<ComplaintStatus>& statuses) override;

private:
    std::vector<Complaint> withContacts(std::vector<Complaint> complaints);
    void writeContacts(qint64 complaintId, const std::vector<qint64>& contactIds);
    Connection& m_connection;
};

} // namespace caseloop
