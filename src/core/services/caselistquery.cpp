#include "services/caselistquery.h"

#include "db/connection.h"
#include "db/query.h"
#include "error.h"
#include "repo/debtorrepository.h"
#include "rules/ruleprofile.h"
#include "services/contactcheckservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

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

// What a WHERE clause is built for: a page walks an index of the requested order and stops
// after one page; a count visits every match and wants the most selective index instead.
enum class Purpose { Page, Count };

// Unary + keeps the planner from using idx_cases_status for this term in a page: walking the
// index of the requested order and stopping after one page beats sorting half the table. A count
// uses the index.
QString openStatuses(Purpose purpose)
{
    return purpose == Purpose::Page
               ? QStringLiteral("+c.status IN (:open0, :open1, :open2, :open3)")
               : QStringLiteral("c.status IN (:open0, :open1, :open2, :open3)");
}
// Follow-ups and promises due are a small set of cases: look them up from the due rows (one
// scan of the open follow-ups / pending promises) rather than probing every case.
const QString followUpDue =
    QStringLiteral("c.id IN (SELECT f.case_id FROM followups f WHERE f.done_at IS NULL "
                   "AND f.due_at < :endOfToday)");
const QString promiseDue = QStringLiteral("c.id IN (SELECT p.case_id FROM promises p WHERE "
                                          "p.status = :pending AND p.due_date <= :today)");
// A page walks the sort index and stops after one page: there a correlated test per case (on
// idx_followups_case / idx_promises_case) beats building the whole set first (measured on a
// million cases under heavy load: 18 s for the first page of "follow-ups due" with the set).
// "My queue today" is one agent's cases: probing each of them is cheap for a count too.
const QString followUpDueCorrelated =
    QStringLiteral("EXISTS (SELECT 1 FROM followups f WHERE f.case_id = c.id "
                   "AND f.done_at IS NULL AND f.due_at < :endOfToday)");
const QString promiseDueCorrelated =
    QStringLiteral("EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id "
                   "AND p.status = :pending AND p.due_date <= :today)");
const QString neverContacted = QStringLiteral("c.last_contact_at IS NULL");
const QString latestPromiseStatus =
    QStringLiteral("(SELECT p.status FROM promises p WHERE p.case_id = c.id "
                   "ORDER BY p.created_at DESC, p.id DESC LIMIT 1)");
// Only cases with some broken promise can have a broken latest one.
const QString anyBrokenPromise =
    QStringLiteral("c.id IN (SELECT p.case_id FROM promises p WHERE p.status = :broken)");

/// A search's debtor tests: by name prefix, and by phone digits when it looks like a number.
struct DebtorSearch {
    QString nameTerm;  ///< over debtors d2
    QString phoneTerm; ///< over debtor_phones ph; empty when the search is no phone number

    /// Ids of the matching debtors (for an IN list).
    QString idSelect() const
    {
        QString sql = QStringLiteral("SELECT d2.id FROM debtors d2 WHERE ") + nameTerm;
        if (!phoneTerm.isEmpty())
            sql += QStringLiteral(" UNION SELECT ph.debtor_id FROM debtor_phones ph WHERE ") +
                   phoneTerm;
        return sql;
    }
    /// Correlated tests of the debtor of case c (walks no index of its own).
    QString correlated() const
    {
        QString sql = QStringLiteral("EXISTS (SELECT 1 FROM debtors d2 WHERE d2.id = "
                                     "c.debtor_id AND ") +
                      nameTerm + QStringLiteral(")");
        if (!phoneTerm.isEmpty())
            sql += QStringLiteral(" OR EXISTS (SELECT 1 FROM debtor_phones ph WHERE "
                                  "ph.debtor_id = c.debtor_id AND (") +
                   phoneTerm + QStringLiteral("))");
        return sql;
    }
};

DebtorSearch searchDebtors(Where& w, const QString& search)
{
    DebtorSearch out;
    out.nameTerm = QStringLiteral("d2.name_norm >= :nameLo AND d2.name_norm < :nameHi");
    const QString name = DebtorRepository::normalizeName(search);
    w.bind(QStringLiteral(":nameLo"), name);
    w.bind(QStringLiteral(":nameHi"), prefixEnd(name));

    const QString digits = CaseListQuery::phoneDigits(search);
    if (!digits.isEmpty()) {
        // Numbers are stored in E.164; accept the number with or without its country code.
        out.phoneTerm = QStringLiteral("(ph.number >= :ph0Lo AND ph.number < :ph0Hi) OR "
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
    return out;
}

/// @p broadSearch: the search matches many debtors; a page then tests each case along the
/// sort index (correlated) instead of collecting and sorting every match.
Where buildWhere(const CaseListRequest& r, const UserContext& user, Purpose purpose,
                 bool broadSearch = false)
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
        w.add(openStatuses(purpose));
        const CaseStatus open[] = {CaseStatus::New, CaseStatus::Active, CaseStatus::Promise,
                                   CaseStatus::Paying};
        for (int i = 0; i < 4; ++i)
            w.bind(QStringLiteral(":open%1").arg(i), toCode(open[i]));
        const QDateTime now = r.now.isValid() ? r.now : QDateTime::currentDateTimeUtc();
        const QDate today = now.toLocalTime().date();
        const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
        switch (r.filter) {
        case CaseListFilter::All:
            break;
        case CaseListFilter::MyQueueToday:
            w.add(QStringLiteral("c.agent_id = :me"));
            w.bind(QStringLiteral(":me"), user.userId);
            w.add(QStringLiteral("(") + followUpDueCorrelated + QStringLiteral(" OR ") +
                  promiseDueCorrelated + QStringLiteral(" OR ") + neverContacted +
                  QStringLiteral(")"));
            w.bind(QStringLiteral(":endOfToday"), toDb(endOfToday));
            w.bind(QStringLiteral(":pending"), toCode(PromiseStatus::Pending));
            w.bind(QStringLiteral(":today"), toDb(today));
            break;
        case CaseListFilter::FollowUpsDue:
            w.add(purpose == Purpose::Page ? followUpDueCorrelated : followUpDue);
            w.bind(QStringLiteral(":endOfToday"), toDb(endOfToday));
            break;
        case CaseListFilter::PromisesDue:
            w.add(purpose == Purpose::Page ? promiseDueCorrelated : promiseDue);
            w.bind(QStringLiteral(":pending"), toCode(PromiseStatus::Pending));
            w.bind(QStringLiteral(":today"), toDb(today));
            break;
        case CaseListFilter::BrokenPromises:
            if (purpose == Purpose::Count)
                w.add(anyBrokenPromise);
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
        // A narrow search: every alternative is an indexed range on cases or a set of debtor
        // ids from an indexed range, so SQLite answers the OR with index lookups only. A broad
        // one in a page: the debtor test is correlated, so the sort index is walked instead.
        QStringList alternatives;
        const QString ref = search.toUpper();
        alternatives << QStringLiteral("(c.ref >= :refLo AND c.ref < :refHi)");
        w.bind(QStringLiteral(":refLo"), ref);
        w.bind(QStringLiteral(":refHi"), prefixEnd(ref));
        const DebtorSearch debtors = searchDebtors(w, search);
        if (broadSearch && purpose == Purpose::Page)
            alternatives << debtors.correlated();
        else
            alternatives << QStringLiteral("c.debtor_id IN (") + debtors.idSelect() +
                                QStringLiteral(")");
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

/// True when @p search matches at least @p cap debtors (by name or
/// phone); counts along the indexes and stops there, so it costs a few milliseconds at most.
bool isBroadSearch(Connection& connection, const QString& search, int cap)
{
    const QString s = search.trimmed();
    if (s.isEmpty())
        return false;
    Where w;
    const DebtorSearch debtors = searchDebtors(w, s);
    // Bind only the placeholders of each statement.
    const auto atLeastCap = [&](const QString& select, const QStringList& names) {
        Query q(connection,
                QStringLiteral("SELECT count(*) FROM (") + select + QStringLiteral(" LIMIT :cap)"));
        for (const QString& name : names)
            q.bind(name, w.values.value(name));
        q.bind(QStringLiteral(":cap"), cap);
        return q.exec().next() && q.value(0).toLongLong() >= cap;
    };
    if (atLeastCap(QStringLiteral("SELECT d2.id FROM debtors d2 WHERE ") + debtors.nameTerm,
                   {QStringLiteral(":nameLo"), QStringLiteral(":nameHi")}))
        return true;
    if (debtors.phoneTerm.isEmpty())
        return false;
    QStringList phoneNames;
    for (int i = 0; i < 3; ++i)
        phoneNames << QStringLiteral(":ph%1Lo").arg(i) << QStringLiteral(":ph%1Hi").arg(i);
    return atLeastCap(QStringLiteral("SELECT ph.debtor_id FROM debtor_phones ph WHERE ") +
                          debtors.phoneTerm,
                      phoneNames);
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
    Where w = buildWhere(r, m_user, Purpose::Page,
                         isBroadSearch(m_connection, r.search, m_broadSearchDebtors));
    addAfter(w, r, after);
    // The inner query finds the page's ids along the sort index (or sorts the few matches of
    // a search); only those rows are then joined and get their correlated subqueries.
    const QString dir = r.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT c.id, c.ref, d.full_name, cl.name, c.current_balance_minor, "
                       "c.currency, c.status, c.placed_date, c.updated_at, "
                       "c.last_contact_at, "
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
    const Where w = buildWhere(r, m_user, Purpose::Count);
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
    Where w = buildWhere(r, m_user, Purpose::Page,
                         isBroadSearch(m_connection, r.search, m_broadSearchDebtors));
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

namespace caseloop {

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;
constexpr size_t kIdChunk = 400; ///< ids per IN list

/// How far back contacts matter for a profile's windows (as ContactCheckService loads them).
int lookbackDays(const RuleProfile& p)
{
    int days = 2;
    if (p.frequency)
        days = std::max({days, p.frequency->windowDays, p.frequency->consentValidDays});
    if (p.postConversation)
        days = std::max(days, p.postConversation->quietDays);
    if (p.thirdParty.onlyIfDebtorUnreachable)
        days = std::max(days, p.thirdParty.debtorReachableDays);
    return days + 2;
}

/// ":i0, :i1, ..." for @p n ids, bound to @p ids[from ...].
QString idList(int n)
{
    QStringList names;
    names.reserve(n);
    for (int i = 0; i < n; ++i)
        names << QStringLiteral(":i%1").arg(i);
    return names.join(QStringLiteral(", "));
}

void bindIds(Query& q, const std::vector<qint64>& ids)
{
    for (size_t i = 0; i < ids.size(); ++i)
        q.bind(QStringLiteral(":i%1").arg(i), ids[i]);
}

/// Runs @p fn(query) for @p ids in chunks; @p sql has "%1" where the id list goes.
template<typename Fn>
void forChunks(Connection& c, const std::vector<qint64>& ids, const QString& sql, Fn&& fn,
               const std::function<void(Query&)>& bindMore = {})
{
    for (size_t from = 0; from < ids.size(); from += kIdChunk) {
        const std::vector<qint64> chunk(ids.begin() + qint64(from),
                                        ids.begin() +
                                            qint64(std::min(ids.size(), from + kIdChunk)));
        Query q(c, sql.arg(idList(int(chunk.size()))));
        bindIds(q, chunk);
        if (bindMore)
            bindMore(q);
        q.exec();
        while (q.next())
            fn(q);
    }
}

bool optedOutBy(const QVariant& optedOutAt, const QDateTime& at)
{
    const auto when = optTimeFromDb(optedOutAt);
    return when && when->isValid() && *when <= at;
}

} // namespace

std::vector<std::optional<GateInput>> CaseListQuery::callInputs(const std::vector<qint64>& caseIds,
                                                                const QDateTime& at,
                                                                std::vector<QString>* errors)
{
    std::vector<std::optional<GateInput>> out(caseIds.size());
    if (errors)
        errors->assign(caseIds.size(), QString());
    if (caseIds.empty())
        return out;
    const QDateTime utc = at.toUTC();

    struct CaseInfo {
        qint64 debtorId = 0;
        int lookback = 0;
        bool anyPhone = false;
        bool anyPhoneOpen = false;
        bool anyEmail = false;
        bool anyEmailOpen = false;
    };
    QHash<qint64, CaseInfo> info;
    QHash<qint64, GateInput> inputs;
    std::vector<qint64> debtorIds;
    QSet<qint64> seenDebtors;
    QHash<qint64, QString> failures;

    forChunks(m_connection, caseIds,
              QStringLiteral("SELECT c.id, c.debtor_id, c.rule_profile, d.time_zone, d.country, "
                             "d.region, d.postal_code FROM cases c JOIN debtors d ON d.id = "
                             "c.debtor_id WHERE c.id IN (%1)"),
              [&](Query& q) {
                  const qint64 id = q.value(0).toLongLong();
                  const qint64 debtor = q.value(1).toLongLong();
                  GateInput in;
                  const QString profileId = ContactCheckService::profileIdFor(
                      q.value(2).toString(), q.value(4).toString());
                  try {
                      in.profile = RuleProfile::load(profileId);
                  } catch (const Error& e) {
                      failures.insert(id, e.message());
                      return;
                  }
                  in.at = utc;
                  in.channel = toCode(Channel::Call);
                  in.debtor.timezone = q.value(3).toString();
                  in.debtor.country = q.value(4).toString();
                  in.debtor.region = q.value(5).toString();
                  in.debtor.postalCode = q.value(6).toString();
                  in.emails = QStringList();
                  CaseInfo ci;
                  ci.debtorId = debtor;
                  ci.lookback = lookbackDays(*in.profile);
                  info.insert(id, ci);
                  inputs.insert(id, std::move(in));
                  if (!seenDebtors.contains(debtor)) {
                      seenDebtors.insert(debtor);
                      debtorIds.push_back(debtor);
                  }
              });

    // Cases per debtor (a debtor may owe several of the listed cases).
    QMultiHash<qint64, qint64> casesOfDebtor;
    for (auto it = info.cbegin(); it != info.cend(); ++it)
        casesOfDebtor.insert(it->debtorId, it.key());

    forChunks(m_connection, debtorIds,
              QStringLiteral("SELECT debtor_id, number, opted_out_at FROM debtor_phones WHERE "
                             "debtor_id IN (%1) ORDER BY debtor_id, id"),
              [&](Query& q) {
                  const bool open = !optedOutBy(q.value(2), utc);
                  const QString number = q.value(1).toString();
                  for (const qint64 id : casesOfDebtor.values(q.value(0).toLongLong())) {
                      inputs[id].debtor.phones << number;
                      CaseInfo& ci = info[id];
                      ci.anyPhone = true;
                      ci.anyPhoneOpen = ci.anyPhoneOpen || open;
                  }
              });
    forChunks(m_connection, debtorIds,
              QStringLiteral("SELECT debtor_id, address, opted_out_at FROM debtor_emails WHERE "
                             "debtor_id IN (%1) ORDER BY debtor_id, id"),
              [&](Query& q) {
                  const bool open = !optedOutBy(q.value(2), utc);
                  const QString address = q.value(1).toString();
                  for (const qint64 id : casesOfDebtor.values(q.value(0).toLongLong())) {
                      *inputs[id].emails << address;
                      CaseInfo& ci = info[id];
                      ci.anyEmail = true;
                      ci.anyEmailOpen = ci.anyEmailOpen || open;
                  }
              });
    // Holds not ended at the time: debtor-wide ones and those of the case itself.
    forChunks(
        m_connection, debtorIds,
        QStringLiteral("SELECT debtor_id, case_id, type, since_at, until_at FROM holds WHERE "
                       "debtor_id IN (%1) AND (until_at IS NULL OR until_at > :at) "
                       "ORDER BY since_at, id"),
        [&](Query& q) {
            const auto type = fromCode<HoldType>(q.value(2).toString());
            if (!type)
                return;
            const std::optional<qint64> holdCase = optIdFromDb(q.value(1));
            GateHold g;
            g.type = toCode(*type);
            g.fromAt = timeFromDb(q.value(3));
            if (const auto until = optTimeFromDb(q.value(4)))
                g.toAt = *until;
            for (const qint64 id : casesOfDebtor.values(q.value(0).toLongLong())) {
                if (!holdCase || *holdCase == id)
                    inputs[id].holds.push_back(g);
            }
        },
        [&](Query& q) { q.bind(QStringLiteral(":at"), toDb(utc)); });

    // Recent contacts of each case, over the longest lookback of the profiles involved.
    int maxLookback = 0;
    std::vector<qint64> known;
    for (const qint64 id : caseIds) {
        if (info.contains(id)) {
            maxLookback = std::max(maxLookback, info.value(id).lookback);
            known.push_back(id);
        }
    }
    forChunks(
        m_connection, known,
        QStringLiteral("SELECT c.case_id, c.channel, c.direction, c.started_at, c.outcome, "
                       "p.number FROM contacts c LEFT JOIN debtor_phones p ON p.id = c.phone_id "
                       "WHERE c.case_id IN (%1) AND c.started_at >= :from AND c.started_at <= :to "
                       "ORDER BY c.started_at, c.id"),
        [&](Query& q) {
            const qint64 id = q.value(0).toLongLong();
            GateHistoryEntry e;
            e.at = timeFromDb(q.value(3));
            if (e.at < utc.addMSecs(-qint64(info.value(id).lookback) * kMsPerDay))
                return; // older than this case's profile looks back
            e.channel = q.value(1).toString();
            e.direction = fromCode<Direction>(q.value(2).toString()).value_or(Direction::Outbound);
            e.outcome = q.value(4).toString();
            e.phone = q.value(5).toString();
            inputs[id].history.push_back(std::move(e));
        },
        [&](Query& q) {
            q.bind(QStringLiteral(":from"), toDb(utc.addMSecs(-qint64(maxLookback) * kMsPerDay)));
            q.bind(QStringLiteral(":to"), toDb(utc));
        });

    for (size_t i = 0; i < caseIds.size(); ++i) {
        const qint64 id = caseIds[i];
        if (errors && failures.contains(id))
            (*errors)[i] = failures.value(id);
        const auto it = inputs.find(id);
        if (it == inputs.end())
            continue;
        GateInput in = *it;
        const CaseInfo& ci = info[id];
        if (ci.anyPhone && !ci.anyPhoneOpen)
            in.optOuts << toCode(Channel::Call) << toCode(Channel::Sms);
        if (ci.anyEmail && !ci.anyEmailOpen)
            in.optOuts << toCode(Channel::Email);
        out[i] = std::move(in);
    }
    return out;
}

void CaseListQuery::evaluateCalls(std::vector<CaseListRow>& rows, const QDateTime& at)
{
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const CaseListRow& row : rows)
        ids.push_back(row.caseId);
    std::vector<QString> errors;
    auto inputs = callInputs(ids, at, &errors);
    const ContactGate gate;
    for (size_t i = 0; i < rows.size(); ++i) {
        CaseListRow& row = rows[i];
        row.call.reset();
        row.callInput.reset();
        row.callError = errors[i];
        if (!inputs[i])
            continue;
        try {
            auto input = std::make_shared<const GateInput>(std::move(*inputs[i]));
            row.call = std::make_shared<const GateDecision>(gate.evaluate(*input));
            row.callInput = std::move(input);
        } catch (const Error& e) {
            row.callError = e.message();
        }
    }
}

} // namespace caseloop
