#include "cases/caselistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace caseloop {

namespace {

constexpr int kMaxWanted = 6; ///< pages remembered while one loads; older wishes are dropped

QThread* startThread(QObject* parent, const char* name)
{
    auto* thread = new QThread(parent);
    thread->setObjectName(QString::fromLatin1(name));
    thread->start();
    return thread;
}

} // namespace

CaseListModel::CaseListModel(QString databasePath, UserContext user, QObject* parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(databasePath))
    , m_user(std::move(user))
    , m_current(std::make_shared<std::atomic<quint64>>(0))
{
    // Two workers, each with its own connection: counting a large filtered list must not hold
    // up the pages the user is looking at.
    m_pageThread = startThread(this, "caselist-pages");
    m_countThread = startThread(this, "caselist-count");
    m_pageWorker = new CaseListWorker(m_path, m_user, m_current);
    m_countWorker = new CaseListWorker(m_path, m_user, m_current);
    m_pageWorker->moveToThread(m_pageThread);
    m_countWorker->moveToThread(m_countThread);

    // Local times and "days since contact" move on while the list is open.
    m_clock = new QTimer(this);
    m_clock->setInterval(clockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &CaseListModel::tick);
    m_clock->start();
}

CaseListModel::~CaseListModel()
{
    m_current->store(0); // pending jobs become stale and are skipped
    const auto stop = [](QThread* thread, CaseListWorker* worker) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete worker;
    };
    stop(m_pageThread, m_pageWorker);
    stop(m_countThread, m_countWorker);
}

void CaseListModel::tick()
{
    if (m_request.now.isValid())
        return; // a fixed "now" (tests, screenshots): nothing moves
    m_now = QDateTime::currentDateTimeUtc();
    if (m_rows == 0)
        return;
    Q_EMIT dataChanged(index(0, DaysSinceContact), index(m_rows - 1, CallNow),
                       {Qt::DisplayRole, RawValueRole, Qt::ToolTipRole, ToneRole});
    // "Callable now" changes with the time (calling hours, windows): run the gate again for
    // the cached rows on the page worker (pure computation from the inputs already loaded).
    std::vector<CaseListCallJob> jobs;
    for (const auto& [page, data] : m_pages) {
        for (size_t i = 0; i < data.rows.size(); ++i) {
            if (data.rows[i].callInput)
                jobs.push_back(CaseListCallJob{page * m_pageSize + int(i), data.rows[i].caseId,
                                               data.rows[i].callInput});
        }
    }
    if (jobs.empty())
        return;
    const quint64 generation = m_generation;
    const QDateTime at = m_now;
    QMetaObject::invokeMethod(
        m_pageWorker,
        [this, current = m_current, generation, pending = std::move(jobs), at] {
            if (current->load() != generation)
                return; // replaced, or the model is closing
            auto updates = CaseListWorker::reevaluate(pending, at);
            QMetaObject::invokeMethod(
                this, [this, generation, u = std::move(updates)] { applyCalls(generation, u); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CaseListModel::applyCalls(quint64 generation, const std::vector<CaseListCallUpdate>& updates)
{
    if (generation != m_generation)
        return;
    int first = INT_MAX;
    int last = -1;
    for (const CaseListCallUpdate& u : updates) {
        const auto it = m_pages.find(u.row / m_pageSize);
        if (it == m_pages.end())
            continue; // evicted meanwhile
        const size_t offset = size_t(u.row % m_pageSize);
        if (offset >= it->second.rows.size() || it->second.rows[offset].caseId != u.caseId)
            continue;
        CaseListRow& row = it->second.rows[offset];
        row.call = u.call;
        row.callInput = u.input;
        row.callError = u.error;
        first = std::min(first, u.row);
        last = std::max(last, u.row);
    }
    if (last >= 0 && last < m_rows)
        Q_EMIT dataChanged(index(first, LocalTime), index(last, CallNow));
}

bool CaseListModel::isCallKnown(int row) const
{
    const CaseListRow* r = rowAt(row);
    return r && (r->call || !r->callError.isEmpty());
}

void CaseListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, CaseListQuery::maxLimit);
}

void CaseListModel::setRequest(const CaseListRequest& request)
{
    beginResetModel();
    m_request = request;
    m_generation = m_generation + 1;
    m_current->store(m_generation);
    m_now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    m_pages.clear();
    m_anchors.clear();
    m_inFlight.clear();
    m_wanted.clear();
    m_rows = 0;
    m_total = 0;
    m_countKnown = false;
    m_firstPageLoaded = false;
    m_error.clear();
    endResetModel();

    requestPage(0);
    const quint64 generation = m_generation;
    CaseListWorker* worker = m_countWorker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, request] {
            if (auto result = worker->loadCount(generation, request)) {
                QMetaObject::invokeMethod(
                    this, [this, r = std::move(*result)] { applyCount(r); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
    updateLoading();
}

bool CaseListModel::isRowLoaded(int row) const
{
    return rowAt(row) != nullptr;
}

const CaseListRow* CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.find(row / m_pageSize);
    if (it == m_pages.end())
        return nullptr;
    const size_t offset = size_t(row % m_pageSize);
    return offset < it->second.rows.size() ? &it->second.rows[offset] : nullptr;
}

void CaseListModel::requestPage(int page) const
{
    if (m_pages.count(page) || m_inFlight.count(page))
        return;
    const auto existing = std::find(m_wanted.begin(), m_wanted.end(), page);
    if (existing != m_wanted.end())
        m_wanted.erase(existing);
    m_wanted.push_front(page);
    while (m_wanted.size() > size_t(kMaxWanted))
        m_wanted.pop_back();
    if (!m_dispatchPending) {
        m_dispatchPending = true;
        auto* self = const_cast<CaseListModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->dispatch(); }, Qt::QueuedConnection);
    }
}

void CaseListModel::dispatch()
{
    m_dispatchPending = false;
    // One job at a time: while it runs the user may scroll on, and the page wanted last is
    // the one on screen, so it goes next (LIFO) and stale wishes fall off the end.
    if (!m_inFlight.empty() || m_wanted.empty())
        return;
    const int page = m_wanted.front();
    m_wanted.pop_front();

    CaseListPageJob job;
    job.generation = m_generation;
    job.request = m_request;
    job.page = page;
    job.pageSize = m_pageSize;
    const qint64 before = qint64(page) * m_pageSize - 1;
    if (before >= 0) {
        // Nearest known key at or before the row preceding the page.
        auto it = m_anchors.upper_bound(before);
        if (it != m_anchors.begin()) {
            --it;
            job.anchorRow = it->first;
            job.anchor = it->second;
        }
    }
    m_inFlight.insert(page);
    CaseListWorker* worker = m_pageWorker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, job] {
            if (auto result = worker->loadPage(job)) {
                QMetaObject::invokeMethod(
                    this, [this, r = std::move(*result)] { applyPage(r); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
    updateLoading();
}

void CaseListModel::applyPage(const CaseListResult& result)
{
    if (result.generation != m_generation)
        return; // an answer to a request that has since been replaced
    m_inFlight.erase(result.page);
    if (!result.error.isEmpty()) {
        fail(result);
        dispatch();
        return;
    }
    const int page = result.page;
    const qint64 first = qint64(page) * m_pageSize;
    if (!result.rows.empty())
        m_anchors[first + qint64(result.rows.size()) - 1] = result.rows.back().key;
    m_pages[page] = Page{result.rows};
    evictAround(page);

    const bool firstPage = page == 0 && !m_firstPageLoaded;
    if (firstPage) {
        m_firstPageLoaded = true;
        const qint64 n = qint64(result.rows.size());
        if (n < m_pageSize && !m_countKnown) {
            // The whole list fits in the first page: that is the count.
            m_total = n;
            m_countKnown = true;
            resizeTo(n);
            Q_EMIT countChanged(m_total);
        } else if (!m_countKnown) {
            resizeTo(std::max<qint64>(m_rows, n)); // until the count arrives
        }
    }
    const int last = int(std::min<qint64>(first + m_pageSize, m_rows)) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(int(first), 0), index(last, ColumnCount - 1));
    if (!result.rows.empty()) {
        // "Callable now" follows the rows: the page is on screen first, the gate's answers a
        // moment later (applyCalls).
        std::vector<qint64> ids;
        ids.reserve(result.rows.size());
        for (const CaseListRow& row : result.rows)
            ids.push_back(row.caseId);
        const quint64 generation = m_generation;
        const QDateTime at = m_now;
        CaseListWorker* worker = m_pageWorker;
        QMetaObject::invokeMethod(
            worker,
            [this, worker, generation, firstRow = int(first), ids = std::move(ids), at] {
                if (auto updates = worker->loadCalls(generation, firstRow, ids, at)) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, u = std::move(*updates)] { applyCalls(generation, u); },
                        Qt::QueuedConnection);
                }
            },
            Qt::QueuedConnection);
    }
    if (firstPage)
        Q_EMIT firstPageLoaded();
    dispatch();
    updateLoading();
}

void CaseListModel::applyCount(const CaseListResult& result)
{
    if (result.generation != m_generation)
        return;
    if (!result.error.isEmpty()) {
        m_countKnown = true;
        fail(result);
        updateLoading();
        return;
    }
    m_total = result.count;
    m_countKnown = true;
    resizeTo(m_total);
    Q_EMIT countChanged(m_total);
    updateLoading();
}

void CaseListModel::resizeTo(qint64 rows)
{
    const int n = int(std::min<qint64>(rows, INT_MAX));
    if (n > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows(QModelIndex(), n, m_rows - 1);
        m_rows = n;
        endRemoveRows();
    }
}

void CaseListModel::evictAround(int page)
{
    while (m_pages.size() > size_t(maxCachedPages)) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (std::abs(it->first - page) > std::abs(farthest->first - page))
                farthest = it;
        }
        m_pages.erase(farthest);
    }
}

void CaseListModel::fail(const CaseListResult& result)
{
    m_error = result.error;
    Q_EMIT loadFailed(result.error, result.errorDetails);
}

void CaseListModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<CaseListSort> CaseListModel::sortForColumn(int column)
{
    switch (column) {
    case Ref:
        return CaseListSort::Ref;
    case Balance:
        return CaseListSort::Balance;
    case Status:
        return CaseListSort::Status;
    case Placed:
        return CaseListSort::PlacedDate;
    default:
        return std::nullopt;
    }
}

int CaseListModel::columnForSort(CaseListSort sort)
{
    switch (sort) {
    case CaseListSort::Ref:
        return Ref;
    case CaseListSort::Balance:
        return Balance;
    case CaseListSort::Status:
        return Status;
    case CaseListSort::PlacedDate:
        return Placed;
    case CaseListSort::Updated:
        return -1;
    }
    return -1;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CaseListSort> sort = sortForColumn(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_request.sort && descending == m_request.descending)
        return;
    CaseListRequest request = m_request;
    request.sort = *sort;
    request.descending = descending;
    setRequest(request);
}

QString CaseListModel::statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return tr("New");
    case CaseStatus::Active:
        return tr("Active");
    case CaseStatus::Promise:
        return tr("Promise", "case status: a promise to pay was made");
    case CaseStatus::Paying:
        return tr("Paying");
    case CaseStatus::Settled:
        return tr("Settled");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::Recalled:
        return tr("Recalled");
    }
    return {};
}

QString CaseListModel::promiseLabel(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return tr("Pending");
    case PromiseStatus::Kept:
        return tr("Kept");
    case PromiseStatus::Broken:
        return tr("Broken");
    case PromiseStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

CaseListModel::Tone CaseListModel::statusTone(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
    case CaseStatus::Active:
        return Tone::Neutral;
    case CaseStatus::Promise:
        return Tone::Warning;
    case CaseStatus::Paying:
    case CaseStatus::Settled:
        return Tone::Good;
    case CaseStatus::Closed:
    case CaseStatus::Recalled:
        return Tone::Muted;
    }
    return Tone::None;
}

CaseListModel::Tone CaseListModel::promiseTone(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return Tone::Warning;
    case PromiseStatus::Kept:
        return Tone::Good;
    case PromiseStatus::Broken:
        return Tone::Bad;
    case PromiseStatus::Cancelled:
        return Tone::Muted;
    }
    return Tone::None;
}

QString CaseListModel::formatMoney(const Money& money, const QLocale& locale)
{
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (money.currency == QStringLiteral("USD"))
        symbol = QStringLiteral("US$");
    else if (money.currency == QStringLiteral("CNY"))
        symbol = QStringLiteral("CN¥");
    else
        symbol = money.currency + u' ';
    return locale.toCurrencyString(double(money.minor) / 100.0, symbol, 2);
}

CaseListModel::CallState CaseListModel::callState(const GateDecision* decision)
{
    if (!decision)
        return CallState::Unknown;
    if (decision->allowed)
        return CallState::Callable;
    bool hold = false;
    bool optOut = false;
    for (const BlockReason& b : decision->blockedBy) {
        hold = hold || b.ruleId.startsWith(QStringLiteral("hold:"));
        optOut = optOut || b.ruleId.startsWith(QStringLiteral("opt_out:"));
    }
    // A hold or opt-out outlasts any time window: it is what the agent must know first.
    if (hold)
        return CallState::OnHold;
    if (optOut)
        return CallState::OptedOut;
    return CallState::NotNow;
}

QString CaseListModel::callStateCode(CallState state)
{
    switch (state) {
    case CallState::Unknown:
        return QStringLiteral("unknown");
    case CallState::Callable:
        return QStringLiteral("callable");
    case CallState::NotNow:
        return QStringLiteral("not_now");
    case CallState::OnHold:
        return QStringLiteral("on_hold");
    case CallState::OptedOut:
        return QStringLiteral("opted_out");
    }
    return {};
}

QString CaseListModel::callStateLabel(CallState state)
{
    switch (state) {
    case CallState::Unknown:
        return tr("Unknown", "call now: the contact rules could not be checked");
    case CallState::Callable:
        return tr("Callable");
    case CallState::NotNow:
        return tr("Not now");
    case CallState::OnHold:
        return tr("On hold");
    case CallState::OptedOut:
        return tr("Opted out");
    }
    return {};
}

CaseListModel::Tone CaseListModel::callStateTone(CallState state)
{
    switch (state) {
    case CallState::Callable:
        return Tone::Good;
    case CallState::NotNow:
        return Tone::Bad;
    case CallState::Unknown:
    case CallState::OnHold:
    case CallState::OptedOut:
        return Tone::Muted;
    }
    return Tone::None;
}

QString CaseListModel::localTimeText(const QStringList& zones, const QDateTime& at,
                                     const QLocale& locale)
{
    // Order the candidate zones by their current offset: the earliest and latest wall time.
    std::optional<int> lowest;
    std::optional<int> highest;
    QDateTime low;
    QDateTime high;
    for (const QString& id : zones) {
        const QTimeZone tz(id.toUtf8());
        if (id.isEmpty() || !tz.isValid())
            continue;
        const int offset = tz.offsetFromUtc(at);
        if (!lowest || offset < *lowest) {
            lowest = offset;
            low = at.toTimeZone(tz);
        }
        if (!highest || offset > *highest) {
            highest = offset;
            high = at.toTimeZone(tz);
        }
    }
    if (!lowest)
        return {};
    const QString first = locale.toString(low.time(), QLocale::ShortFormat);
    if (*lowest == *highest)
        return first;
    return first + QStringLiteral("–") + locale.toString(high.time(), QLocale::ShortFormat);
}

QStringList CaseListModel::zonesOf(const CaseListRow& row) const
{
    if (row.call && !row.call->zones.isEmpty())
        return row.call->zones;
    return row.debtorTimeZone.isEmpty() ? QStringList() : QStringList{row.debtorTimeZone};
}

QString CaseListModel::callToolTip(const CaseListRow& row) const
{
    if (!row.call) {
        return row.callError.isEmpty()
                   ? tr("The contact rules have not been checked yet.")
                   : tr("The contact rules could not be checked: %1").arg(row.callError);
    }
    const GateDecision& d = *row.call;
    QStringList lines;
    if (d.allowed) {
        lines << tr("Calling is allowed now.");
    } else {
        lines << tr("Calling is not allowed now:");
        for (const BlockReason& b : d.blockedBy)
            lines << QStringLiteral("• ") + b.reason;
        if (d.nextAllowedAt) {
            lines << tr("Next allowed: %1")
                         .arg(QLocale().toString(d.nextAllowedAt->toLocalTime(),
                                                 QLocale::ShortFormat));
        }
    }
    for (const BlockReason& w : d.warnings)
        lines << tr("Warning: %1").arg(w.reason);
    return lines.join(u'\n');
}

QTimeZone CaseListModel::zone(const QString& id) const
{
    auto it = m_zones.find(id);
    if (it == m_zones.end())
        it = m_zones.insert(id, QTimeZone(id.toUtf8()));
    return *it;
}

QVariant CaseListModel::raw(const CaseListRow& row, int column) const
{
    switch (column) {
    case Ref:
        return row.ref;
    case Debtor:
        return row.debtorName;
    case Client:
        return row.clientName;
    case Balance:
        return row.balance.minor;
    case Status:
        return toCode(row.status);
    case DaysSinceContact:
        if (!row.lastContactAt)
            return {};
        return qint64(row.lastContactAt->toLocalTime().date().daysTo(m_now.toLocalTime().date()));
    case NextFollowUp:
        return row.nextFollowUpAt ? QVariant(*row.nextFollowUpAt) : QVariant();
    case Promise:
        return row.promiseStatus ? QVariant(toCode(*row.promiseStatus)) : QVariant();
    case LocalTime:
        return zonesOf(row);
    case CallNow:
        return callStateCode(callState(row.call.get()));
    case Agent:
        return row.agentName;
    case Placed:
        return row.placedDate;
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseListRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Balance:
        return formatMoney(row.balance, locale);
    case Status:
        return statusLabel(row.status);
    case DaysSinceContact: {
        const QVariant days = raw(row, column);
        return days.isNull() ? tr("never") : locale.toString(days.toLongLong());
    }
    case NextFollowUp:
        return row.nextFollowUpAt
                   ? locale.toString(row.nextFollowUpAt->toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case Promise:
        return row.promiseStatus ? promiseLabel(*row.promiseStatus) : QString();
    case LocalTime:
        return localTimeText(zonesOf(row), m_now, locale);
    case CallNow:
        if (!row.call && row.callError.isEmpty())
            return tr("Checking…", "call now: the contact rules are being evaluated");
        return callStateLabel(callState(row.call.get()));
    case Placed:
        return locale.toString(row.placedDate, QLocale::ShortFormat);
    default:
        return raw(row, column);
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows ||
        index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Balance || column == DaysSinceContact;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    const CaseListRow* row = rowAt(index.row());
    if (!row) {
        requestPage(index.row() / m_pageSize);
        if (role == Qt::DisplayRole && column == Ref)
            return QStringLiteral("…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case RawValueRole:
        return raw(*row, column);
    case CaseIdRole:
        return row->caseId;
    case ToneRole:
        if (column == Status)
            return int(statusTone(row->status));
        if (column == Promise && row->promiseStatus)
            return int(promiseTone(*row->promiseStatus));
        if (column == CallNow)
            return int(callStateTone(callState(row->call.get())));
        return {};
    case Qt::ForegroundRole:
        if (column == NextFollowUp && row->nextFollowUpAt && *row->nextFollowUpAt < m_now)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == DaysSinceContact && !row->lastContactAt)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case Qt::ToolTipRole:
        if (column == NextFollowUp && row->nextFollowUpAt) {
            const QString when =
                QLocale().toString(row->nextFollowUpAt->toLocalTime(), QLocale::ShortFormat);
            return *row->nextFollowUpAt < m_now ? tr("Overdue since %1").arg(when)
                                                : tr("Due %1").arg(when);
        }
        if (column == LocalTime) {
            QStringList lines;
            const QLocale locale;
            for (const QString& id : zonesOf(*row)) {
                const QTimeZone tz = zone(id);
                if (tz.isValid())
                    lines << tr("%1: %2").arg(
                        id, locale.toString(m_now.toTimeZone(tz).time(), QLocale::ShortFormat));
            }
            if (lines.size() > 1)
                lines.prepend(tr("The debtor may be in any of these time zones:"));
            return lines.join(u'\n');
        }
        if (column == CallNow)
            return callToolTip(*row);
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Balance || section == DaysSinceContact;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        if (section == DaysSinceContact)
            return tr("Days since the last contact with the debtor");
        if (section == LocalTime)
            return tr("The debtor's local time now (a range when the time zone is uncertain)");
        if (section == CallNow)
            return tr("Whether the contact rules allow calling the debtor now");
        if (sortForColumn(section))
            return tr("Click to sort by this column");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Reference");
    case Debtor:
        return tr("Debtor");
    case Client:
        return tr("Client");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    case DaysSinceContact:
        return tr("Days since contact");
    case NextFollowUp:
        return tr("Next follow-up");
    case Promise:
        return tr("Promise", "column header: status of the latest promise to pay");
    case LocalTime:
        return tr("Local time");
    case CallNow:
        return tr("Call now");
    case Agent:
        return tr("Agent");
    case Placed:
        return tr("Placed");
    default:
        return {};
    }
}

} // namespace caseloop
