// caseloop: the desktop application. Everything beyond creating the QApplication lives in
// caseloop_gui (Startup), so that it can be tested.
#include "startup/startup.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (const auto exitCode = caseloop::Startup::preparePlatform(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    caseloop::Startup startup;
    return startup.run();
}
