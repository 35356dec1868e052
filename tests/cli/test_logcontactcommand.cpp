// caseloop-cli log-contact and record-payment (src/cli/logcontactcommand.cpp) through the real
// binary: a saved contact (exit 0, the row exists), a blocked one (exit 3, nothing saved), a
// supervisor override, promises, usage errors (exit 2 naming the argument) and a missing file.
#include "cli/clitestsupport.h"
#include "db/connection.h"
#include "db/query.h"
#include "repo/repositories.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace caseloop;
using namespace caseloop::test;

namespace {

/// 14:00 and 23:00 in Shanghai, where the debtor lives (calling hours 08:00–21:00).
const QString kDay = u"2026-03-10T06:00:00Z"_s;
const QString kNight = u"2026-03-10T15:00:00Z"_s;

QString err(const CliResult& r)
{
    return u"exit "_s + QString::number(r.exitCode) + u"\nstdout: "_s + r.out + u"\nstderr: "_s +
           r.err;
}

class LogContactCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        createCaseLoopDatabase(db);
        auto c = Connection::open(OpenOptions{db, OpenOptions::Mode::ReadWrite});
        Repositories repos(*c);
        User u;
        u.login = u"agent1"_s;
        u.displayName = u"Agent"_s;
        u.createdAt = QDateTime::currentDateTimeUtc();
        repos.users().add(u);
        u.login = u"super"_s;
        u.role = Role::Supervisor;
        repos.users().add(u);
        const qint64 client = repos.clients().add(Client{0, u"C1"_s, u"Client"_s, u"CN"_s});
        Debtor d;
        d.fullName = u"李娜"_s;
        d.timeZone = u"Asia/Shanghai"_s;
        d.country = u"CN"_s;
        d.createdAt = u.createdAt;
        d.phones.push_back(Phone{0, u"+8613800000000"_s, u"mobile"_s, false, std::nullopt});
        const qint64 debtor = repos.debtors().add(d);
        Case k;
        k.ref = u"CL-1"_s;
        k.clientId = client;
        k.debtorId = debtor;
        k.placedDate = QDate(2026, 1, 5);
        k.placedBalance = Money{500'00, u"CNY"_s};
        k.currentBalance = k.placedBalance;
        k.ruleProfile = u"us-regf"_s;
        k.updatedAt = u.createdAt;
        repos.cases().add(k);
    }

    CliResult log(const QStringList& extra) const
    {
        return cli.run(QStringList{u"log-contact"_s, u"--db"_s, db, u"--case"_s, u"CL-1"_s,
                                   u"--channel"_s, u"call"_s, u"--agent"_s, u"agent1"_s} +
                       extra);
    }

    QVariant scalar(const QString& sql) const
    {
        auto c = Connection::open(OpenOptions{db, OpenOptions::Mode::ReadOnly});
        return Query::scalar(*c, sql);
    }

    CliRunner cli;
    QString db = cli.filePath(u"agency.db"_s);
};

} // namespace

TEST_F(LogContactCommandTest, AllowedContactIsSavedWithTheConversationAlias)
{
    const auto r = log({u"--outcome"_s, u"conversation"_s, u"--at"_s, kDay, u"--notes"_s,
                        u"同意还款"_s, u"--ended-at"_s, u"2026-03-10T06:05:00Z"_s});
    ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    EXPECT_TRUE(out.at("saved").get<bool>());
    EXPECT_TRUE(out.at("allowed").get<bool>());
    EXPECT_TRUE(out.at("blocked_by").empty());
    EXPECT_EQ(out.at("outcome"), "answered");
    const qint64 id = out.at("contact_id").get<qint64>();
    EXPECT_EQ(scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT id FROM contacts"_s).toLongLong(), id);
    EXPECT_EQ(scalar(u"SELECT outcome FROM contacts"_s).toString(), u"answered"_s);
    EXPECT_EQ(scalar(u"SELECT notes FROM contacts"_s).toString(), u"同意还款"_s);
    EXPECT_EQ(scalar(u"SELECT status FROM cases"_s).toString(), u"active"_s);
}

TEST_F(LogContactCommandTest, BlockedContactExitsThreeAndSavesNothing)
{
    const auto r = log({u"--outcome"_s, u"no_answer"_s, u"--at"_s, kNight});
    ASSERT_EQ(r.exitCode, 3) << err(r).toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    EXPECT_FALSE(out.at("saved").get<bool>());
    EXPECT_TRUE(out.at("contact_id").is_null());
    EXPECT_EQ(out.at("blocked_by"), nlohmann::json::array({"hours"}));
    EXPECT_FALSE(out.at("reasons").empty());
    EXPECT_TRUE(out.at("next_allowed_at").is_string());
    EXPECT_TRUE(r.err.contains(u"block"_s)) << r.err.toStdString();
    EXPECT_EQ(scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'contact.blocked'"_s).toInt(),
              1);

    // Inbound skips the rules; a supervisor override lets the outbound one through.
    const auto inbound =
        log({u"--outcome"_s, u"answered"_s, u"--at"_s, kNight, u"--direction"_s, u"inbound"_s});
    EXPECT_EQ(inbound.exitCode, 0) << err(inbound).toStdString();
    const auto over =
        log({u"--outcome"_s, u"no_answer"_s, u"--at"_s, kNight, u"--override-reason"_s,
             u"debtor asked"_s, u"--supervisor"_s, u"super"_s});
    ASSERT_EQ(over.exitCode, 0) << err(over).toStdString();
    const auto o = nlohmann::json::parse(over.out.toStdString());
    EXPECT_TRUE(o.at("override_audit_id").is_number());
    EXPECT_EQ(
        scalar(u"SELECT count(*) FROM contacts WHERE override_audit_id IS NOT NULL"_s).toInt(), 1);
}

TEST_F(LogContactCommandTest, PromisePlanAndFollowUp)
{
    const auto r =
        log({u"--outcome"_s, u"promise_to_pay"_s, u"--at"_s, kDay, u"--promise"_s, u"120.50"_s,
             u"--due"_s, u"2026-03-20"_s, u"--instalments"_s, u"3"_s, u"--frequency"_s, u"weekly"_s,
             u"--follow-up"_s, u"2026-03-21T06:00:00Z"_s});
    ASSERT_EQ(r.exitCode, 0) << err(r).toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(out.at("promise_ids").size(), 3u);
    EXPECT_EQ(scalar(u"SELECT sum(amount_minor) FROM promises"_s).toLongLong(), 120'50);
    EXPECT_EQ(scalar(u"SELECT max(due_date) FROM promises"_s).toString(), u"2026-04-03"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM followups"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT status FROM cases"_s).toString(), u"promise"_s);

    const auto pay = cli.run({u"record-payment"_s, u"--db"_s, db, u"--case"_s, u"CL-1"_s,
                              u"--amount"_s, u"40.16"_s, u"--at"_s, u"2026-03-20T03:00:00Z"_s});
    ASSERT_EQ(pay.exitCode, 0) << err(pay).toStdString();
    const auto p = nlohmann::json::parse(pay.out.toStdString());
    EXPECT_EQ(p.at("balance_minor"), 500'00 - 40'16);
    EXPECT_EQ(p.at("status"), "paying");
    EXPECT_EQ(scalar(u"SELECT count(*) FROM promises WHERE status = 'kept'"_s).toInt(), 1);
}

TEST_F(LogContactCommandTest, BadArgumentsExitTwoNamingTheArgument)
{
    const std::pair<QStringList, QString> bad[] = {
        {{u"--at"_s, kDay}, u"--outcome"_s},
        {{u"--outcome"_s, u"teleported"_s, u"--at"_s, kDay}, u"--outcome"_s},
        {{u"--outcome"_s, u"sent"_s, u"--at"_s, kDay}, u"--outcome"_s},
        {{u"--outcome"_s, u"answered"_s, u"--at"_s, u"yesterday"_s}, u"--at"_s},
        {{u"--outcome"_s, u"answered"_s, u"--direction"_s, u"sideways"_s}, u"--direction"_s},
        {{u"--outcome"_s, u"answered"_s, u"--promise"_s, u"12,5"_s, u"--due"_s, u"2026-03-20"_s},
         u"--promise"_s},
        {{u"--outcome"_s, u"answered"_s, u"--promise"_s, u"10"_s}, u"--due"_s},
        {{u"--outcome"_s, u"answered"_s, u"--at"_s, kDay, u"--promise"_s, u"10"_s, u"--due"_s,
          u"2026-01-01"_s},
         u"First due date"_s},
        {{u"--outcome"_s, u"answered"_s, u"--override-reason"_s, u"x"_s}, u"--supervisor"_s},
    };
    for (const auto& [args, named] : bad) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const auto r = log(args);
        EXPECT_EQ(r.exitCode, 2) << err(r).toStdString();
        EXPECT_TRUE(r.err.contains(named)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    auto r = cli.run({u"log-contact"_s, u"--db"_s, db, u"--case"_s, u"NOPE"_s, u"--channel"_s,
                      u"call"_s, u"--outcome"_s, u"answered"_s, u"--agent"_s, u"agent1"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--case"_s) && r.err.contains(u"NOPE"_s)) << err(r).toStdString();
    r = cli.run({u"log-contact"_s, u"--db"_s, db, u"--case"_s, u"CL-1"_s, u"--channel"_s, u"fax"_s,
                 u"--outcome"_s, u"answered"_s, u"--agent"_s, u"agent1"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--channel"_s));
    r = cli.run({u"log-contact"_s, u"--db"_s, db, u"--case"_s, u"CL-1"_s, u"--channel"_s, u"call"_s,
                 u"--outcome"_s, u"answered"_s, u"--agent"_s, u"nobody"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--agent"_s) && r.err.contains(u"nobody"_s));
    r = cli.run(
        {u"record-payment"_s, u"--db"_s, db, u"--case"_s, u"CL-1"_s, u"--amount"_s, u"0"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--amount"_s));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM payments"_s).toInt(), 0);
}

TEST_F(LogContactCommandTest, MissingDatabaseIsRefusedAndNotCreated)
{
    const QString missing = cli.filePath(u"missing.db"_s);
    const auto r =
        cli.run({u"log-contact"_s, u"--db"_s, missing, u"--case"_s, u"CL-1"_s, u"--channel"_s,
                 u"call"_s, u"--outcome"_s, u"answered"_s, u"--agent"_s, u"agent1"_s});
    EXPECT_EQ(r.exitCode, 1) << err(r).toStdString();
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}
