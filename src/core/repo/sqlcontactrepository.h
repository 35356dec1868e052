#pragma once

#include "repo/contactrepository.h"

namespace caseloop {

class Connection;

/// ContactRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlContactRepository final : public ContactRepository {
public:
    explicit SqlContactRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Contact& contact) override;
    std::optional<Contact> find(qint64 id) override;
    std::vector<Contact> listByCase(qint64 caseId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
