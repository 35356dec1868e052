// Test entry point for headless areas: a QCoreApplication so Qt's SQL plugins and
// QStandardPaths behave as in the CLI.
#include "util/appinfo.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    caseloop::appinfo::setApplicationNames(QStringLiteral("caseloop-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
