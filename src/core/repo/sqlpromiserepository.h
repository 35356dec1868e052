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
    void remove(qint64 id) override;
    std::vector<Promise> listByCase(qint64 caseId) override;
    std::vector<Promise> pendingByCase(qint64 caseId) override;
    std::vector<Promise> pendingDueBefore(const QDate& before,
                                          std::optional<qint64> caseId) override;
    std::vector<Promise> listByContact(qint64 contactId) override;
    qint64 addPlan(const PromisePlan& plan) override;
    std::optional<PromisePlan> findPlan(qint64 id) override;
    std::vector<PromisePlan> plansByContact(qint64 contactId) override;
    void removePlan(qint64 id) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
