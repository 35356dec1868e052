#include "db/connection.h"

#include "db/migrations.h"
#include "db/query.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

std::atomic<quint64> s_connectionCounter{0};

bool fileMarkedReadOnly(const QString& path)
{
    // Permission bits, not access(): a file marked read-only stays untouched even for root.
    const auto perms = QFile::permissions(path);
    return !(perms & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

bool hasSqliteHeader(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *size = file.size();
    if (*size == 0)
        return true; // SQLite treats an empty file as an empty database
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Connection::Connection(QString path, bool readOnly)
    : m_dialect(std::make_unique<SqliteDialect>())
    , m_path(std::move(path))
    , m_name(QStringLiteral("caseloop-%1").arg(++s_connectionCounter))
    , m_readOnly(readOnly)
{}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Connection> Connection::open(const OpenOptions& options)
{
    using Mode = OpenOptions::Mode;
    const QString& path = options.path;
    if (path.isEmpty())
        throw Error(Error::Kind::InvalidInput, tr("No database file was given."));

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && options.mode != Mode::Create) {
        throw Error(Error::Kind::NotFound,
                    tr("The database file “%1” does not exist. Check the path, or create a new "
                       "database with “caseloop-cli init --db %1”.")
                        .arg(path));
    }
    if (exists && info.isDir())
        throw Error(Error::Kind::InvalidInput,
                    tr("“%1” is a folder, not a database file.").arg(path));
    if (!exists && !info.absoluteDir().exists()) {
        throw Error(Error::Kind::NotFound, tr("Cannot create “%1”: the folder “%2” does not exist.")
                                               .arg(path, info.absolutePath()));
    }
    if (exists) {
        qint64 size = 0;
        if (!QFileInfo(path).isReadable() || !hasSqliteHeader(path, &size)) {
            throw Error(Error::Kind::NotADatabase,
                        tr("“%1” is not a CaseLoop database or is damaged. The file was not "
                           "changed. Open another file or restore a backup.")
                            .arg(path));
        }
    }
    const bool readOnly = options.mode == Mode::ReadOnly;
    if (exists && !readOnly && fileMarkedReadOnly(path)) {
        throw Error(Error::Kind::ReadOnly,
                    tr("The database file “%1” is read-only (file permissions). Ask your "
                       "administrator for write access, or open a copy.")
                        .arg(path));
    }

    std::unique_ptr<Connection> conn(new Connection(path, readOnly));
    conn->m_db = QSqlDatabase::addDatabase(conn->m_dialect->driverName(), conn->m_name);
    conn->m_db.setDatabaseName(path);
    conn->m_db.setConnectOptions(conn->m_dialect->connectOptions(readOnly));
    if (!conn->m_db.open())
        throwSqlError(conn->m_db.lastError(), tr("opening the database"));

    try {
        // Read before any write so that a foreign or damaged file is refused untouched.
        const int appId = conn->readInt(conn->m_dialect->readApplicationId());
        const bool fresh = conn->tables().isEmpty();
        if (appId != Dialect::applicationId && !(appId == 0 && fresh)) {
            throw Error(Error::Kind::NotADatabase,
                        tr("“%1” is an SQLite file but not a CaseLoop database. The file was not "
                           "changed.")
                            .arg(path));
        }
        const int version = conn->schemaVersion();
        if (version > Migrations::latestVersion()) {
            throw Error(Error::Kind::NewerSchema,
                        tr("“%1” was created by a newer version of CaseLoop (schema version %2; "
                           "this version understands up to %3). Nothing was changed. Please "
                           "update CaseLoop.")
                            .arg(path)
                            .arg(version)
                            .arg(Migrations::latestVersion()));
        }
        if (readOnly && version < Migrations::latestVersion()) {
            throw Error(Error::Kind::ReadOnly,
                        tr("“%1” needs an upgrade to schema version %2 before it can be read, "
                           "which needs write access.")
                            .arg(path)
                            .arg(Migrations::latestVersion()));
        }
        for (const QString& statement : conn->m_dialect->sessionSetup(readOnly))
            conn->exec(statement);
        if (!readOnly)
            Migrations::migrate(*conn);
    } catch (...) {
        conn.reset();
        if (!exists)
            QFile::remove(path); // refused before anything useful was written: leave no stray file
        throw;
    }
    spdlog::debug("opened database (schema {}, {})", conn->schemaVersion(),
                  readOnly ? "read-only" : "read-write");
    return conn;
}

int Connection::schemaVersion()
{
    return readInt(m_dialect->readSchemaVersion());
}

QStringList Connection::tables()
{
    QStringList names;
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect->listTables()))
        throwSqlError(q.lastError(), tr("listing tables"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void Connection::exec(const QString& statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        throwSqlError(q.lastError(), tr("configuring the connection"));
}

int Connection::readInt(const QString& query)
{
    QSqlQuery q(m_db);
    if (!q.exec(query) || !q.next())
        throwSqlError(q.lastError(), tr("reading the database header"));
    return q.value(0).toInt();
}

} // namespace caseloop
