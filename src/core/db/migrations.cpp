#include "db/migrations.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/schema.h"
#include "db/transaction.h"

#include <spdlog/spdlog.h>

namespace caseloop {

const std::vector<Migrations::Step>& Migrations::steps()
{
    static const std::vector<Step> list{
        &schema::createVersion1, // 0 -> 1
        &schema::createVersion2, // 1 -> 2: agent workspace
        &schema::createVersion3, // 2 -> 3: feedback loop (surveys, complaints)
    };
    return list;
}

int Migrations::latestVersion()
{
    return int(steps().size());
}

void Migrations::migrate(Connection& connection)
{
    migrateTo(connection, latestVersion());
}

void Migrations::migrateTo(Connection& connection, int version)
{
    int current = connection.schemaVersion();
    while (current < version) {
        const int next = current + 1;
        Transaction tx(connection);
        if (current == 0)
            Query::run(connection, connection.dialect().writeApplicationId());
        steps().at(std::size_t(current))(connection);
        Query::run(connection, connection.dialect().writeSchemaVersion(next));
        tx.commit();
        spdlog::info("database migrated to schema version {}", next);
        current = next;
    }
}

} // namespace caseloop
