#pragma once

#include "usercontext.h"

#include <QString>

#include <utility>
#include <vector>

namespace caseloop {

class Connection;

/// Facts about an open database for `caseloop-cli info`, the About box and the status bar.
struct DatabaseSummary {
    QString path;
    QString dialect;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    std::vector<std::pair<QString, qint64>> rowCounts; ///< per domain table, schema order
    qint64 count(const QString& table) const;
};

class DatabaseInfo final {
public:
    static DatabaseSummary summarize(Connection& connection, const UserContext& user);
};

} // namespace caseloop
