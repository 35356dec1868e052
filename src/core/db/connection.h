#pragma once

#include "db/dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace caseloop {

/// How to open a database file.
struct OpenOptions {
    enum class Mode {
        ReadWrite, ///< the file must exist; migrated to the current schema if older
        ReadOnly,  ///< the file must exist and be at the current schema; nothing is written
        Create,    ///< created if missing, then migrated
    };
    QString path;
    Mode mode = Mode::ReadWrite;
};

/// One open database connection, owned by and used on a single thread (Qt's rule for
/// QSqlDatabase). Worker threads open their own. Opening validates the file first (exists,
/// is a CaseLoop database, not from a newer version, writable when it must be) and never
/// changes a file it refuses. Throws caseloop::Error.
class Connection final {
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    static std::unique_ptr<Connection> open(const OpenOptions& options);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const Dialect& dialect() const { return *m_dialect; }
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }

    int schemaVersion();
    /// Names of the user tables, sorted.
    QStringList tables();

    /// Nesting depth of Transaction guards on this connection (0 = none).
    int& transactionDepth() { return m_txDepth; }

private:
    Connection(QString path, bool readOnly);
    void exec(const QString& statement);
    int readInt(const QString& query);

    std::unique_ptr<Dialect> m_dialect;
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_txDepth = 0;
};

} // namespace caseloop
