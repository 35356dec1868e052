#include "services/caselistquery.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/debtorrepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace caseloop {

namespace {

QString trList(const char* text)
{
    return QCoreApplication::translate("CaseListQuery", text);
}

/// Sort column per CaseListSort; constants only, never input.
QString sortColumn(CaseListSort sort)
{
    switch (sort) {
    case CaseListSort::Ref:
        return QStringLiteral("c.ref");
    case CaseListSort::Balance:
        return QStringLiteral("c.current_balance_minor");
    case CaseListSort::Status:
        return QStringLiteral("c.status");
    case CaseListSort::PlacedDate:
        return QStringLiteral("c.placed_date");
    case CaseListSort::Updated:
        return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.ref");
}

bool numericSort(CaseListSort sort)
{
    return sort == CaseListSort::Balance || sort == CaseListSort::Updated;
}

/// Upper bound of a prefix range: every text starting with @p prefix sorts below it (BINARY
/// collation compares UTF-8 bytes; U+10FFFF encodes as the largest valid sequence).
QString prefixEnd(const QString& prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

/// A WHERE clause over `cases c` and its bound values.
struct Where {
    QStringList terms;
    QVariantMap values;

    void add(const QString& term) { terms << term; }
    void bind(const QString& name, const QVariant& value) { values.insert(name, value); }
    QString sql() const
    {
        return terms.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    void apply(Query& q) const
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bind(it.key(), it.value());
    }
};

// Unary + keeps the planner from using idx_cases_status for this term: walking the index of the
// requested order and stopping after one page beats sorting half the table.
const QString openStatuses = QStringLiteral("+c.status IN (:open0, :open1, :open2, :open3)");
const QString followUpDue =
    QStringLiteral("EXISTS (SELECT 1 FROM followups f WHERE f.case_id = c.id "
                   "AND f.done_at IS NULL AND f.due_at < :endOfToday)");
const QString promiseDue = QStringLiteral("EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id "
                                          "AND p.status = :pending AND p.due_date <= :today)");
const QString neverContacted =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM contacts k WHERE k.case_id = c.id)");
const QString latestPromiseStatus =
    QStringLiteral("(SELECT p.status FROM promises p WHERE p.case_id = c.id "
                   "ORDER BY p.created_at DESC, p.id DESC LIMIT 1)");

Where buildWhere(const CaseListRequest& r, const UserContext& user)
{
    Where w;
    if (r.agentId) {
        w.add(QStringLiteral("c.agent_id = :agent"));
        w.bind(QStringLiteral(":agent"), *r.agentId);
    }
    if (!r.statuses.empty()) {
        QStringList names;
        for (size_t i = 0; i < r.statuses.size(); ++i) {
            const QString name = QStringLiteral(":status%1").arg(i);
            names << name;
            w.bind(name, toCode(r.statuses[i]));
        }
        w.add(QStringLiteral("c.status IN (") + names.join(QStringLiteral(", ")) +
              QStringLiteral(")"));
    }

    if (r.filter != CaseListFilter::All) {
        w.add(openStatuses);
        const CaseStatus open[] = {CaseStatus::New, CaseStatus::Active, CaseStatus::Promise,
                                   CaseStatus::Paying};
        for (int i = 0; i < 4; ++i)
            w.bind(QStringLiteral(":open%1").arg(i), toCode(open[i]));
        const QDateTime now = r.now.isValid() ? r.now : QDateTime::currentDateTimeUtc();
        const QDate today = now.toLocalTime().date();
        const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
        const auto bindDue = [&] {
            w.bind(QStringLiteral(":endOfToday"), toDb(endOfToday));
            w.bind(QStringLiteral(":pending"), toCode(PromiseStatus::Pending));
            w.bind(QStringLiteral(":today"), toDb(today));
        };
        switch (r.filter) {
        case CaseListFilter::All:
            break;
        case CaseListFilter::MyQueueToday:
            w.add(QStringLiteral("c.agent_id = :me"));
            w.bind(QStringLiteral(":me"), user.userId);
            w.add(QStringLiteral("(") + followUpDue + QStringLiteral(" OR ") + promiseDue +
                  QStringLiteral(" OR ") + neverContacted + QStringLiteral(")"));
            bindDue();
            break;
        case CaseListFilter::FollowUpsDue:
            w.add(followUpDue);
            w.bind(QStringLiteral(":endOfToday"), toDb(endOfToday));
            break;
        case CaseListFilter::PromisesDue:
            w.add(promiseDue);
            w.bind(QStringLiteral(":pending"), toCode(PromiseStatus::Pending));
            w.bind(QStringLiteral(":today"), toDb(today));
            break;
        case CaseListFilter::BrokenPromises:
            w.add(latestPromiseStatus + QStringLiteral(" = :broken"));
            w.bind(QStringLiteral(":broken"), toCode(PromiseStatus::Broken));
            break;
        case CaseListFilter::NeverContacted:
            w.add(neverContacted);
            break;
        }
    }

    const QString search = r.search.trimmed();
    if (!search.isEmpty()) {
        // Every alternative is an indexed range on cases or a set of debtor ids from an
        // indexed range, so SQLite can answer the OR with index lookups only.
        QStringList alternatives;
        const QString ref = search.toUpper();
        alternatives << QStringLiteral("(c.ref >= :refLo AND c.ref < :refHi)");
        w.bind(QStringLiteral(":refLo"), ref);
        w.bind(QStringLiteral(":refHi"), prefixEnd(ref));

        QString debtors = QStringLiteral("SELECT d2.id FROM debtors d2 WHERE d2.name_norm >= "
                                         ":nameLo AND d2.name_norm < :nameHi");
        const QString name = DebtorRepository::normalizeName(search);
        w.bind(QStringLiteral(":nameLo"), name);
        w.bind(QStringLiteral(":nameHi"), prefixEnd(name));

        const QString digits = CaseListQuery::phoneDigits(search);
        if (!digits.isEmpty()) {
            // Numbers are stored in E.164; accept the number with or without its country code.
            debtors += QStringLiteral(" UNION SELECT ph.debtor_id FROM debtor_phones ph WHERE "
                                      "(ph.number >= :ph0Lo AND ph.number < :ph0Hi) OR "
                                      "(ph.number >= :ph1Lo AND ph.number < :ph1Hi) OR "
                                      "(ph.number >= :ph2Lo AND ph.number < :ph2Hi)");
            // arg() rather than QStringBuilder: GCC 12 -O2 warns (-Warray-bounds, a false
            // positive) on the builder here.
            const QString prefixes[] = {QStringLiteral("+%1").arg(digits),
                                        QStringLiteral("+1%1").arg(digits),
                                        QStringLiteral("+86%1").arg(digits)};
            for (int i = 0; i < 3; ++i) {
                w.bind(QStringLiteral(":ph%1Lo").arg(i), prefixes[i]);
                w.bind(QStringLiteral(":ph%1Hi").arg(i), prefixEnd(prefixes[i]));
            }
        }
        alternatives << QStringLiteral("c.debtor_id IN (") + debtors + QStringLiteral(")");
        w.add(QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
              QStringLiteral(")"));
    }
    return w;
}

void addAfter(Where& w, const CaseListRequest& r, const std::optional<CaseListKey>& after)
{
    if (!after)
        return;
    const QString op = r.descending ? QStringLiteral("<") : QStringLiteral(">");
    w.add(QStringLiteral("(") + sortColumn(r.sort) + QStringLiteral(", c.id) ") + op +
          QStringLiteral(" (:afterValue, :afterId)"));
    w.bind(QStringLiteral(":afterValue"), after->value);
    w.bind(QStringLiteral(":afterId"), after->id);
}

QString orderBy(const CaseListRequest& r)
{
    const QString dir = r.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + sortColumn(r.sort) + dir + QStringLiteral(", c.id") + dir;
}

CaseListKey readKey(const Query& q, int column, CaseListSort sort)
{
    CaseListKey key;
    const QVariant v = q.value(column);
    key.value = numericSort(sort) ? QVariant(v.toLongLong()) : QVariant(v.toString());
    key.id = q.value(column + 1).toLongLong();
    return key;
}

void checkLimit(int limit)
{
    if (limit < 1 || limit > CaseListQuery::maxLimit) {
        throw Error(
            Error::Kind::InvalidInput, trList("The page size is out of range."),
            QStringLiteral("limit %1 not in 1..%2").arg(limit).arg(CaseListQuery::maxLimit));
    }
}

} // namespace

CaseListQuery::CaseListQuery(Connection& connection, const UserContext& user)
    : m_connection(connection)
    , m_user(user)
{}

CaseListRequest CaseListQuery::effective(const CaseListRequest& request) const
{
    CaseListRequest r = request;
    if (m_user.role == Role::Agent)
        r.agentId = m_user.userId;
    return r;
}

QString CaseListQuery::phoneDigits(const QString& search)
{
    QString digits;
    for (const QChar ch : search) {
        if (ch.isDigit())
            digits += QChar(u'0' + ch.digitValue());
        else if (!QStringLiteral(" ()+-./").contains(ch))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

std::vector<CaseListRow> CaseListQuery::page(const CaseListRequest& request,
                                             const std::optional<CaseListKey>& after, int limit)
{
    checkLimit(limit);
    const CaseListRequest r = effective(request);
    Where w = buildWhere(r, m_user);
    addAfter(w, r, after);
    // The inner query finds the page's ids along the sort index (or sorts the few matches of
    // a search); only those rows are then joined and get their correlated subqueries.
    const QString dir = r.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT c.id, c.ref, d.full_name, cl.name, c.current_balance_minor, "
                       "c.currency, c.status, c.placed_date, c.updated_at, "
                       "(SELECT max(k.started_at) FROM contacts k WHERE k.case_id = c.id), "
                       "(SELECT min(f.due_at) FROM followups f WHERE f.case_id = c.id "
                       "AND f.done_at IS NULL), ") +
        latestPromiseStatus +
        QStringLiteral(", d.time_zone, u.display_name, pg.sort_key, c.id FROM (SELECT c.id AS "
                       "id, ") +
        sortColumn(r.sort) + QStringLiteral(" AS sort_key FROM cases c") + w.sql() + orderBy(r) +
        QStringLiteral(" LIMIT :limit) pg JOIN cases c ON c.id = pg.id "
                       "JOIN debtors d ON d.id = c.debtor_id "
                       "JOIN clients cl ON cl.id = c.client_id "
                       "LEFT JOIN users u ON u.id = c.agent_id ORDER BY pg.sort_key") +
        dir + QStringLiteral(", pg.id") + dir;
    Query q(m_connection, sql);
    w.apply(q);
    q.bind(QStringLiteral(":limit"), limit);
    q.exec();

    std::vector<CaseListRow> rows;
    rows.reserve(size_t(limit));
    while (q.next()) {
        CaseListRow row;
        row.caseId = q.value(0).toLongLong();
        row.ref = q.value(1).toString();
        row.debtorName = q.value(2).toString();
        row.clientName = q.value(3).toString();
        row.balance = Money{q.value(4).toLongLong(), q.value(5).toString()};
        row.status = fromCode<CaseStatus>(q.value(6).toString()).value_or(CaseStatus::New);
        row.placedDate = dateFromDb(q.value(7));
        row.updatedAt = timeFromDb(q.value(8));
        row.lastContactAt = optTimeFromDb(q.value(9));
        row.nextFollowUpAt = optTimeFromDb(q.value(10));
        if (!q.value(11).isNull())
            row.promiseStatus = fromCode<PromiseStatus>(q.value(11).toString());
        row.debtorTimeZone = q.value(12).toString();
        row.agentName = q.value(13).toString();
        row.key = readKey(q, 14, r.sort);
        rows.push_back(std::move(row));
    }
    return rows;
}

qint64 CaseListQuery::count(const CaseListRequest& request)
{
    const CaseListRequest r = effective(request);
    const Where w = buildWhere(r, m_user);
    Query q(m_connection, QStringLiteral("SELECT count(*) FROM cases c") + w.sql());
    w.apply(q);
    return q.exec().next() ? q.value(0).toLongLong() : 0;
}

std::optional<CaseListKey> CaseListQuery::keyAt(const CaseListRequest& request,
                                                const std::optional<CaseListKey>& after,
                                                qint64 offset)
{
    if (offset < 0) {
        throw Error(Error::Kind::InvalidInput, trList("The row position is out of range."),
                    QStringLiteral("offset %1 < 0").arg(offset));
    }
    const CaseListRequest r = effective(request);
    Where w = buildWhere(r, m_user);
    addAfter(w, r, after);
    Query q(m_connection, QStringLiteral("SELECT ") + sortColumn(r.sort) +
                              QStringLiteral(", c.id FROM cases c") + w.sql() + orderBy(r) +
                              QStringLiteral(" LIMIT 1 OFFSET :offset"));
    w.apply(q);
    q.bind(QStringLiteral(":offset"), offset);
    if (!q.exec().next())
        return std::nullopt;
    return readKey(q, 0, r.sort);
}

} // namespace caseloop
