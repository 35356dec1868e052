#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace caseloop {

class BulkWriter;
class Connection;

/// The one place that knows SQL-dialect specifics (SQLite today, PostgreSQL in team mode):
/// connection options, session settings, schema-version storage, DDL fragments and catalogue
/// queries. Everything else writes portable SQL with bound parameters.
class Dialect {
public:
    virtual ~Dialect() = default;

    virtual QString driverName() const = 0;
    /// Name of the dialect for messages and `info`: "sqlite" or "postgresql".
    virtual QString name() const = 0;
    /// Connect options set before open (busy timeout, read-only).
    virtual QString connectOptions(bool readOnly) const = 0;
    /// Statements run once after a connection opens (pragmas / SET).
    virtual QStringList sessionSetup(bool readOnly) const = 0;
    /// Starts a write transaction that takes the write lock at once.
    virtual QString beginWrite() const = 0;

    /// DDL fragment for an auto-assigned 64-bit integer primary key column.
    virtual QString idPrimaryKey() const = 0;
    /// DDL that makes @p table append-only (rejects UPDATE and DELETE).
    virtual QStringList appendOnlyTriggers(const QString& table) const = 0;

    /// Queries used by Connection to read and write the schema version.
    virtual QString readSchemaVersion() const = 0;
    virtual QString writeSchemaVersion(int version) const = 0;
    /// Query returning the application id (0 on a file never marked) and the statement marking it.
    virtual QString readApplicationId() const = 0;
    virtual QString writeApplicationId() const = 0;
    /// Query listing user tables (one column: name), sorted.
    virtual QString listTables() const = 0;
    /// Query listing secondary indexes (columns: name, create statement) of user tables.
    virtual QString listIndexes() const = 0;
    virtual QString dropIndex(const QString& name) const = 0;
    /// Statements that speed up a bulk load into a fresh database and the ones that undo them.
    virtual QStringList bulkLoadBegin() const = 0;
    virtual QStringList bulkLoadEnd() const = 0;
    /// Statements refreshing planner statistics after large changes.
    virtual QStringList analyze() const = 0;
    /// The fastest way this backend offers to insert many rows into @p table (code constants).
    virtual std::unique_ptr<BulkWriter> bulkWriter(Connection& connection, const QString& table,
                                                   const QStringList& columns) const = 0;

    /// "CSLP": marks a file as a CaseLoop database.
    static constexpr int applicationId = 0x43534C50;
};

/// SQLite 3 (QSQLITE driver): WAL, foreign keys, busy timeout, PRAGMA user_version.
class SqliteDialect final : public Dialect {
public:
    QString driverName() const override;
    QString name() const override;
    QString connectOptions(bool readOnly) const override;
    QStringList sessionSetup(bool readOnly) const override;
    QString beginWrite() const override;
    QString idPrimaryKey() const override;
    QStringList appendOnlyTriggers(const QString& table) const override;
    QString readSchemaVersion() const override;
    QString writeSchemaVersion(int version) const override;
    QString readApplicationId() const override;
    QString writeApplicationId() const override;
    QString listTables() const override;
    QString listIndexes() const override;
    QString dropIndex(const QString& name) const override;
    QStringList bulkLoadBegin() const override;
    QStringList bulkLoadEnd() const override;
    QStringList analyze() const override;
    std::unique_ptr<BulkWriter> bulkWriter(Connection& connection, const QString& table,
                                           const QStringList& columns) const override;

    static constexpr int busyTimeoutMs = 5000;
};

} // namespace caseloop
