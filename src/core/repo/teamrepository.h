#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of teams (groups of agents under a supervisor). Implementations throw caseloop::Error.
class TeamRepository {
public:
    virtual ~TeamRepository() = default;

    /// Stores a new team and returns its id (the id field of @p team is ignored).
    virtual qint64 add(const Team& team) = 0;
    virtual std::optional<Team> find(qint64 id) = 0;
    /// All teams, by name.
    virtual std::vector<Team> list() = 0;
};

} // namespace caseloop
