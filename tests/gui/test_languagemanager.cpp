#include "languagemanager.h"
#include "session/session.h"
#include "viewregistry.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

class LanguageManagerTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { m_manager.setLanguage(QStringLiteral("en"), false); }
    LanguageManager m_manager;
};

TEST_F(LanguageManagerTest, SwitchesTranslationsAndLocale)
{
    const ViewDescriptor* cases = ViewRegistry::find(QStringLiteral("cases"));
    ASSERT_NE(cases, nullptr);
    QSignalSpy spy(&m_manager, &LanguageManager::languageChanged);
    ASSERT_TRUE(m_manager.setLanguage(QStringLiteral("zh_CN")));
    EXPECT_EQ(ViewRegistry::title(*cases), QStringLiteral("案件"));
    EXPECT_EQ(Session::roleLabel(Role::Supervisor), QStringLiteral("主管"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    EXPECT_EQ(spy.count(), 1);
    // Qt's own strings come from qtbase_zh_CN.qm.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    ASSERT_TRUE(m_manager.setLanguage(QStringLiteral("en")));
    EXPECT_EQ(ViewRegistry::title(*cases), QStringLiteral("Cases"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(LanguageManagerTest, EnglishPluralsComeFromTheEnglishFile)
{
    ASSERT_TRUE(m_manager.setLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("caseloop::OverviewView", "in %n team(s)", nullptr, 1),
              QStringLiteral("in 1 team"));
    EXPECT_EQ(QCoreApplication::translate("caseloop::OverviewView", "in %n team(s)", nullptr, 3),
              QStringLiteral("in 3 teams"));
}

TEST_F(LanguageManagerTest, RemembersTheChoiceOnlyWhenAsked)
{
    ASSERT_TRUE(m_manager.setLanguage(QStringLiteral("zh_CN"), false));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
    ASSERT_TRUE(m_manager.setLanguage(QStringLiteral("zh_CN"), true));
    EXPECT_EQ(LanguageManager::initialLanguage(), QStringLiteral("zh_CN"));
}

TEST_F(LanguageManagerTest, RefusesUnknownLanguages)
{
    EXPECT_FALSE(m_manager.setLanguage(QStringLiteral("tlh")));
    EXPECT_EQ(m_manager.language(), QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::available(),
              (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
}

} // namespace
} // namespace caseloop
