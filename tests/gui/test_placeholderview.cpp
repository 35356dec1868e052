#include "guitestsupport.h"
#include "languagemanager.h"
#include "placeholder/placeholderview.h"
#include "session/session.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(PlaceholderViewTest, ShowsIconTitleAndSentenceAndRetranslates)
{
    test::DemoDatabaseCopy db;
    auto session = Session::open(db.path());
    const ViewDescriptor* complaints = ViewRegistry::find(QStringLiteral("complaints"));
    ASSERT_NE(complaints, nullptr);
    PlaceholderView view(*session, *complaints);
    EXPECT_TRUE(view.isLoaded());
    auto* title = view.findChild<QLabel*>(QStringLiteral("title"));
    auto* description = view.findChild<QLabel*>(QStringLiteral("description"));
    auto* icon = view.findChild<QLabel*>(QStringLiteral("icon"));
    ASSERT_TRUE(title && description && icon);
    EXPECT_EQ(title->text(), QStringLiteral("Complaints"));
    EXPECT_TRUE(description->text().contains(QStringLiteral("Complaints will be")));
    EXPECT_FALSE(icon->pixmap().isNull());

    LanguageManager language;
    // Qt delivers LanguageChange as posted events.
    ASSERT_TRUE(language.setLanguage(QStringLiteral("zh_CN"), false));
    EXPECT_TRUE(QTest::qWaitFor([&] { return title->text() == QStringLiteral("投诉"); }, 5000));
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en"), false));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return title->text() == QStringLiteral("Complaints"); }, 5000));
}

} // namespace
} // namespace caseloop
