// RawExport (src/core/export/rawexport.*): the columns of docs/exports.md, periods by event
// time in the agency's zone, no personal data, text only for roles allowed to see it.
#include "db/query.h"
#include "error.h"
#include "export/rawexport.h"
#include "services/agencysettings.h"
#include "support/casefixture.h"

#include <QTimeZone>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace caseloop;
using namespace caseloop::test;
using namespace Qt::StringLiterals;

namespace {

class RawExportTest : public CaseFixture {
protected:
    qint64 addContact(const QDateTime& at, const QString& notes = {})
    {
        Contact k;
        k.caseId = caseId;
        k.agentId = agent;
        k.channel = Channel::Call;
        k.startedAt = at;
        k.endedAt = at.addSecs(60);
        k.outcome = u"no_answer"_s;
        k.notes = notes;
        return repos.contacts().add(k);
    }

    QByteArray exportText(const RawExportRequest& request, const QString& format = u"csv"_s,
                          const UserContext& user = UserContext::system())
    {
        QByteArray out;
        auto writer = TableWriter::create(format, [&out](const QByteArray& b) { out += b; });
        m_rows = RawExport::run(*db, user, request, *writer);
        return out;
    }

    void setAgencyZone(const QString& zone)
    {
        Query(*db, u"INSERT OR REPLACE INTO settings (key, value) VALUES (:k, :v)"_s)
            .bind(u":k"_s, QString::fromLatin1(AgencySettings::timeZoneKey))
            .bind(u":v"_s, zone)
            .exec();
    }

    qint64 m_rows = 0;
};

RawExportRequest req(RawExportKind kind, std::optional<QDate> from = std::nullopt,
                     std::optional<QDate> to = std::nullopt)
{
    RawExportRequest r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    return r;
}

QStringList names(const std::vector<ExportColumn>& columns)
{
    QStringList list;
    for (const ExportColumn& c : columns)
        list << c.name;
    return list;
}

} // namespace

TEST(RawExport, ColumnsAreExactlyTheDocumentedOnes)
{
    EXPECT_EQ(names(RawExport::columns(RawExportKind::Contacts)).join(u", "_s),
              u"contact_id, case_ref, agent_login, team, channel, direction, started_at, "
              "ended_at, outcome, rpc"_s);
    EXPECT_EQ(names(RawExport::columns(RawExportKind::Promises)).join(u", "_s),
              u"promise_id, case_ref, agent_login, amount_minor, currency, due_date, grace_days, "
              "status, kept_at"_s);
    EXPECT_EQ(names(RawExport::columns(RawExportKind::Payments)).join(u", "_s),
              u"payment_id, case_ref, agent_login, amount_minor, currency, paid_at"_s);
    EXPECT_EQ(names(RawExport::columns(RawExportKind::Agents)).join(u", "_s),
              u"agent_login, display_name, team, role, active"_s);
    EXPECT_EQ(RawExport::columns(RawExportKind::Responses).size(), 15u);
    EXPECT_EQ(RawExport::columns(RawExportKind::Complaints).size(), 16u);
    EXPECT_EQ(names(RawExport::columns(RawExportKind::Contacts, true)).last(), u"notes"_s);
    EXPECT_EQ(RawExport::columns(RawExportKind::Payments, true).size(), 6u); // no text column
}

TEST(RawExport, KindNamesRoundTrip)
{
    for (const QString& name : RawExport::kindNames())
        EXPECT_EQ(RawExport::kindName(*RawExport::kindFromName(name)), name);
    EXPECT_FALSE(RawExport::kindFromName(u"debtors"_s));
}

TEST_F(RawExportTest, ContactRowHasUtcTimesWithZAndNoPersonalData)
{
    const qint64 id = addContact(QDateTime(QDate(2026, 3, 8), QTime(13, 30), QTimeZone::utc()),
                                 u"李娜 said call later on +8613800000000"_s);
    const QByteArray csv = exportText(req(RawExportKind::Contacts));
    EXPECT_EQ(m_rows, 1);
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[1].trimmed(),
              QByteArray::number(id) +
                  ",CASE-1,agent1,,call,outbound,2026-03-08T13:30:00Z,2026-03-08T13:31:00Z,"
                  "no_answer,0");
    EXPECT_FALSE(csv.contains(u"李娜"_s.toUtf8()));
    EXPECT_FALSE(csv.contains("8613800000000"));
}

TEST_F(RawExportTest, PeriodIsHalfOpenInTheAgencyZone)
{
    // 2026-03-31 16:30 UTC is 2026-04-01 00:30 in Shanghai.
    const qint64 first = addContact(QDateTime(QDate(2026, 3, 31), QTime(16, 30), QTimeZone::utc()));
    const qint64 second =
        addContact(QDateTime(QDate(2026, 4, 30), QTime(15, 59), QTimeZone::utc())); // 23:59 CST
    const qint64 third =
        addContact(QDateTime(QDate(2026, 4, 30), QTime(16, 0), QTimeZone::utc())); // May 1 CST
    RawExportRequest april = req(RawExportKind::Contacts, QDate(2026, 4, 1), QDate(2026, 5, 1));
    const auto ids = [&] {
        QList<qint64> list;
        for (const auto& row : nlohmann::json::parse(exportText(april, u"json"_s).toStdString()))
            list << row["contact_id"].get<qint64>();
        return list;
    };

    setAgencyZone(u"Asia/Shanghai"_s);
    EXPECT_EQ(ids(), (QList<qint64>{first, second}));
    setAgencyZone(u"UTC"_s);
    EXPECT_EQ(ids(), (QList<qint64>{second, third}));
    april.timeZone = QTimeZone("America/New_York"); // an explicit zone wins over the agency's
    setAgencyZone(u"Asia/Shanghai"_s);
    EXPECT_EQ(ids(), (QList<qint64>{second, third}));
    april.to.reset();
    april.timeZone = QTimeZone("Asia/Shanghai");
    EXPECT_EQ(ids(), (QList<qint64>{first, second, third}));
}

TEST_F(RawExportTest, PromisesFallInThePeriodByDueDate)
{
    for (const QDate due :
         {QDate(2026, 3, 31), QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 5, 1)}) {
        Promise p;
        p.caseId = caseId;
        p.agentId = agent;
        p.amount = Money{100'00, u"CNY"_s};
        p.dueDate = due;
        p.graceDays = 3;
        p.createdAt = utc(1000);
        repos.promises().add(p);
    }
    const QByteArray json =
        exportText(req(RawExportKind::Promises, QDate(2026, 4, 1), QDate(2026, 5, 1)), u"json"_s);
    const auto rows = nlohmann::json::parse(json.toStdString());
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0]["due_date"], "2026-04-01");
    EXPECT_EQ(rows[1]["due_date"], "2026-04-30");
    EXPECT_EQ(rows[0]["amount_minor"], 10000);
    EXPECT_EQ(rows[0]["currency"], "CNY");
    EXPECT_EQ(rows[0]["status"], "pending");
    EXPECT_TRUE(rows[0]["kept_at"].is_null());
}

TEST_F(RawExportTest, PaymentsCarryTheAgentAtPaymentTime)
{
    Payment y;
    y.caseId = caseId;
    y.agentId = agent2;
    y.amount = Money{25'50, u"CNY"_s};
    y.paidAt = QDateTime(QDate(2026, 4, 2), QTime(9, 0), QTimeZone::utc());
    repos.payments().add(y);
    const QByteArray csv = exportText(req(RawExportKind::Payments));
    EXPECT_TRUE(csv.endsWith(",CASE-1,agent2,2550,CNY,2026-04-02T09:00:00Z\r\n")) << csv.data();
}

TEST_F(RawExportTest, TextColumnOnlyForRolesAllowedToSeeIt)
{
    addContact(utc(1'700'000'000'000), u"needs, \"quotes\""_s);
    RawExportRequest request = req(RawExportKind::Contacts);
    request.includeText = true;

    const UserContext agentUser{agent, u"agent1"_s, Role::Agent, u"en"_s};
    try {
        exportText(request, u"csv"_s, agentUser);
        FAIL() << "an agent must not export notes";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Permission);
    }
    const UserContext supervisor{agent2, u"agent2"_s, Role::Supervisor, u"en"_s};
    const QByteArray csv = exportText(request, u"csv"_s, supervisor);
    EXPECT_TRUE(csv.startsWith("contact_id,case_ref,agent_login,team,channel,direction,"
                               "started_at,ended_at,outcome,rpc,notes\r\n"));
    EXPECT_TRUE(csv.contains(",\"needs, \"\"quotes\"\"\"\r\n")) << csv.data();
}

TEST_F(RawExportTest, EmptyPeriodIsRefused)
{
    try {
        exportText(req(RawExportKind::Contacts, QDate(2026, 4, 1), QDate(2026, 4, 1)));
        FAIL() << "an empty period must be refused";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(e.message().contains(u"2026-04-01"_s));
    }
}

TEST_F(RawExportTest, AgentsListEveryUserWithTeamAndRole)
{
    const QByteArray csv = exportText(req(RawExportKind::Agents));
    EXPECT_EQ(m_rows, 2);
    EXPECT_TRUE(csv.contains("\r\nagent1,张伟,,agent,1\r\n"));
}
