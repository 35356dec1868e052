#include "repo/sqlpaymentrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral("SELECT id, case_id, agent_id, amount_minor, currency, "
                                         "paid_at, promise_id FROM payments ");

Payment readPayment(const Query& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.agentId = optIdFromDb(q.value(2));
    p.amount = Money{q.value(3).toLongLong(), q.value(4).toString()};
    p.paidAt = timeFromDb(q.value(5));
    p.promiseId = optIdFromDb(q.value(6));
    return p;
}

} // namespace

qint64 SqlPaymentRepository::add(const Payment& payment)
{
    requireId(payment.caseId, "caseId");
    requireOptionalId(payment.agentId, "agentId");
    requireOptionalId(payment.promiseId, "promiseId");
    requireCurrency(payment.amount.currency);
    requireTime(payment.paidAt, "paidAt");
    Query q(m_connection,
            QStringLiteral("INSERT INTO payments (case_id, agent_id, amount_minor, currency, "
                           "paid_at, promise_id) VALUES (:case, :agent, :amount, :currency, "
                           ":paid, :promise) RETURNING id"));
    q.bind(QStringLiteral(":case"), payment.caseId)
        .bind(QStringLiteral(":agent"), id(payment.agentId))
        .bind(QStringLiteral(":amount"), payment.amount.minor)
        .bind(QStringLiteral(":currency"), payment.amount.currency)
        .bind(QStringLiteral(":paid"), toDb(payment.paidAt))
        .bind(QStringLiteral(":promise"), id(payment.promiseId));
    return execInsert(q);
}

std::optional<Payment> SqlPaymentRepository::find(qint64 paymentId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), paymentId);
    return readOne<Payment>(q, readPayment);
}

std::vector<Payment> SqlPaymentRepository::listByCase(qint64 caseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE case_id = :case ORDER BY paid_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<Payment>(q, readPayment);
}

std::vector<Payment> SqlPaymentRepository::listByPromise(qint64 promiseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE promise_id = :promise ORDER BY paid_at, id"));
    q.bind(QStringLiteral(":promise"), promiseId);
    return readAll<Payment>(q, readPayment);
}

} // namespace caseloop
