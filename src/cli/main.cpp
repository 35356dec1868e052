// caseloop-cli: headless commands on CaseLoop databases. See docs/cli.md.
#include "dispatcher.h"
#include "util/appinfo.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    caseloop::appinfo::setApplicationNames(QStringLiteral("caseloop-cli"));
    // The dispatcher sets up logging (initLogging("caseloop-cli", --verbose, true)) once the
    // command line is parsed, since --verbose belongs to each command's options.
    return caseloop::cli::Dispatcher().run(QCoreApplication::arguments());
}
