#pragma once

#include "repo/followuprepository.h"

namespace caseloop {

class Connection;

/// FollowUpRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlFollowUpRepository final : public FollowUpRepository {
public:
    explicit SqlFollowUpRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const FollowUp& followUp) override;
    std::optional<FollowUp> find(qint64 id) override;
    void update(const FollowUp& followUp) override;
    std::vector<FollowUp> listByCase(qint64 caseId) override;
    std::vector<FollowUp> dueForAgent(qint64 agentId, const QDateTime& before) override;
    void remove(qint64 id) override;
    void setPlannedIn(qint64 followUpId, qint64 contactId) override;
    std::vector<FollowUp> plannedIn(qint64 contactId) override;
    std::vector<FollowUp> completedBy(qint64 contactId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
