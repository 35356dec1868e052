// Runs the real `caseloop` executable (Startup behind main()) as a separate process.
#include "guitestsupport.h"
#include "startup/startup.h"
#include "support/testdb.h"
#include "viewregistry.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

struct RunResult {
    int exitCode = -1;
    QString stdErr;
    QString stdOut;
};

RunResult runGui(const QStringList& arguments,
                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASELOOP_GUI_PATH), arguments);
    RunResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.stdErr = QStringLiteral("<timeout>");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.stdErr = QString::fromUtf8(process.readAllStandardError());
    result.stdOut = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

class StartupTest : public ::testing::Test {
protected:
    test::DemoDatabaseCopy m_db;
    QTemporaryDir m_out;
};

class StartupScreenshotTest : public StartupTest,
                              public ::testing::WithParamInterface<std::string> {};

TEST_P(StartupScreenshotTest, WritesAPngOfTheView)
{
    const QString view = QString::fromStdString(GetParam());
    const QString png = m_out.filePath(view + QStringLiteral(".png"));
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path(), QStringLiteral("--view"), view,
                                QStringLiteral("--screenshot"), png});
    ASSERT_EQ(r.exitCode, 0) << r.stdErr.toStdString();
    EXPECT_GT(QFileInfo(png).size(), 1000);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800));
}

std::vector<std::string> viewNames()
{
    std::vector<std::string> names;
    for (const QString& name : ViewRegistry::names())
        names.push_back(name.toStdString());
    return names;
}

INSTANTIATE_TEST_SUITE_P(AllViews, StartupScreenshotTest, ::testing::ValuesIn(viewNames()),
                         [](const auto& param) { return param.param; });

TEST_F(StartupTest, ScreenshotInChinese)
{
    const QString png = m_out.filePath(QStringLiteral("zh.png"));
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path(), QStringLiteral("--lang"),
                                QStringLiteral("zh_CN"), QStringLiteral("--screenshot"), png});
    ASSERT_EQ(r.exitCode, 0) << r.stdErr.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1280, 800));
}

TEST_F(StartupTest, UnknownViewExitsWithUsageError)
{
    const QString png = m_out.filePath(QStringLiteral("x.png"));
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path(), QStringLiteral("--view"),
                                QStringLiteral("nonsense"), QStringLiteral("--screenshot"), png});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("nonsense"))) << r.stdErr.toStdString();
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("overview")));
    EXPECT_FALSE(QFile::exists(png));
}

TEST_F(StartupTest, MissingDatabaseFailsClearlyWithoutCreatingIt)
{
    const QString missing = m_out.filePath(QStringLiteral("missing.db"));
    const QString png = m_out.filePath(QStringLiteral("m.png"));
    const RunResult r =
        runGui({QStringLiteral("--db"), missing, QStringLiteral("--screenshot"), png});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("does not exist"))) << r.stdErr.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(QFile::exists(png));
}

TEST_F(StartupTest, ForeignFileIsRefusedAndLeftUntouched)
{
    const QString path = m_out.filePath(QStringLiteral("notes.db"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
    }
    const QByteArray before = test::readFile(path);
    const RunResult r = runGui({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                m_out.filePath(QStringLiteral("n.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("not a CaseLoop database")))
        << r.stdErr.toStdString();
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(StartupTest, UnknownUserFails)
{
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path(), QStringLiteral("--user"),
                                QStringLiteral("nobody-here"), QStringLiteral("--screenshot"),
                                m_out.filePath(QStringLiteral("u.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("nobody-here"))) << r.stdErr.toStdString();
}

TEST_F(StartupTest, BadArgumentsAreUsageErrors)
{
    EXPECT_EQ(runGui({QStringLiteral("--lang"), QStringLiteral("klingon")}).exitCode, 2);
    const RunResult r = runGui({QStringLiteral("--no-such-option")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("no-such-option"))) << r.stdErr.toStdString();
}

TEST_F(StartupTest, HelpListsTheOptions)
{
    const RunResult r = runGui({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* option : {"--db", "--view", "--screenshot", "--user", "--lang"})
        EXPECT_TRUE(r.stdOut.contains(QLatin1String(option))) << option;
}

TEST_F(StartupTest, NoDisplayFailsFastWithAClearMessage)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path()}, env);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stdErr.contains(QStringLiteral("display"))) << r.stdErr.toStdString();
}

TEST_F(StartupTest, NoDisplayScreenshotFallsBackToOffscreen)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString png = m_out.filePath(QStringLiteral("o.png"));
    const RunResult r = runGui({QStringLiteral("--db"), m_db.path(), QStringLiteral("--view"),
                                QStringLiteral("cases"), QStringLiteral("--screenshot"), png},
                               env);
    EXPECT_EQ(r.exitCode, 0) << r.stdErr.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1280, 800));
}

} // namespace
} // namespace caseloop
