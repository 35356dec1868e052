#pragma once

#include "repo/clientrepository.h"

namespace caseloop {

class Connection;

/// ClientRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlClientRepository final : public ClientRepository {
public:
    explicit SqlClientRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Client& client) override;
    std::optional<Client> find(qint64 id) override;
    std::optional<Client> findByCode(const QString& code) override;
    std::vector<Client> list() override;

private:
    Connection& m_connection;
};

} // namespace caseloop
