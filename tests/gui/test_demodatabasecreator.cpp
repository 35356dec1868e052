#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "startup/demodatabasecreator.h"
#include "support/testdb.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace caseloop {
namespace {

DemoOptions smallOptions()
{
    DemoOptions options;
    options.agents = 3;
    options.cases = 40;
    options.months = 1;
    options.seed = 3;
    return options;
}

TEST(DemoDatabaseCreatorTest, CreatesFolderAndFillsTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/caseloop.db"));
    const DemoResult result = DemoDatabaseCreator::create(path, smallOptions(), true);
    EXPECT_EQ(result.cases, 40);
    EXPECT_GT(result.rows, result.cases);
    auto c = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    EXPECT_EQ(Query::scalar(*c, QStringLiteral("SELECT count(*) FROM cases")).toLongLong(), 40);
}

TEST(DemoDatabaseCreatorTest, RefusesAnExistingFileUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    EXPECT_THROW(DemoDatabaseCreator::create(path, smallOptions(), false), Error);
    EXPECT_EQ(test::readFile(path), QByteArray("keep me"));
}

TEST(DemoDatabaseCreatorTest, FailedGenerationLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    DemoOptions options = smallOptions();
    options.cases = -5; // out of range: the generator refuses
    EXPECT_THROW(DemoDatabaseCreator::create(path, options, false), Error);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DemoDatabaseCreatorTest, PhaseLabelsAreReadable)
{
    EXPECT_EQ(DemoDatabaseCreator::phaseLabel(QStringLiteral("contacts")),
              QStringLiteral("Contact histories"));
    EXPECT_EQ(DemoDatabaseCreator::phaseLabel(QStringLiteral("something-new")),
              QStringLiteral("Preparing"));
    EXPECT_EQ(DemoDatabaseCreator::firstStartOptions().cases, 4000);
    EXPECT_EQ(DemoDatabaseCreator::firstStartOptions().agents, 40);
}

} // namespace
} // namespace caseloop
