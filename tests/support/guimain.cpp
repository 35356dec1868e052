// Test entry point for the GUI area: a QApplication (offscreen platform, set by ctest) with
// CaseLoop's resources registered, as in the application.
#include "guiresources.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // ctest sets QT_QPA_PLATFORM=offscreen for the tests, but not for test discovery
    // (--gtest_list_tests), which must work without a display too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs test processes in parallel: each gets its own settings folder, so one test's
    // QSettings().clear() or saved window state never reaches another.
    QTemporaryDir configDir;
    if (configDir.isValid())
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configDir.path()));
    QApplication app(argc, argv);
    caseloop::appinfo::setApplicationNames(QStringLiteral("caseloop-tests"));
    caseloop::initGuiResources();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
