#pragma once

#include "repo/teamrepository.h"

namespace caseloop {

class Connection;

/// TeamRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlTeamRepository final : public TeamRepository {
public:
    explicit SqlTeamRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Team& team) override;
    std::optional<Team> find(qint64 id) override;
    std::vector<Team> list() override;

private:
    Connection& m_connection;
};

} // namespace caseloop
