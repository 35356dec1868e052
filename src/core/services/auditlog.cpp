#include "services/auditlog.h"

#include "db/connection.h"
#include "db/query.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace caseloop {

namespace {
const QByteArray genesisHash(32, '\0');
}

QByteArray AuditLog::entryHash(const QByteArray& prevHash, qint64 atMs,
                               std::optional<qint64> userId, const QString& action,
                               const QString& entity, std::optional<qint64> entityId,
                               const QString& detailsJson)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QByteArray sep("\x1f", 1);
    auto field = [&h](const QByteArray& bytes) {
        h.addData(bytes);
        h.addData(QByteArrayView("\x1f", 1));
    };
    h.addData(prevHash);
    field(QByteArray::number(atMs));
    field(userId ? QByteArray::number(*userId) : QByteArray());
    field(action.toUtf8());
    field(entity.toUtf8());
    field(entityId ? QByteArray::number(*entityId) : QByteArray());
    h.addData(detailsJson.toUtf8());
    return h.result();
}

qint64 AuditLog::append(Connection& c, const UserContext& user, const QString& action,
                        const QString& entity, std::optional<qint64> entityId,
                        const nlohmann::json& details)
{
    Query last(c, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    last.exec();
    const QByteArray prev = last.next() ? last.value(0).toByteArray() : genesisHash;

    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> userId =
        user.isSystem() ? std::nullopt : std::optional<qint64>(user.userId);
    const QString json = QString::fromStdString(details.dump());
    const QByteArray hash = entryHash(prev, at, userId, action, entity, entityId, json);

    Query insert(c, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, "
                                   "details_json, prev_hash, hash) VALUES (:at, :user, :action, "
                                   ":entity, :eid, :details, :prev, :hash)"));
    insert.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), userId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":eid"), entityId)
        .bind(QStringLiteral(":details"), json)
        .bind(QStringLiteral(":prev"), prev)
        .bind(QStringLiteral(":hash"), hash)
        .exec();
    return insert.lastInsertId();
}

AuditLog::Verification AuditLog::verify(Connection& c)
{
    Verification result;
    Query q(c, QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, details_json, "
                              "prev_hash, hash FROM audit_log ORDER BY id"));
    q.exec();
    QByteArray prev = genesisHash;
    while (q.next()) {
        ++result.entries;
        const QByteArray storedPrev = q.value(7).toByteArray();
        const QByteArray expected =
            entryHash(prev, q.value(1).toLongLong(), optIdFromDb(q.value(2)), q.value(3).toString(),
                      q.value(4).toString(), optIdFromDb(q.value(5)), q.value(6).toString());
        if (storedPrev != prev || q.value(8).toByteArray() != expected) {
            result.ok = false;
            result.firstBadId = q.value(0).toLongLong();
            return result;
        }
        prev = q.value(8).toByteArray();
    }
    return result;
}

} // namespace caseloop
