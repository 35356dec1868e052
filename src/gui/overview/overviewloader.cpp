#include "overview/overviewloader.h"

#include "db/connection.h"
#include "db/query.h"
#include "domain/enums.h"
#include "error.h"
#include "services/databaseinfo.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

qint64 count(Connection& c, const QString& sql, const QVariantMap& values = {})
{
    Query q(c, sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    return q.exec().next() ? q.value(0).toLongLong() : 0;
}

} // namespace

OverviewFigures OverviewLoader::load(const QString& databasePath, const UserContext& user,
                                     const QDateTime& now, quint64 generation)
{
    OverviewFigures f;
    f.generation = generation;
    QElapsedTimer timer;
    timer.start();
    try {
        auto c = Connection::open(OpenOptions{databasePath, OpenOptions::Mode::ReadOnly});
        const DatabaseSummary summary = DatabaseInfo::summarize(*c, user);
        f.schemaVersion = summary.schemaVersion;
        f.cases = summary.count(QStringLiteral("cases"));
        f.debtors = summary.count(QStringLiteral("debtors"));
        f.clients = summary.count(QStringLiteral("clients"));
        f.contacts = summary.count(QStringLiteral("contacts"));
        f.promises = summary.count(QStringLiteral("promises"));
        f.surveyResponses = summary.count(QStringLiteral("survey_responses"));
        f.complaints = summary.count(QStringLiteral("complaints"));
        f.teams = summary.count(QStringLiteral("teams"));

        const QVariant nowDb = toDb(now);
        f.openCases = count(*c,
                            QStringLiteral("SELECT count(*) FROM cases WHERE status NOT IN "
                                           "(:settled, :closed, :recalled)"),
                            {{QStringLiteral(":settled"), toCode(CaseStatus::Settled)},
                             {QStringLiteral(":closed"), toCode(CaseStatus::Closed)},
                             {QStringLiteral(":recalled"), toCode(CaseStatus::Recalled)}});
        f.recentContacts =
            count(*c, QStringLiteral("SELECT count(*) FROM contacts WHERE started_at >= :since"),
                  {{QStringLiteral(":since"), toDb(now.addDays(-30))}});
        f.openFollowUps =
            count(*c, QStringLiteral("SELECT count(*) FROM followups WHERE done_at IS NULL"));
        f.overdueFollowUps = count(*c,
                                   QStringLiteral("SELECT count(*) FROM followups "
                                                  "WHERE done_at IS NULL AND due_at < :now"),
                                   {{QStringLiteral(":now"), nowDb}});
        f.pendingPromises =
            count(*c, QStringLiteral("SELECT count(*) FROM promises WHERE status = :pending"),
                  {{QStringLiteral(":pending"), toCode(PromiseStatus::Pending)}});
        f.openComplaints = count(*c,
                                 QStringLiteral("SELECT count(*) FROM complaints WHERE status "
                                                "NOT IN (:resolved, :closed)"),
                                 {{QStringLiteral(":resolved"), toCode(ComplaintStatus::Resolved)},
                                  {QStringLiteral(":closed"), toCode(ComplaintStatus::Closed)}});
        f.agents = count(*c,
                         QStringLiteral("SELECT count(*) FROM users WHERE role = :agent "
                                        "AND active = 1"),
                         {{QStringLiteral(":agent"), toCode(Role::Agent)}});
        const QVariant average =
            Query::scalar(*c, QStringLiteral("SELECT avg(overall) FROM survey_responses "
                                             "WHERE overall IS NOT NULL"));
        if (!average.isNull())
            f.averageOverall = average.toDouble();
    } catch (const Error& e) {
        f.error = e.message();
        f.errorDetails = e.details();
        spdlog::warn("overview: loading failed (kind {})", static_cast<int>(e.kind()));
    }
    f.elapsedMs = timer.elapsed();
    spdlog::debug("overview: figures loaded in {} ms", f.elapsedMs);
    return f;
}

} // namespace caseloop
