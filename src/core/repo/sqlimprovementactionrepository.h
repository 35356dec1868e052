#pragma once

#include "repo/improvementactionrepository.h"

namespace caseloop {

class Connection;

/// ImprovementActionRepository over SQL: improvement_actions and improvement_action_agents.
class SqlImprovementActionRepository final : public ImprovementActionRepository {
public:
    explicit SqlImprovementActionRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const ImprovementAction& action) override;
    std::optional<ImprovementAction> find(qint64 id) override;
    std::vector<ImprovementAction> listForAgent(qint64 agentId) override;

private:
    std::vector<qint64> agentsOf(qint64 actionId);
    Connection& m_connection;
};

} // namespace caseloop
