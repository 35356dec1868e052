// The dispatcher of caseloop-cli (src/cli/dispatcher.cpp): general help, version, unknown
// commands and options, per-command help, exit codes, logging location.
#include "cli/clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using caseloop::test::CliRunner;

namespace {

const QStringList kCommands{u"init"_s, u"info"_s, u"demo"_s};

TEST(CliUsage, HelpListsEveryCommandWithADescription)
{
    CliRunner cli;
    const auto r = cli.run({u"--help"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Usage: caseloop-cli COMMAND [options]"_s)) << r.out.toStdString();
    for (const QString& command : kCommands) {
        // "  init   Create a database ..." : the name followed by a one-line description.
        const QRegularExpression line(u"^  "_s + command + u" +\\S.{10,}$"_s,
                                      QRegularExpression::MultilineOption);
        EXPECT_TRUE(line.match(r.out).hasMatch()) << command.toStdString();
    }
    EXPECT_TRUE(r.out.contains(cli.defaultDatabasePath())) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty());

    const auto shortForm = cli.run({u"-h"_s});
    EXPECT_EQ(shortForm.exitCode, 0);
    EXPECT_EQ(shortForm.out, r.out);
    const auto helpWord = cli.run({u"help"_s});
    EXPECT_EQ(helpWord.exitCode, 0);
    EXPECT_EQ(helpWord.out, r.out);
}

TEST(CliUsage, VersionPrintsTheProjectVersion)
{
    CliRunner cli;
    const auto r = cli.run({u"--version"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), u"caseloop-cli "_s + QStringLiteral(CASELOOP_VERSION));
}

TEST(CliUsage, NoCommandIsAUsageError)
{
    CliRunner cli;
    const auto r = cli.run({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Try 'caseloop-cli --help'."_s));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliUsage, UnknownCommandIsNamedAndExitsWithTwo)
{
    CliRunner cli;
    const auto r = cli.run({u"frobnicate"_s, u"--db"_s, cli.filePath(u"x.db"_s)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"frobnicate"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Try 'caseloop-cli --help'."_s));
    EXPECT_FALSE(QFile::exists(cli.filePath(u"x.db"_s)));

    const auto option = cli.run({u"--frobnicate"_s});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_TRUE(option.err.contains(u"--frobnicate"_s)) << option.err.toStdString();
}

TEST(CliUsage, CommandHelpShowsSharedAndOwnOptions)
{
    CliRunner cli;
    for (const QString& command : kCommands) {
        const auto r = cli.run({command, u"--help"_s});
        EXPECT_EQ(r.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(r.out.startsWith(u"Usage: caseloop-cli "_s + command + u" [options]"_s))
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(u"--db FILE"_s)) << command.toStdString();
        EXPECT_TRUE(r.out.contains(u"--verbose"_s)) << command.toStdString();
        EXPECT_TRUE(r.out.contains(u"-h, --help"_s)) << command.toStdString();
        // "caseloop-cli help COMMAND" is the same text.
        EXPECT_EQ(cli.run({u"help"_s, command}).out, r.out);
    }
    const auto demo = cli.run({u"demo"_s, u"--help"_s});
    for (const QString& option :
         {u"--agents N"_s, u"--cases N"_s, u"--seed S"_s, u"--months M"_s, u"--until YYYY-MM-DD"_s})
        EXPECT_TRUE(demo.out.contains(option)) << option.toStdString();
    const auto info = cli.run({u"info"_s, u"--help"_s});
    EXPECT_TRUE(info.out.contains(u"--format FORMAT"_s));
    EXPECT_TRUE(info.out.contains(u"text, json"_s));
    EXPECT_TRUE(info.out.contains(u"--out FILE"_s));

    const auto unknown = cli.run({u"help"_s, u"nosuch"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"nosuch"_s));
}

TEST(CliUsage, UnknownOptionNamesItAndPointsToCommandHelp)
{
    CliRunner cli;
    const QString db = cli.filePath(u"u.db"_s);
    for (const QString& command : kCommands) {
        const auto r = cli.run({command, u"--db"_s, db, u"--colour"_s});
        EXPECT_EQ(r.exitCode, 2) << command.toStdString();
        EXPECT_TRUE(r.err.contains(u"colour"_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"Try 'caseloop-cli "_s + command + u" --help'."_s))
            << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(db)) << "a usage error must not create the database";
    }
}

TEST(CliUsage, MissingValueEmptyValueDuplicatesAndStrayArgumentsAreUsageErrors)
{
    CliRunner cli;
    const auto missing = cli.run({u"init"_s, u"--db"_s});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"--db"_s)) << missing.err.toStdString();

    const auto empty = cli.run({u"init"_s, u"--db="_s});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(u"--db"_s)) << empty.err.toStdString();

    const QString db = cli.filePath(u"d.db"_s);
    const auto twice = cli.run({u"init"_s, u"--db"_s, db, u"--db"_s, db});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(u"--db"_s) && twice.err.contains(u"more than once"_s))
        << twice.err.toStdString();

    const auto stray = cli.run({u"init"_s, u"--db"_s, db, u"extra"_s});
    EXPECT_EQ(stray.exitCode, 2);
    EXPECT_TRUE(stray.err.contains(u"extra"_s)) << stray.err.toStdString();

    const auto flagValue = cli.run({u"init"_s, u"--db"_s, db, u"--verbose=yes"_s});
    EXPECT_EQ(flagValue.exitCode, 2);
    EXPECT_TRUE(flagValue.err.contains(u"--verbose"_s)) << flagValue.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
}

TEST(CliUsage, RuntimeErrorsExitWithOneAndShowDetailsOnlyWhenVerbose)
{
    CliRunner cli;
    // An SQLite header followed by garbage: the driver reports a technical detail.
    const QString db = cli.filePath(u"damaged.db"_s);
    QByteArray bytes("SQLite format 3\0", 16);
    bytes += QByteArray(4096, '\x5a');
    caseloop::test::writeBytes(db, bytes);

    const auto quiet = cli.run({u"info"_s, u"--db"_s, db});
    EXPECT_EQ(quiet.exitCode, 1);
    EXPECT_TRUE(quiet.err.startsWith(u"caseloop-cli: error: "_s)) << quiet.err.toStdString();
    EXPECT_FALSE(quiet.err.contains(u"Details:"_s)) << quiet.err.toStdString();
    EXPECT_EQ(quiet.err.count(u'\n'), 1) << "one message line only: " << quiet.err.toStdString();

    const auto verbose = cli.run({u"info"_s, u"--db"_s, db, u"--verbose"_s});
    EXPECT_EQ(verbose.exitCode, 1);
    EXPECT_TRUE(verbose.err.contains(u"Details:"_s)) << verbose.err.toStdString();
    EXPECT_EQ(caseloop::test::fileBytes(db), bytes);
}

TEST(CliUsage, LogsGoToTheLogDirectoryUnderTheDataLocation)
{
    CliRunner cli;
    const auto r = cli.run({u"init"_s, u"--db"_s, cli.filePath(u"log.db"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString logFile = cli.logDirectory() + u"/caseloop-cli.log"_s;
    const auto log = caseloop::test::fileBytes(logFile);
    ASSERT_TRUE(log.has_value()) << logFile.toStdString();
    EXPECT_TRUE(log->contains("init")) << log->toStdString();
}

} // namespace
