#include "db/transaction.h"

#include "db/connection.h"
#include "db/query.h"

#include <spdlog/spdlog.h>

namespace caseloop {

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
    , m_level(++connection.transactionDepth())
{
    try {
        if (m_level == 1)
            Query::run(m_connection, m_connection.dialect().beginWrite());
        else
            Query::run(m_connection, QStringLiteral("SAVEPOINT sp%1").arg(m_level));
    } catch (...) {
        --m_connection.transactionDepth();
        throw;
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_level == 1) {
                Query::run(m_connection, QStringLiteral("ROLLBACK"));
            } else {
                Query::run(m_connection, QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
                Query::run(m_connection, QStringLiteral("RELEASE sp%1").arg(m_level));
            }
        } catch (const std::exception& e) {
            spdlog::error("rollback failed: {}", e.what());
        }
    }
    --m_connection.transactionDepth();
}

void Transaction::commit()
{
    if (m_level == 1)
        Query::run(m_connection, QStringLiteral("COMMIT"));
    else
        Query::run(m_connection, QStringLiteral("RELEASE sp%1").arg(m_level));
    m_done = true;
}

} // namespace caseloop
