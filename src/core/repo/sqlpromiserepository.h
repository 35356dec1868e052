#pragma once

#include "repo/promiserepository.h"

namespace caseloop {

class Connection;

/// PromiseRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlPromiseRepository final : public PromiseRepository {
public:
    explicit SqlPromiseRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Promise& promise) override;
    std::optional<Promise> find(qint64 id) override;
    void update(const Promise& promise) override;
    std::vector<Promise> listByCase(qint64 caseId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
