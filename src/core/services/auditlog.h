#pragma once

#include "usercontext.h"

#include <QString>

#include <nlohmann/json.hpp>
#include <optional>

namespace caseloop {

class Connection;

/// The append-only, hash-chained audit trail. Each entry's hash covers the previous entry's hash
/// and its own fields, so any later edit or deletion breaks the chain at that point. Details
/// hold IDs, codes and counts only: never names, phone numbers or free text.
class AuditLog final {
public:
    /// Appends one entry; call inside the Transaction that makes the change it records.
    static qint64 append(Connection& connection, const UserContext& user, const QString& action,
                         const QString& entity, std::optional<qint64> entityId,
                         const nlohmann::json& details = nlohmann::json::object());

    struct Verification {
        bool ok = true;
        qint64 entries = 0;
        std::optional<qint64> firstBadId; ///< first entry whose hash does not match
    };
    /// Recomputes the chain from the first entry.
    static Verification verify(Connection& connection);

    /// The hash of one entry given the previous entry's hash (exposed for tests and exports).
    static QByteArray entryHash(const QByteArray& prevHash, qint64 atMs,
                                std::optional<qint64> userId, const QString& action,
                                const QString& entity, std::optional<qint64> entityId,
                                const QString& detailsJson);
};

} // namespace caseloop
