#pragma once

#include <QString>

namespace caseloop {

/// Names and places shared by the GUI, the CLI and the tests.
namespace appinfo {

/// Sets organisation and application names (QStandardPaths and QSettings use them).
void setApplicationNames(const QString& applicationName);

/// Where the GUI keeps its database unless --db is given: AppDataLocation/caseloop.db.
QString defaultDatabasePath();
/// Where log files go: AppLocalDataLocation/logs (created on demand).
QString logDirectory();

} // namespace appinfo
} // namespace caseloop
