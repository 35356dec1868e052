#include "services/databaseinfo.h"

#include "db/connection.h"
#include "db/migrations.h"
#include "db/query.h"
#include "db/schema.h"

namespace caseloop {

qint64 DatabaseSummary::count(const QString& table) const
{
    for (const auto& [name, n] : rowCounts) {
        if (name == table)
            return n;
    }
    return -1;
}

DatabaseSummary DatabaseInfo::summarize(Connection& connection, const UserContext& /*user*/)
{
    DatabaseSummary s;
    s.path = connection.path();
    s.dialect = connection.dialect().name();
    s.schemaVersion = connection.schemaVersion();
    s.latestSchemaVersion = Migrations::latestVersion();
    const QStringList existing = connection.tables();
    for (const QString& table : schema::domainTables()) {
        if (!existing.contains(table))
            continue;
        // Table names come from the schema list above, never from input.
        const QVariant n =
            Query::scalar(connection, QStringLiteral("SELECT count(*) FROM ") + table);
        s.rowCounts.emplace_back(table, n.toLongLong());
    }
    return s;
}

} // namespace caseloop
