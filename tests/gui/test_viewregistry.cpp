#include "appview.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "viewregistry.h"

#include <QFile>
#include <QIcon>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop {
namespace {

TEST(ViewRegistryTest, HasTheViewsOfThisReleaseInOrder)
{
    EXPECT_EQ(ViewRegistry::names(),
              (QStringList{QStringLiteral("overview"), QStringLiteral("cases"),
                           QStringLiteral("followups"), QStringLiteral("feedback"),
                           QStringLiteral("complaints"), QStringLiteral("dashboard"),
                           QStringLiteral("reports"), QStringLiteral("audit"),
                           QStringLiteral("settings")}));
    EXPECT_EQ(ViewRegistry::find(QStringLiteral("case:1")), nullptr);
    EXPECT_EQ(ViewRegistry::find(QStringLiteral("Cases")), nullptr);
}

TEST(ViewRegistryTest, EveryViewHasAnIconTextsAndBuilds)
{
    test::DemoDatabaseCopy db;
    auto session = Session::open(db.path());
    for (const ViewDescriptor& view : ViewRegistry::all()) {
        SCOPED_TRACE(view.name.toStdString());
        EXPECT_TRUE(QFile::exists(view.iconPath));
        EXPECT_FALSE(QIcon(view.iconPath).pixmap(24, 24).isNull());
        EXPECT_FALSE(ViewRegistry::title(view).isEmpty());
        EXPECT_TRUE(ViewRegistry::description(view).endsWith(QLatin1Char('.')));
        std::unique_ptr<AppView> widget(view.create(*session, nullptr));
        ASSERT_NE(widget, nullptr);
        EXPECT_EQ(widget->objectName(), view.name);
    }
}

} // namespace
} // namespace caseloop
