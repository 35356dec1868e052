#include "repo/sqlpromiserepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, case_id, agent_id, amount_minor, currency, due_date, grace_days, "
                   "status, kept_at, created_at FROM promises ");

Promise readPromise(const Query& q)
{
    Promise p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.agentId = q.value(2).toLongLong();
    p.amount = Money{q.value(3).toLongLong(), q.value(4).toString()};
    p.dueDate = dateFromDb(q.value(5));
    p.graceDays = q.value(6).toInt();
    p.status = enumFromDb<PromiseStatus>(q.value(7), "promises.status");
    p.keptAt = optTimeFromDb(q.value(8));
    p.createdAt = timeFromDb(q.value(9));
    return p;
}

void validate(const Promise& p)
{
    requireId(p.caseId, "caseId");
    requireId(p.agentId, "agentId");
    requireCurrency(p.amount.currency);
    requireDate(p.dueDate, "dueDate");
    requireTime(p.createdAt, "createdAt");
}

void bindFields(Query& q, const Promise& p)
{
    q.bind(QStringLiteral(":case"), p.caseId)
        .bind(QStringLiteral(":agent"), p.agentId)
        .bind(QStringLiteral(":amount"), p.amount.minor)
        .bind(QStringLiteral(":currency"), p.amount.currency)
        .bind(QStringLiteral(":due"), toDb(p.dueDate))
        .bind(QStringLiteral(":grace"), p.graceDays)
        .bind(QStringLiteral(":status"), toCode(p.status))
        .bind(QStringLiteral(":kept"), toDb(p.keptAt))
        .bind(QStringLiteral(":created"), toDb(p.createdAt));
}

} // namespace

qint64 SqlPromiseRepository::add(const Promise& promise)
{
    validate(promise);
    Query q(m_connection,
            QStringLiteral("INSERT INTO promises (case_id, agent_id, amount_minor, currency, "
                           "due_date, grace_days, status, kept_at, created_at) VALUES (:case, "
                           ":agent, :amount, :currency, :due, :grace, :status, :kept, :created) "
                           "RETURNING id"));
    bindFields(q, promise);
    return execInsert(q);
}

std::optional<Promise> SqlPromiseRepository::find(qint64 promiseId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), promiseId);
    return readOne<Promise>(q, readPromise);
}

void SqlPromiseRepository::update(const Promise& promise)
{
    requireId(promise.id, "promise.id");
    validate(promise);
    Query q(m_connection,
            QStringLiteral("UPDATE promises SET case_id = :case, agent_id = :agent, "
                           "amount_minor = :amount, currency = :currency, due_date = :due, "
                           "grace_days = :grace, status = :status, kept_at = :kept, "
                           "created_at = :created WHERE id = :id"));
    bindFields(q, promise);
    q.bind(QStringLiteral(":id"), promise.id).exec();
    requireUpdated(q, "promise", promise.id);
}

std::vector<Promise> SqlPromiseRepository::listByCase(qint64 caseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE case_id = :case ORDER BY created_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<Promise>(q, readPromise);
}

} // namespace caseloop
