#include "repo/sqlcaserepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

#include <QStringList>

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql =
    QStringLiteral("SELECT id, ref, client_id, debtor_id, client_ref, original_creditor, "
                   "placed_date, placed_balance_minor, current_balance_minor, currency, status, "
                   "agent_id, rule_profile, updated_at FROM cases ");

constexpr int maxPage = 10000;

Case readCase(const Query& q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.ref = q.value(1).toString();
    c.clientId = q.value(2).toLongLong();
    c.debtorId = q.value(3).toLongLong();
    c.clientRef = q.value(4).toString();
    c.originalCreditor = q.value(5).toString();
    c.placedDate = dateFromDb(q.value(6));
    const QString currency = q.value(9).toString();
    c.placedBalance = Money{q.value(7).toLongLong(), currency};
    c.currentBalance = Money{q.value(8).toLongLong(), currency};
    c.status = enumFromDb<CaseStatus>(q.value(10), "cases.status");
    c.agentId = optIdFromDb(q.value(11));
    c.ruleProfile = q.value(12).toString();
    c.updatedAt = timeFromDb(q.value(13));
    return c;
}

void validate(const Case& c)
{
    requireId(c.clientId, "clientId");
    requireId(c.debtorId, "debtorId");
    requireOptionalId(c.agentId, "agentId");
    requireDate(c.placedDate, "placedDate");
    requireTime(c.updatedAt, "updatedAt");
    requireCurrency(c.placedBalance.currency);
    if (c.currentBalance.currency != c.placedBalance.currency) {
        throw Error(Error::Kind::InvalidInput,
                    trRepo("The placed and current balance of a case must be in the same "
                           "currency."),
                    QStringLiteral("placedBalance and currentBalance currencies differ"));
    }
}

void bindFields(Query& q, const Case& c)
{
    q.bind(QStringLiteral(":ref"), text(c.ref))
        .bind(QStringLiteral(":client"), c.clientId)
        .bind(QStringLiteral(":debtor"), c.debtorId)
        .bind(QStringLiteral(":clientRef"), text(c.clientRef))
        .bind(QStringLiteral(":creditor"), text(c.originalCreditor))
        .bind(QStringLiteral(":placedDate"), toDb(c.placedDate))
        .bind(QStringLiteral(":placed"), c.placedBalance.minor)
        .bind(QStringLiteral(":current"), c.currentBalance.minor)
        .bind(QStringLiteral(":currency"), c.placedBalance.currency)
        .bind(QStringLiteral(":status"), toCode(c.status))
        .bind(QStringLiteral(":agent"), id(c.agentId))
        .bind(QStringLiteral(":profile"), text(c.ruleProfile))
        .bind(QStringLiteral(":updated"), toDb(c.updatedAt));
}

} // namespace

qint64 SqlCaseRepository::add(const Case& c)
{
    validate(c);
    Query q(m_connection,
            QStringLiteral("INSERT INTO cases (ref, client_id, debtor_id, client_ref, "
                           "original_creditor, placed_date, placed_balance_minor, "
                           "current_balance_minor, currency, status, agent_id, rule_profile, "
                           "updated_at) VALUES (:ref, :client, :debtor, :clientRef, :creditor, "
                           ":placedDate, :placed, :current, :currency, :status, :agent, :profile, "
                           ":updated) RETURNING id"));
    bindFields(q, c);
    return execInsert(q);
}

std::optional<Case> SqlCaseRepository::find(qint64 caseId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), caseId);
    return readOne<Case>(q, readCase);
}

std::optional<Case> SqlCaseRepository::findByRef(const QString& ref)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE ref = :ref"));
    q.bind(QStringLiteral(":ref"), text(ref));
    return readOne<Case>(q, readCase);
}

void SqlCaseRepository::update(const Case& c)
{
    requireId(c.id, "case.id");
    validate(c);
    Query q(m_connection,
            QStringLiteral("UPDATE cases SET ref = :ref, client_id = :client, debtor_id = :debtor, "
                           "client_ref = :clientRef, original_creditor = :creditor, "
                           "placed_date = :placedDate, placed_balance_minor = :placed, "
                           "current_balance_minor = :current, currency = :currency, "
                           "status = :status, agent_id = :agent, rule_profile = :profile, "
                           "updated_at = :updated WHERE id = :id"));
    bindFields(q, c);
    q.bind(QStringLiteral(":id"), c.id).exec();
    requireUpdated(q, "case", c.id);
}

std::vector<Case> SqlCaseRepository::listPage(const CaseFilter& filter,
                                              std::optional<CaseKey> after, int limit)
{
    if (limit < 1 || limit > maxPage) {
        throw Error(Error::Kind::InvalidInput, trRepo("The page size is out of range."),
                    QStringLiteral("limit %1 not in 1..%2").arg(limit).arg(maxPage));
    }
    requireOptionalId(filter.agentId, "filter.agentId");
    requireOptionalId(filter.clientId, "filter.clientId");
    const bool byRef = filter.order == CaseFilter::Order::Ref;
    if (after && !byRef)
        requireTime(after->updatedAt, "after.updatedAt");

    // Only fixed fragments and generated placeholder names go into the text; values are bound.
    QStringList where;
    if (filter.agentId)
        where << QStringLiteral("agent_id = :agent");
    if (filter.clientId)
        where << QStringLiteral("client_id = :client");
    if (!filter.statuses.empty()) {
        QStringList names;
        for (size_t i = 0; i < filter.statuses.size(); ++i)
            names << QStringLiteral(":status%1").arg(i);
        where << QStringLiteral("status IN (") + names.join(QStringLiteral(", ")) +
                     QStringLiteral(")");
    }
    const bool descending = !byRef && filter.descending;
    if (after) {
        if (byRef)
            where << QStringLiteral("ref > :afterRef");
        else if (descending)
            where << QStringLiteral("(updated_at, id) < (:afterAt, :afterId)");
        else
            where << QStringLiteral("(updated_at, id) > (:afterAt, :afterId)");
    }
    QString sql = selectSql;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
    if (byRef)
        sql += QStringLiteral("ORDER BY ref ");
    else if (descending)
        sql += QStringLiteral("ORDER BY updated_at DESC, id DESC ");
    else
        sql += QStringLiteral("ORDER BY updated_at, id ");
    sql += QStringLiteral("LIMIT :limit");

    Query q(m_connection, sql);
    if (filter.agentId)
        q.bind(QStringLiteral(":agent"), *filter.agentId);
    if (filter.clientId)
        q.bind(QStringLiteral(":client"), *filter.clientId);
    for (size_t i = 0; i < filter.statuses.size(); ++i)
        q.bind(QStringLiteral(":status%1").arg(i), toCode(filter.statuses[i]));
    if (after) {
        if (byRef) {
            q.bind(QStringLiteral(":afterRef"), text(after->ref));
        } else {
            q.bind(QStringLiteral(":afterAt"), toDb(after->updatedAt));
            q.bind(QStringLiteral(":afterId"), after->id);
        }
    }
    q.bind(QStringLiteral(":limit"), limit);
    return readAll<Case>(q, readCase);
}

} // namespace caseloop
