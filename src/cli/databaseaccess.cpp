#include "databaseaccess.h"

#include "command.h"
#include "commandline.h"

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

void removeFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace caseloop::cli::databaseaccess
