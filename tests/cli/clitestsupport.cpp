#include "cli/clitestsupport.h"

#include "db/connection.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/query.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdlib>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace caseloop::test {

namespace {

QProcessEnvironment childEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QString cliPath()
{
    return QStringLiteral(CASELOOP_CLI_PATH);
}

/// Runs @p sql on a plain QSqlDatabase connection (for files CaseLoop itself would refuse).
void runRaw(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = u"clitest-raw-%1"_s.arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& statement : statements)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

CliRunner::CliRunner()
{
    EXPECT_TRUE(m_home.isValid());
    EXPECT_TRUE(m_files.isValid());
}

QString CliRunner::filePath(const QString& name) const
{
    return m_files.filePath(name);
}

QString CliRunner::defaultDatabasePath() const
{
    return m_home.path() + u"/data/CaseLoop/caseloop.db"_s;
}

QString CliRunner::logDirectory() const
{
    return m_home.path() + u"/data/CaseLoop/logs"_s;
}

CliResult CliRunner::run(const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment(m_home.path()));
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        ADD_FAILURE() << "caseloop-cli did not start: " << process.errorString().toStdString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "caseloop-cli timed out";
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(childEnvironment(m_home.path()));
    process->start(cliPath(), arguments);
    EXPECT_TRUE(process->waitForStarted(30000)) << process->errorString().toStdString();
    return process;
}

CliResult CliRunner::runOnTerminal(const QStringList& arguments, int timeoutMs) const
{
    CliResult result;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        ADD_FAILURE() << "no pseudo-terminal available";
        return result;
    }
    const QByteArray slavePath = ::ptsname(master);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

    QByteArray terminal;
    auto drain = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            terminal.append(buffer, n);
        }
    };

    QProcess process;
    process.setProcessEnvironment(childEnvironment(m_home.path()));
    process.setChildProcessModifier([slavePath] {
        // In the child, after fork: standard error becomes the terminal.
        const int fd = ::open(slavePath.constData(), O_RDWR | O_NOCTTY);
        if (fd >= 0) {
            ::dup2(fd, STDERR_FILENO);
            ::close(fd);
        }
    });
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(30000)) {
        ::close(master);
        ADD_FAILURE() << "caseloop-cli did not start";
        return result;
    }
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(20)) {
        drain();
        if (timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "caseloop-cli timed out";
            break;
        }
    }
    drain();
    ::close(master);
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(terminal);
    return result;
}

void createCaseLoopDatabase(const QString& path)
{
    Connection::open(OpenOptions{path, OpenOptions::Mode::Create}).reset();
}

void createForeignSqlite(const QString& path)
{
    runRaw(path, {u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"_s,
                  u"INSERT INTO recipes (title) VALUES ('soup')"_s});
}

void createNewerSchemaDatabase(const QString& path)
{
    auto c = Connection::open(OpenOptions{path, OpenOptions::Mode::Create});
    Query::run(*c, c->dialect().writeSchemaVersion(Migrations::latestVersion() + 5));
    Query::run(*c, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

void createVersionZeroDatabase(const QString& path)
{
    runRaw(path, {SqliteDialect().writeApplicationId()});
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

void makeReadOnly(const QString& path)
{
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
}

std::optional<QByteArray> fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

qint64 countRows(const QString& path, const QString& table)
{
    auto c = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    if (!c->tables().contains(table))
        return -1;
    return Query::scalar(*c, u"SELECT count(*) FROM "_s + table).toLongLong();
}

} // namespace caseloop::test
