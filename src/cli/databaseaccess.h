#pragma once

#include "db/connection.h"
#include "usercontext.h"

#include <QString>

#include <memory>

namespace caseloop::cli {

class CommandLine;

/// Opening the database named by --db for a command. Connection::open already refuses
/// missing, foreign, damaged, read-only and newer files with clear messages and without
/// changing them; this adds the CLI's parts: the default location's folder is created when a
/// command may create the database there, and files a failed command created can be removed.
namespace databaseaccess {

std::unique_ptr<Connection> open(const CommandLine& line, OpenOptions::Mode mode);
/// The user with @p login as a service context; Error NotFound naming the login otherwise.
UserContext userContext(Connection& connection, const QString& login);
/// Removes a database file together with its journal companions (after a failed create).
void removeFiles(const QString& path);

} // namespace databaseaccess
} // namespace caseloop::cli
