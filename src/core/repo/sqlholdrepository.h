#pragma once

#include "repo/holdrepository.h"

namespace caseloop {

class Connection;

/// HoldRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlHoldRepository final : public HoldRepository {
public:
    explicit SqlHoldRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Hold& hold) override;
    std::optional<Hold> find(qint64 id) override;
    void setUntil(qint64 holdId, const std::optional<QDateTime>& until) override;
    std::vector<Hold> listByCase(qint64 caseId) override;
    std::vector<Hold> activeForDebtor(qint64 debtorId, const QDateTime& at) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
