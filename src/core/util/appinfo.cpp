#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace caseloop::appinfo {

void setApplicationNames(const QString& applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("caseloop.org"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELOOP_VERSION));
}

QString defaultDatabasePath()
{
    // Shared by the GUI and the CLI, whatever the executable's own application name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/CaseLoop");
    return base + QStringLiteral("/caseloop.db");
}

QString logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/CaseLoop/logs");
}

} // namespace caseloop::appinfo
