#include "about/aboutdialog.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

QString text(const QDialog& dialog, const char* name)
{
    auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<missing>");
}

TEST(AboutDialogTest, ShowsVersionLicenceQtAndDatabase)
{
    AboutDialog dialog(QStringLiteral("/data/agency/caseloop.db"));
    EXPECT_EQ(text(dialog, "version"), QStringLiteral(CASELOOP_VERSION));
    EXPECT_EQ(text(dialog, "licence"), QStringLiteral("Apache-2.0"));
    EXPECT_EQ(text(dialog, "qt"), QString::fromLatin1(qVersion()));
    EXPECT_EQ(text(dialog, "database"), QStringLiteral("/data/agency/caseloop.db"));
    EXPECT_FALSE(text(dialog, "versionLabel").isEmpty());
    EXPECT_FALSE(dialog.windowTitle().isEmpty());
}

} // namespace
} // namespace caseloop
