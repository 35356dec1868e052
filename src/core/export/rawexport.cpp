#include "export/rawexport.h"

#include "db/query.h"
#include "error.h"
#include "services/agencysettings.h"

#include <QDateTime>
#include <QStringList>

namespace caseloop {

namespace {

/// How a selected value is turned into an exported one.
enum class Form { Text, Integer, Boolean, Time, Date };

struct Column {
    const char* name;
    Form form;
};

/// One export: its columns (the text column last), the SELECT without WHERE, the column that
/// places a record in the period and whether that column is a date (else a time).
struct Spec {
    std::vector<Column> columns;
    Column textColumn;
    const char* select;
    const char* periodColumn; ///< nullptr: the kind has no period
    bool periodIsDate;
    const char* orderBy;
    const char* filter; ///< condition every exported record meets, or nullptr
};

const Spec& spec(RawExportKind kind)
{
    static const Spec agents{
        {{"agent_login", Form::Text},
         {"display_name", Form::Text},
         {"team", Form::Text},
         {"role", Form::Text},
         {"active", Form::Boolean}},
        {nullptr, Form::Text},
        "SELECT u.login, u.display_name, t.name, u.role, u.active FROM users u "
        "LEFT JOIN teams t ON t.id = u.team_id",
        nullptr,
        false,
        "u.login",
        nullptr};
    static const Spec contacts{
        {{"contact_id", Form::Integer},
         {"case_ref", Form::Text},
         {"agent_login", Form::Text},
         {"team", Form::Text},
         {"channel", Form::Text},
         {"direction", Form::Text},
         {"started_at", Form::Time},
         {"ended_at", Form::Time},
         {"outcome", Form::Text},
         {"rpc", Form::Boolean}},
        {"notes", Form::Text},
        "SELECT k.id, c.ref, u.login, t.name, k.channel, k.direction, k.started_at, k.ended_at, "
        "k.outcome, k.rpc, k.notes FROM contacts k JOIN cases c ON c.id = k.case_id "
        "JOIN users u ON u.id = k.agent_id LEFT JOIN teams t ON t.id = u.team_id",
        "k.started_at",
        false,
        "k.id",
        nullptr};
    static const Spec responses{
        {{"response_id", Form::Integer},
         {"case_ref", Form::Text},
         {"contact_id", Form::Integer},
         {"subject_agent_login", Form::Text},
         {"recorded_by_login", Form::Text},
         {"respondent_type", Form::Text},
         {"channel", Form::Text},
         {"responded_at", Form::Time},
         {"survey_id", Form::Text},
         {"survey_version", Form::Integer},
         {"efficiency", Form::Integer},
         {"attitude", Form::Integer},
         {"service_quality", Form::Integer},
         {"overall", Form::Integer},
         {"nps_score", Form::Integer}},
        {"comment", Form::Text},
        "SELECT r.id, c.ref, r.contact_id, sa.login, rb.login, r.respondent_type, r.channel, "
        "r.responded_at, s.code, s.version, r.efficiency, r.attitude, r.service_quality, "
        "r.overall, r.nps_score, r.comment FROM survey_responses r "
        "JOIN surveys s ON s.id = r.survey_id LEFT JOIN cases c ON c.id = r.case_id "
        "LEFT JOIN users sa ON sa.id = r.subject_agent_id "
        "LEFT JOIN users rb ON rb.id = r.recorded_by_id",
        "r.responded_at",
        false,
        "r.id",
        "r.superseded_at IS NULL"}; // corrected responses: only the current version counts
    static const Spec complaints{
        {{"complaint_id", Form::Text},
         {"external_id", Form::Text},
         {"case_ref", Form::Text},
         {"agent_login", Form::Text},
         {"source", Form::Text},
         {"channel", Form::Text},
         {"category", Form::Text},
         {"severity", Form::Text},
         {"received_at", Form::Time},
         {"ack_due_at", Form::Time},
         {"acknowledged_at", Form::Time},
         {"resolve_due_at", Form::Time},
         {"resolved_at", Form::Time},
         {"status", Form::Text},
         {"outcome", Form::Text},
         {"root_cause", Form::Text}},
        {"description", Form::Text},
        "SELECT m.ref, m.external_id, c.ref, u.login, m.source, m.channel, m.category, "
        "m.severity, m.received_at, m.ack_due_at, m.acknowledged_at, m.resolve_due_at, "
        "m.resolved_at, m.status, m.outcome, m.root_cause, m.description FROM complaints m "
        "LEFT JOIN cases c ON c.id = m.case_id LEFT JOIN users u ON u.id = m.agent_id",
        "m.received_at",
        false,
        "m.id",
        nullptr};
    static const Spec promises{
        {{"promise_id", Form::Integer},
         {"case_ref", Form::Text},
         {"agent_login", Form::Text},
         {"amount_minor", Form::Integer},
         {"currency", Form::Text},
         {"due_date", Form::Date},
         {"grace_days", Form::Integer},
         {"status", Form::Text},
         {"kept_at", Form::Time}},
        {nullptr, Form::Text},
        "SELECT p.id, c.ref, u.login, p.amount_minor, p.currency, p.due_date, p.grace_days, "
        "p.status, p.kept_at FROM promises p JOIN cases c ON c.id = p.case_id "
        "JOIN users u ON u.id = p.agent_id",
        "p.due_date",
        true,
        "p.id",
        nullptr};
    static const Spec payments{
        {{"payment_id", Form::Integer},
         {"case_ref", Form::Text},
         {"agent_login", Form::Text},
         {"amount_minor", Form::Integer},
         {"currency", Form::Text},
         {"paid_at", Form::Time}},
        {nullptr, Form::Text},
        "SELECT y.id, c.ref, u.login, y.amount_minor, y.currency, y.paid_at FROM payments y "
        "JOIN cases c ON c.id = y.case_id LEFT JOIN users u ON u.id = y.agent_id",
        "y.paid_at",
        false,
        "y.id",
        nullptr};
    switch (kind) {
    case RawExportKind::Agents:
        return agents;
    case RawExportKind::Contacts:
        return contacts;
    case RawExportKind::Responses:
        return responses;
    case RawExportKind::Complaints:
        return complaints;
    case RawExportKind::Promises:
        return promises;
    case RawExportKind::Payments:
        return payments;
    }
    return contacts;
}

constexpr std::pair<RawExportKind, const char*> kindWords[] = {
    {RawExportKind::Agents, "agents"},       {RawExportKind::Contacts, "contacts"},
    {RawExportKind::Responses, "responses"}, {RawExportKind::Complaints, "complaints"},
    {RawExportKind::Promises, "promises"},   {RawExportKind::Payments, "payments"},
};

ColumnType columnType(Form form)
{
    switch (form) {
    case Form::Integer:
        return ColumnType::Integer;
    case Form::Boolean:
        return ColumnType::Boolean;
    default:
        return ColumnType::Text;
    }
}

QVariant exported(const QVariant& value, Form form)
{
    if (value.isNull())
        return {};
    switch (form) {
    case Form::Time:
        // Qt::UTC (not a QTimeZone) makes ISODate end in "Z", as docs/exports.md asks.
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    case Form::Integer:
        return value.toLongLong();
    case Form::Boolean:
        return value.toLongLong() != 0;
    case Form::Text:
    case Form::Date:
        return value.toString();
    }
    return value;
}

bool canSeeText(const UserContext& user)
{
    return user.role == Role::Supervisor || user.role == Role::Compliance ||
           user.role == Role::Admin;
}

} // namespace

QString RawExport::kindName(RawExportKind kind)
{
    for (const auto& [k, word] : kindWords) {
        if (k == kind)
            return QString::fromLatin1(word);
    }
    return {};
}

std::optional<RawExportKind> RawExport::kindFromName(const QString& name)
{
    for (const auto& [k, word] : kindWords) {
        if (name == QLatin1StringView(word))
            return k;
    }
    return std::nullopt;
}

QStringList RawExport::kindNames()
{
    QStringList names;
    for (const auto& [k, word] : kindWords)
        names << QString::fromLatin1(word);
    return names;
}

std::vector<ExportColumn> RawExport::columns(RawExportKind kind, bool includeText)
{
    const Spec& s = spec(kind);
    std::vector<ExportColumn> list;
    for (const Column& c : s.columns)
        list.push_back({QString::fromLatin1(c.name), columnType(c.form)});
    if (includeText && s.textColumn.name)
        list.push_back({QString::fromLatin1(s.textColumn.name), ColumnType::Text});
    return list;
}

qint64 RawExport::run(Connection& connection, const UserContext& user,
                      const RawExportRequest& request, TableWriter& writer)
{
    if (request.from && request.to && *request.to <= *request.from) {
        throw Error(
            Error::Kind::InvalidInput,
            tr("The period is empty: --to (%1) must be after --from (%2); the period "
               "runs from the first day up to, not including, the last.")
                .arg(request.to->toString(Qt::ISODate), request.from->toString(Qt::ISODate)),
            QStringLiteral("empty period"));
    }
    const Spec& s = spec(request.kind);
    const bool withText = request.includeText && s.textColumn.name;
    if (withText && !canSeeText(user)) {
        throw Error(Error::Kind::Permission,
                    tr("Only supervisors, compliance staff and administrators may export notes "
                       "and comments. Export without --include-text."),
                    QStringLiteral("include-text refused for role %1").arg(toCode(user.role)));
    }

    QStringList where;
    QVariantMap values;
    if (s.filter)
        where << QString::fromLatin1(s.filter);
    if (s.periodColumn) {
        const QTimeZone zone =
            request.timeZone.isValid() ? request.timeZone : AgencySettings::timeZone(connection);
        const auto bound = [&](const QDate& day) -> QVariant {
            if (s.periodIsDate)
                return toDb(day);
            return toDb(QDateTime(day, QTime(0, 0), zone).toUTC());
        };
        if (request.from) {
            where << QString::fromLatin1(s.periodColumn) + QStringLiteral(" >= :from");
            values.insert(QStringLiteral(":from"), bound(*request.from));
        }
        if (request.to) {
            where << QString::fromLatin1(s.periodColumn) + QStringLiteral(" < :to");
            values.insert(QStringLiteral(":to"), bound(*request.to));
        }
    }
    const QString sql =
        QString::fromLatin1(s.select) +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY ") + QString::fromLatin1(s.orderBy);
    Query q(connection, sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    q.raw().setForwardOnly(true);
    q.exec();

    writer.begin(columns(request.kind, withText));
    const int n = int(s.columns.size());
    qint64 rows = 0;
    QVariantList row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < n; ++i)
            row << exported(q.value(i), s.columns[size_t(i)].form);
        if (withText)
            row << q.value(n).toString();
        writer.row(row);
        ++rows;
    }
    writer.end();
    return rows;
}

} // namespace caseloop
