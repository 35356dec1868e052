#pragma once

#include "repo/userrepository.h"

namespace caseloop {

class Connection;

/// UserRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlUserRepository final : public UserRepository {
public:
    explicit SqlUserRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const User& user) override;
    std::optional<User> find(qint64 id) override;
    std::optional<User> findByLogin(const QString& login) override;
    void update(const User& user) override;
    std::vector<User> listByRole(Role role) override;
    std::vector<User> listByTeam(qint64 teamId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
