#pragma once

#include "repo/caserepository.h"

namespace caseloop {

class Connection;

/// CaseRepository over SQL with keyset paging (portable: SQLite now, PostgreSQL later).
class SqlCaseRepository final : public CaseRepository {
public:
    explicit SqlCaseRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Case& c) override;
    std::optional<Case> find(qint64 id) override;
    std::optional<Case> findByRef(const QString& ref) override;
    void update(const Case& c) override;
    std::vector<Case> listPage(const CaseFilter& filter, std::optional<CaseKey> after,
                               int limit) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
