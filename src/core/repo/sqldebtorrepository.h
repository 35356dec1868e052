#pragma once

#include "repo/debtorrepository.h"

namespace caseloop {

class Connection;

/// DebtorRepository over SQL: debtors, debtor_phones and debtor_emails, written in one transaction.
class SqlDebtorRepository final : public DebtorRepository {
public:
    explicit SqlDebtorRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Debtor& debtor) override;
    std::optional<Debtor> find(qint64 id) override;
    void update(const Debtor& debtor) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
