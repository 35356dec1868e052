// caseloop-cli check-contact (src/cli/checkcontactcommand.cpp): scenario files from
// tests/data/contact-rules evaluated by the real binary, clear errors for missing files, bad
// JSON (line:column) and malformed fields (exit 2), and stored cases of a small demo database.
#include "cli/clitestsupport.h"
#include "db/connection.h"
#include "db/query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace caseloop::test;

namespace {

nlohmann::json readFixture(const QString& name)
{
    QFile f(QStringLiteral(CASELOOP_TEST_DATA "/contact-rules/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return nlohmann::json::parse(f.readAll().toStdString());
}

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    f.write(bytes);
}

/// Writes the "scenario" part of a fixture to @p folder/<name> (with the fixture profiles next
/// to it, so relative profile paths resolve against the scenario's folder) and returns the path.
QString scenarioFile(const QString& folder, const QString& fixture)
{
    QDir().mkpath(folder + u"/profiles"_s);
    const QDir profiles(QStringLiteral(CASELOOP_TEST_DATA "/contact-rules/profiles"));
    for (const QString& p : profiles.entryList({u"*.json"_s}, QDir::Files)) {
        QFile::remove(folder + u"/profiles/"_s + p);
        QFile::copy(profiles.filePath(p), folder + u"/profiles/"_s + p);
    }
    const QString path = folder + u'/' + fixture;
    writeText(path, QByteArray::fromStdString(readFixture(fixture).at("scenario").dump(2)));
    return path;
}

QString err(const CliResult& r)
{
    return u"exit "_s + QString::number(r.exitCode) + u"\nstdout: "_s + r.out + u"\nstderr: "_s +
           r.err;
}

class CheckContactScenario : public ::testing::Test {
protected:
    CliRunner cli;
    QString folder = cli.filePath(u"scenarios"_s);
};

} // namespace

TEST_F(CheckContactScenario, FixturesGiveTheirExpectedAnswers)
{
    // Allowed at exactly 08:00; the 8th call (next_allowed_at set); a dispute hold (next null);
    // a profile given as a path relative to the scenario file.
    for (const QString& fixture :
         {u"08-exactly-0800-local.json"_s, u"25-eighth-attempt-blocked.json"_s,
          u"39-hold-dispute.json"_s, u"65-cn-2130-allowed-under-22-floor.json"_s}) {
        SCOPED_TRACE(fixture.toStdString());
        const QString path = scenarioFile(folder, fixture);
        const auto r = cli.run({u"check-contact"_s, u"--scenario"_s, path});
        ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
        const auto out = nlohmann::json::parse(r.out.toStdString());
        const auto expected = readFixture(fixture).at("expected");
        EXPECT_EQ(out.at("allowed"), expected.at("allowed"));
        EXPECT_EQ(out.at("blocked_by"), expected.at("blocked_by"));
        if (expected.contains("next_allowed_at")) {
            EXPECT_EQ(out.at("next_allowed_at"), expected.at("next_allowed_at"));
        }
        EXPECT_EQ(out.at("reasons").size(), out.at("blocked_by").size());
        for (const char* key : {"zones", "local_times", "inputs", "profile", "warnings", "details"})
            EXPECT_TRUE(out.contains(key)) << key;
        EXPECT_GT(r.out.count(u'\n'), 5) << "not pretty-printed";
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST_F(CheckContactScenario, ExitCodeFlagAndOutFile)
{
    const QString blocked = scenarioFile(folder, u"25-eighth-attempt-blocked.json"_s);
    const QString allowed = scenarioFile(folder, u"08-exactly-0800-local.json"_s);
    EXPECT_EQ(cli.run({u"check-contact"_s, u"--scenario"_s, blocked}).exitCode, 0);
    auto r = cli.run({u"check-contact"_s, u"--scenario"_s, blocked, u"--exit-code"_s});
    EXPECT_EQ(r.exitCode, 3) << err(r).toStdString();
    EXPECT_FALSE(nlohmann::json::parse(r.out.toStdString()).at("allowed").get<bool>());
    r = cli.run({u"check-contact"_s, u"--scenario"_s, allowed, u"--exit-code"_s});
    EXPECT_EQ(r.exitCode, 0) << err(r).toStdString();

    const QString out = cli.filePath(u"answer.json"_s);
    r = cli.run({u"check-contact"_s, u"--scenario"_s, blocked, u"--out"_s, out});
    ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const auto bytes = fileBytes(out);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(nlohmann::json::parse(bytes->toStdString()).at("blocked_by"),
              nlohmann::json::array({"frequency"}));
}

TEST_F(CheckContactScenario, MalformedScenariosExitTwoNamingTheField)
{
    for (const QString& fixture :
         {u"73-malformed-history-time.json"_s, u"74-malformed-unknown-key.json"_s,
          u"78-malformed-unknown-profile.json"_s, u"80-malformed-channel.json"_s}) {
        SCOPED_TRACE(fixture.toStdString());
        const QString path = scenarioFile(folder, fixture);
        const QString field = QString::fromStdString(
            readFixture(fixture).at("expected").at("error").get<std::string>());
        const QString out = cli.filePath(u"never.json"_s);
        const auto r = cli.run({u"check-contact"_s, u"--scenario"_s, path, u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 2) << err(r).toStdString();
        EXPECT_TRUE(r.err.startsWith(u"caseloop-cli: error: "_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(field)) << field.toStdString() << " / " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(out));
    }
}

TEST_F(CheckContactScenario, MissingFileAndFolderAreRuntimeErrors)
{
    const QString missing = cli.filePath(u"no-such-scenario.json"_s);
    auto r = cli.run({u"check-contact"_s, u"--scenario"_s, missing});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_TRUE(r.err.contains(missing)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();

    QDir().mkpath(folder);
    r = cli.run({u"check-contact"_s, u"--scenario"_s, folder});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_TRUE(r.err.contains(u"folder"_s)) << r.err.toStdString();
}

TEST_F(CheckContactScenario, InvalidJsonReportsLineAndColumn)
{
    QDir().mkpath(folder);
    const QString path = folder + u"/broken.json"_s;
    // The error is at the ',' on line 3; columns count characters, not bytes.
    const QString line3 = u"  \"description\": \"王芳 ☎\", \"at\": ,"_s;
    const QString text = u"{\n  \"profile\": \"us-regf\",\n"_s + line3 + u"\n}\n"_s;
    writeText(path, text.toUtf8());
    const int column = int(line3.lastIndexOf(u',')) + 1;
    const auto r = cli.run({u"check-contact"_s, u"--scenario"_s, path});
    EXPECT_EQ(r.exitCode, 2) << err(r).toStdString();
    const QString where = path + u":3:"_s + QString::number(column) + u':';
    EXPECT_TRUE(r.err.contains(where)) << where.toStdString() << " / " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"invalid JSON"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"json.exception"_s)) << r.err.toStdString();

    // Truncated file: the position is the end of the text.
    writeText(path, QByteArrayLiteral("{\n\"profile\": \"us-regf\""));
    const auto t = cli.run({u"check-contact"_s, u"--scenario"_s, path});
    EXPECT_EQ(t.exitCode, 2) << err(t).toStdString();
    EXPECT_TRUE(t.err.contains(path + u":2:"_s)) << t.err.toStdString();
}

TEST_F(CheckContactScenario, UsageErrors)
{
    const QString path = scenarioFile(folder, u"08-exactly-0800-local.json"_s);
    const QList<QStringList> bad{
        {u"check-contact"_s},
        {u"check-contact"_s, u"--scenario"_s, path, u"--case"_s, u"X"_s},
        {u"check-contact"_s, u"--scenario"_s, path, u"--db"_s, cli.filePath(u"x.db"_s)},
        {u"check-contact"_s, u"--case"_s, u"X"_s},
        {u"check-contact"_s, u"--case"_s, u"X"_s, u"--channel"_s, u"fax"_s},
        {u"check-contact"_s, u"--case"_s, u"X"_s, u"--channel"_s, u"call"_s, u"--at"_s,
         u"2026-03-08 13:30"_s},
        {u"check-contact"_s, u"--case"_s, u"X"_s, u"--channel"_s, u"call"_s, u"--at"_s,
         u"2026-03-08T13:30:00"_s}, // no offset
    };
    for (const QStringList& args : bad) {
        const auto r = cli.run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << err(r).toStdString();
        EXPECT_TRUE(r.err.contains(u"check-contact --help"_s)) << r.err.toStdString();
    }
    const auto r = cli.run({u"check-contact"_s, u"--case"_s, u"X"_s, u"--channel"_s, u"fax"_s});
    EXPECT_TRUE(r.err.contains(u"--channel"_s) && r.err.contains(u"fax"_s)) << r.err.toStdString();
}

namespace {

/// One small demo database shared by the stored-case tests (generated once).
class CheckContactDatabase : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_cli = new CliRunner;
        s_db = s_cli->filePath(u"demo.db"_s);
        const auto r =
            s_cli->run({u"demo"_s, u"--db"_s, s_db, u"--agents"_s, u"3"_s, u"--cases"_s, u"20"_s,
                        u"--months"_s, u"2"_s, u"--seed"_s, u"5"_s, u"--until"_s, u"2026-06-30"_s});
        ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    /// The first column of the first row of @p sql, with :v bound to @p v when given.
    static QString scalar(const QString& sql, const QVariant& v = {})
    {
        auto c = caseloop::Connection::open(
            caseloop::OpenOptions{s_db, caseloop::OpenOptions::Mode::ReadOnly});
        caseloop::Query q(*c, sql);
        if (v.isValid())
            q.bind(u":v"_s, v);
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }

    static CliRunner* s_cli;
    static QString s_db;
};

CliRunner* CheckContactDatabase::s_cli = nullptr;
QString CheckContactDatabase::s_db;

} // namespace

TEST_F(CheckContactDatabase, StoredCaseBlockedAtNightIsPrintedAndAudited)
{
    const QString ref = scalar(u"SELECT c.ref FROM cases c JOIN debtors d ON d.id = c.debtor_id "
                               "WHERE d.country = 'US' ORDER BY c.id LIMIT 1"_s);
    ASSERT_FALSE(ref.isEmpty());
    const QString login =
        scalar(u"SELECT login FROM users WHERE role = 'agent' ORDER BY id LIMIT 1"_s);
    ASSERT_FALSE(login.isEmpty());
    const qint64 before = countRows(s_db, u"audit_log"_s);

    // 10:00Z is 06:00 in New York and earlier further west: outside calling hours everywhere
    // in the US.
    const auto r = s_cli->run({u"check-contact"_s, u"--db"_s, s_db, u"--case"_s, ref,
                               u"--channel"_s, u"call"_s, u"--at"_s, u"2026-06-30T10:00:00Z"_s,
                               u"--user"_s, login, u"--exit-code"_s});
    ASSERT_EQ(r.exitCode, 3) << err(r).toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    for (const char* key : {"allowed", "blocked_by", "reasons", "next_allowed_at", "zones",
                            "local_times", "inputs", "profile", "case", "audit_entry_id"})
        EXPECT_TRUE(out.contains(key)) << key;
    EXPECT_FALSE(out.at("allowed").get<bool>());
    EXPECT_EQ(out.at("case"), ref.toStdString());
    EXPECT_EQ(out.at("profile").at("id"), "us-regf");
    bool hours = false;
    for (const auto& id : out.at("blocked_by"))
        hours = hours || id == "hours";
    EXPECT_TRUE(hours) << out.dump();

    EXPECT_EQ(countRows(s_db, u"audit_log"_s), before + 1);
    const qint64 id = out.at("audit_entry_id").get<qint64>();
    EXPECT_EQ(scalar(u"SELECT action FROM audit_log WHERE id = :v"_s, id), u"contact.blocked"_s);
    EXPECT_EQ(scalar(u"SELECT entity_id FROM audit_log WHERE id = :v"_s, id),
              scalar(u"SELECT id FROM cases WHERE ref = :v"_s, ref));
    EXPECT_EQ(scalar(u"SELECT user_id FROM audit_log WHERE id = :v"_s, id),
              scalar(u"SELECT id FROM users WHERE login = :v"_s, login));
}

TEST_F(CheckContactDatabase, StoredCaseAnswerHasTheScenarioShape)
{
    const QString ref = scalar(u"SELECT ref FROM cases ORDER BY id DESC LIMIT 1"_s);
    const auto r =
        s_cli->run({u"check-contact"_s, u"--db"_s, s_db, u"--case"_s, ref, u"--channel"_s,
                    u"letter"_s, u"--at"_s, u"2026-06-30T12:00:00+08:00"_s});
    ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(out.at("case"), ref.toStdString());
    EXPECT_EQ(out.at("allowed").get<bool>(), out.at("blocked_by").empty());
    EXPECT_EQ(out.at("audit_entry_id").is_null(),
              out.at("allowed").get<bool>() && out.at("warnings").empty());
    EXPECT_FALSE(out.at("zones").empty());
}

TEST_F(CheckContactDatabase, UnknownCaseOrUserIsARuntimeError)
{
    auto r = s_cli->run({u"check-contact"_s, u"--db"_s, s_db, u"--case"_s, u"NO-SUCH-CASE-42"_s,
                         u"--channel"_s, u"call"_s});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_TRUE(r.err.contains(u"NO-SUCH-CASE-42"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    const QString ref = scalar(u"SELECT ref FROM cases ORDER BY id LIMIT 1"_s);
    r = s_cli->run({u"check-contact"_s, u"--db"_s, s_db, u"--case"_s, ref, u"--channel"_s, u"sms"_s,
                    u"--user"_s, u"nobody-here"_s});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_TRUE(r.err.contains(u"nobody-here"_s)) << r.err.toStdString();

    const QString missing = s_cli->filePath(u"missing.db"_s);
    r = s_cli->run(
        {u"check-contact"_s, u"--db"_s, missing, u"--case"_s, ref, u"--channel"_s, u"call"_s});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}
