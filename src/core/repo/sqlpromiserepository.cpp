#include "repo/sqlpromiserepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, case_id, agent_id, amount_minor, currency, due_date, grace_days, "
                   "status, kept_at, created_at, plan_id, instalment_no, contact_id, paid_minor "
                   "FROM promises ");

const QString selectPlanSql =
    QStringLiteral("SELECT id, case_id, agent_id, contact_id, total_minor, currency, frequency, "
                   "instalments, first_due_date, created_at FROM promise_plans ");

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
    p.planId = optIdFromDb(q.value(10));
    p.instalmentNo = optIntFromDb(q.value(11));
    p.contactId = optIdFromDb(q.value(12));
    p.paidMinor = q.value(13).toLongLong();
    return p;
}

PromisePlan readPlan(const Query& q)
{
    PromisePlan p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.agentId = q.value(2).toLongLong();
    p.contactId = optIdFromDb(q.value(3));
    p.total = Money{q.value(4).toLongLong(), q.value(5).toString()};
    p.frequency = enumFromDb<PlanFrequency>(q.value(6), "promise_plans.frequency");
    p.instalments = q.value(7).toInt();
    p.firstDueDate = dateFromDb(q.value(8));
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
    requireOptionalId(p.planId, "planId");
    requireOptionalId(p.contactId, "contactId");
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
        .bind(QStringLiteral(":created"), toDb(p.createdAt))
        .bind(QStringLiteral(":plan"), id(p.planId))
        .bind(QStringLiteral(":no"), integer(p.instalmentNo))
        .bind(QStringLiteral(":contact"), id(p.contactId))
        .bind(QStringLiteral(":paid"), p.paidMinor);
}

void removeById(Connection& c, const QString& sql, qint64 rowId, const char* entity)
{
    Query q(c, sql);
    q.bind(QStringLiteral(":id"), rowId).exec();
    requireUpdated(q, entity, rowId);
}

} // namespace

qint64 SqlPromiseRepository::add(const Promise& promise)
{
    validate(promise);
    Query q(m_connection,
            QStringLiteral("INSERT INTO promises (case_id, agent_id, amount_minor, currency, "
                           "due_date, grace_days, status, kept_at, created_at, plan_id, "
                           "instalment_no, contact_id, paid_minor) VALUES (:case, :agent, "
                           ":amount, :currency, :due, :grace, :status, :kept, :created, :plan, "
                           ":no, :contact, :paid) RETURNING id"));
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
                           "created_at = :created, plan_id = :plan, instalment_no = :no, "
                           "contact_id = :contact, paid_minor = :paid WHERE id = :id"));
    bindFields(q, promise);
    q.bind(QStringLiteral(":id"), promise.id).exec();
    requireUpdated(q, "promise", promise.id);
}

void SqlPromiseRepository::remove(qint64 promiseId)
{
    removeById(m_connection, QStringLiteral("DELETE FROM promises WHERE id = :id"), promiseId,
               "promise");
}

std::vector<Promise> SqlPromiseRepository::listByCase(qint64 caseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE case_id = :case ORDER BY created_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<Promise>(q, readPromise);
}

std::vector<Promise> SqlPromiseRepository::pendingByCase(qint64 caseId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE case_id = :case AND status = :s "
                                                     "ORDER BY due_date, instalment_no, id"));
    q.bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":s"), toCode(PromiseStatus::Pending));
    return readAll<Promise>(q, readPromise);
}

std::vector<Promise> SqlPromiseRepository::pendingDueBefore(const QDate& before,
                                                            std::optional<qint64> caseId)
{
    requireDate(before, "before");
    Query q(m_connection, selectSql + QStringLiteral("WHERE status = :s AND due_date < :before AND "
                                                     "(:case1 IS NULL OR case_id = :case2) "
                                                     "ORDER BY due_date, id"));
    q.bind(QStringLiteral(":s"), toCode(PromiseStatus::Pending))
        .bind(QStringLiteral(":before"), toDb(before))
        .bind(QStringLiteral(":case1"), id(caseId))
        .bind(QStringLiteral(":case2"), id(caseId));
    return readAll<Promise>(q, readPromise);
}

std::vector<Promise> SqlPromiseRepository::listByContact(qint64 contactId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE contact_id = :contact "
                                                     "ORDER BY plan_id, instalment_no, id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<Promise>(q, readPromise);
}

qint64 SqlPromiseRepository::addPlan(const PromisePlan& plan)
{
    requireId(plan.caseId, "caseId");
    requireId(plan.agentId, "agentId");
    requireOptionalId(plan.contactId, "contactId");
    requireCurrency(plan.total.currency);
    requireDate(plan.firstDueDate, "firstDueDate");
    requireTime(plan.createdAt, "createdAt");
    Query q(m_connection,
            QStringLiteral("INSERT INTO promise_plans (case_id, agent_id, contact_id, "
                           "total_minor, currency, frequency, instalments, first_due_date, "
                           "created_at) VALUES (:case, :agent, :contact, :total, :currency, "
                           ":frequency, :n, :first, :created) RETURNING id"));
    q.bind(QStringLiteral(":case"), plan.caseId)
        .bind(QStringLiteral(":agent"), plan.agentId)
        .bind(QStringLiteral(":contact"), id(plan.contactId))
        .bind(QStringLiteral(":total"), plan.total.minor)
        .bind(QStringLiteral(":currency"), plan.total.currency)
        .bind(QStringLiteral(":frequency"), toCode(plan.frequency))
        .bind(QStringLiteral(":n"), plan.instalments)
        .bind(QStringLiteral(":first"), toDb(plan.firstDueDate))
        .bind(QStringLiteral(":created"), toDb(plan.createdAt));
    return execInsert(q);
}

std::optional<PromisePlan> SqlPromiseRepository::findPlan(qint64 planId)
{
    Query q(m_connection, selectPlanSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), planId);
    return readOne<PromisePlan>(q, readPlan);
}

std::vector<PromisePlan> SqlPromiseRepository::plansByContact(qint64 contactId)
{
    Query q(m_connection,
            selectPlanSql + QStringLiteral("WHERE contact_id = :contact ORDER BY id"));
    q.bind(QStringLiteral(":contact"), contactId);
    return readAll<PromisePlan>(q, readPlan);
}

void SqlPromiseRepository::removePlan(qint64 planId)
{
    removeById(m_connection, QStringLiteral("DELETE FROM promise_plans WHERE id = :id"), planId,
               "promise plan");
}

} // namespace caseloop
