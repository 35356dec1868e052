#pragma once

namespace caseloop {

class Connection;

/// RAII write transaction: rolls back unless commit() was called. Nested guards on the same
/// connection use savepoints, so a service may call another service inside its transaction.
class Transaction final {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    int m_level = 0;
    bool m_done = false;
};

} // namespace caseloop
