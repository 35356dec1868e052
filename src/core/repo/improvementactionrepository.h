#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of improvement actions (training, coaching, script or process changes) with the
/// agents they cover. Throws caseloop::Error.
class ImprovementActionRepository {
public:
    virtual ~ImprovementActionRepository() = default;

    /// Stores a new action and its agents in one transaction and returns its id.
    virtual qint64 add(const ImprovementAction& action) = 0;
    /// The action with its agent ids (ascending).
    virtual std::optional<ImprovementAction> find(qint64 id) = 0;
    /// Actions covering an agent, newest first (by action date, then id).
    virtual std::vector<ImprovementAction> listForAgent(qint64 agentId) = 0;
};

} // namespace caseloop
