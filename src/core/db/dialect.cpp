#include "db/dialect.h"

#include "db/sqlitebulkwriter.h"

namespace caseloop {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}
QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::connectOptions(bool readOnly) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QStringList SqliteDialect::sessionSetup(bool readOnly) const
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
    if (!readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    return pragmas;
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}
QString SqliteDialect::idPrimaryKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QStringList SqliteDialect::appendOnlyTriggers(const QString& table) const
{
    // Identifiers come from the schema code only, never from input.
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table)};
}

QString SqliteDialect::readSchemaVersion() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::writeSchemaVersion(int version) const
{
    // PRAGMA takes no bound parameters; version is an int from the migration table.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::readApplicationId() const
{
    return QStringLiteral("PRAGMA application_id");
}

QString SqliteDialect::writeApplicationId() const
{
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

QString SqliteDialect::listTables() const
{
    return QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

QString SqliteDialect::listIndexes() const
{
    return QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                          "AND sql IS NOT NULL ORDER BY name");
}

QString SqliteDialect::dropIndex(const QString& name) const
{
    return QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name);
}

QStringList SqliteDialect::bulkLoadBegin() const
{
    // Only for filling a fresh file. The rollback journal is kept in memory, so a failed load
    // still rolls back; a crash mid-load (power loss) may leave the new file unusable. Foreign
    // keys and CHECK constraints are not checked during the load: the loader guarantees them
    // (its tests check the references and run PRAGMA integrity_check, which verifies CHECKs).
    // SQLite evaluates a CHECK (x IN (...3+ values)) by building a temporary b-tree for every
    // inserted row, which made up a large part of the load.
    return {QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("PRAGMA ignore_check_constraints = ON"),
            QStringLiteral("PRAGMA journal_mode = MEMORY"),
            QStringLiteral("PRAGMA synchronous = OFF"),
            // Index builds sort in runs of the cache size, each sorted by a helper thread and
            // spilled to a temporary file, then merged: 16 MiB runs (cache-friendly) took a third
            // less CPU than one 256 MiB in-memory sort, and only file-backed temporary storage
            // lets the sorter use threads (temp_store = MEMORY turns them off). The load itself
            // appends, so it needs few cached pages. Statistics sample instead of full scans.
            QStringLiteral("PRAGMA cache_size = -16384"), QStringLiteral("PRAGMA threads = 2"),
            QStringLiteral("PRAGMA analysis_limit = 1000")};
}

QStringList SqliteDialect::bulkLoadEnd() const
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA ignore_check_constraints = OFF"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA cache_size = -2000"),
            QStringLiteral("PRAGMA threads = 0"),
            QStringLiteral("PRAGMA analysis_limit = 0")};
}

QStringList SqliteDialect::analyze() const
{
    return {QStringLiteral("ANALYZE")};
}

std::unique_ptr<BulkWriter> SqliteDialect::bulkWriter(Connection& connection, const QString& table,
                                                      const QStringList& columns) const
{
    return std::make_unique<SqliteBulkWriter>(connection, table, columns);
}

} // namespace caseloop
