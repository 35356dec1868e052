#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QProcess;

namespace caseloop::test {

/// What one run of caseloop-cli produced.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err; ///< standard error (or, for runOnTerminal, what reached the terminal)
};

/// Runs the real caseloop-cli binary (CASELOOP_CLI_PATH) as a child process with a private
/// HOME / XDG_DATA_HOME in a temporary folder, QT_QPA_PLATFORM=offscreen and LC_ALL=C.UTF-8.
class CliRunner {
public:
    CliRunner();

    CliResult run(const QStringList& arguments, int timeoutMs = 120000) const;
    /// Like run(), but standard error is a pseudo-terminal (isatty() is true in the child).
    CliResult runOnTerminal(const QStringList& arguments, int timeoutMs = 120000) const;

    /// Starts caseloop-cli without waiting (for tests that interrupt it).
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;

    /// A scratch folder for database files, separate from HOME.
    QString filePath(const QString& name) const;
    QString homePath() const { return m_home.path(); }
    /// Where the child's appinfo::defaultDatabasePath() and logDirectory() point.
    QString defaultDatabasePath() const;
    QString logDirectory() const;

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

/// Creates an up-to-date, empty CaseLoop database at @p path (through the core library).
void createCaseLoopDatabase(const QString& path);
/// An SQLite file of another program (one table, no CaseLoop marker).
void createForeignSqlite(const QString& path);
/// A CaseLoop database that claims a schema version newer than this build supports.
void createNewerSchemaDatabase(const QString& path);
/// A CaseLoop-marked SQLite file at schema version 0 (as an older release would leave it).
void createVersionZeroDatabase(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
/// chmod 0444.
void makeReadOnly(const QString& path);
/// Whole file content; std::nullopt when it does not exist.
std::optional<QByteArray> fileBytes(const QString& path);
/// Row count of one table, read in-process (read-only); -1 when the table is missing.
qint64 countRows(const QString& path, const QString& table);

} // namespace caseloop::test
