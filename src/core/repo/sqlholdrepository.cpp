#include "repo/sqlholdrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral("SELECT id, debtor_id, case_id, type, since_at, until_at, "
                                         "note, created_by FROM holds ");

Hold readHold(const Query& q)
{
    Hold h;
    h.id = q.value(0).toLongLong();
    h.debtorId = q.value(1).toLongLong();
    h.caseId = optIdFromDb(q.value(2));
    h.type = enumFromDb<HoldType>(q.value(3), "holds.type");
    h.since = timeFromDb(q.value(4));
    h.until = optTimeFromDb(q.value(5));
    h.note = q.value(6).toString();
    h.createdById = optIdFromDb(q.value(7));
    return h;
}

} // namespace

qint64 SqlHoldRepository::add(const Hold& hold)
{
    requireId(hold.debtorId, "debtorId");
    requireOptionalId(hold.caseId, "caseId");
    requireOptionalId(hold.createdById, "createdById");
    requireTime(hold.since, "since");
    Query q(m_connection,
            QStringLiteral("INSERT INTO holds (debtor_id, case_id, type, since_at, until_at, note, "
                           "created_by) VALUES (:debtor, :case, :type, :since, :until, :note, "
                           ":by) RETURNING id"));
    q.bind(QStringLiteral(":debtor"), hold.debtorId)
        .bind(QStringLiteral(":case"), id(hold.caseId))
        .bind(QStringLiteral(":type"), toCode(hold.type))
        .bind(QStringLiteral(":since"), toDb(hold.since))
        .bind(QStringLiteral(":until"), toDb(hold.until))
        .bind(QStringLiteral(":note"), text(hold.note))
        .bind(QStringLiteral(":by"), id(hold.createdById));
    return execInsert(q);
}

std::optional<Hold> SqlHoldRepository::find(qint64 holdId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), holdId);
    return readOne<Hold>(q, readHold);
}

void SqlHoldRepository::setUntil(qint64 holdId, const std::optional<QDateTime>& until)
{
    requireId(holdId, "holdId");
    if (until)
        requireTime(*until, "until");
    Query q(m_connection, QStringLiteral("UPDATE holds SET until_at = :until WHERE id = :id"));
    q.bind(QStringLiteral(":until"), toDb(until)).bind(QStringLiteral(":id"), holdId).exec();
    requireUpdated(q, "hold", holdId);
}

std::vector<Hold> SqlHoldRepository::listByCase(qint64 caseId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE case_id = :case ORDER BY since_at DESC, id DESC"));
    q.bind(QStringLiteral(":case"), caseId);
    return readAll<Hold>(q, readHold);
}

std::vector<Hold> SqlHoldRepository::activeForDebtor(qint64 debtorId, const QDateTime& at)
{
    requireTime(at, "at");
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE debtor_id = :debtor AND since_at <= :at "
                                       "AND (until_at IS NULL OR until_at > :at2) "
                                       "ORDER BY since_at DESC, id DESC"));
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":at"), toDb(at))
        .bind(QStringLiteral(":at2"), toDb(at));
    return readAll<Hold>(q, readHold);
}

} // namespace caseloop
