#include "databaseaccess.h"

#include "command.h"
#include "commandline.h"
#include "error.h"
#include "repo/repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace caseloop::cli::databaseaccess {

std::unique_ptr<Connection> open(const CommandLine& line, OpenOptions::Mode mode)
{
    const QString path = line.databasePath();
    if (mode == OpenOptions::Mode::Create && !line.databasePathGiven()) {
        // The default location belongs to CaseLoop: make its folder on first use. A folder
        // given with --db must already exist.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    spdlog::debug("{}: opening database", line.command().name().toStdString());
    return Connection::open(OpenOptions{path, mode});
}

UserContext userContext(Connection& connection, const QString& login)
{
    const auto user = Repositories(connection).users().findByLogin(login);
    if (!user) {
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("caseloop::cli::DatabaseAccess",
                                                "There is no user with the login “%1”.")
                        .arg(login));
    }
    return UserContext{user->id, user->login, user->role, user->locale};
}

void removeFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace caseloop::cli::databaseaccess
