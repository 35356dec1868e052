#include "repo/sqlauditentryrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                                         "details_json, prev_hash, hash FROM audit_log ");

constexpr int maxEntries = 10000;

AuditEntry readEntry(const Query& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = timeFromDb(q.value(1));
    e.userId = optIdFromDb(q.value(2));
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = optIdFromDb(q.value(5));
    e.detailsJson = q.value(6).toString();
    e.prevHash = q.value(7).toByteArray();
    e.hash = q.value(8).toByteArray();
    return e;
}

} // namespace

std::vector<AuditEntry> SqlAuditEntryRepository::listByEntity(const QString& entity,
                                                              qint64 entityId)
{
    Query q(m_connection,
            selectSql + QStringLiteral("WHERE entity = :entity AND entity_id = :eid ORDER BY id"));
    q.bind(QStringLiteral(":entity"), text(entity)).bind(QStringLiteral(":eid"), entityId);
    return readAll<AuditEntry>(q, readEntry);
}

std::vector<AuditEntry> SqlAuditEntryRepository::latest(int count)
{
    if (count < 1 || count > maxEntries) {
        throw Error(Error::Kind::InvalidInput, trRepo("The number of entries is out of range."),
                    QStringLiteral("count %1 not in 1..%2").arg(count).arg(maxEntries));
    }
    Query q(m_connection, selectSql + QStringLiteral("ORDER BY id DESC LIMIT :count"));
    q.bind(QStringLiteral(":count"), count);
    return readAll<AuditEntry>(q, readEntry);
}

} // namespace caseloop
