#pragma once

#include "repo/paymentrepository.h"

namespace caseloop {

class Connection;

/// PaymentRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlPaymentRepository final : public PaymentRepository {
public:
    explicit SqlPaymentRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Payment& payment) override;
    std::optional<Payment> find(qint64 id) override;
    std::vector<Payment> listByCase(qint64 caseId) override;
    std::vector<Payment> listByPromise(qint64 promiseId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
