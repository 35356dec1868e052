#pragma once

#include "cases/caselistworker.h"
#include "services/caselistquery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QThread;
class QTimer;

namespace caseloop {

/// The case list as a lazy table: knows the total, loads pages of rows on worker threads by
/// keyset paging, keeps a bounded page cache and drops answers to a replaced request.
/// Rows not loaded yet show "…" and are requested when a view asks for them.
class CaseListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Ref,
        Debtor,
        Client,
        Balance,
        Status,
        DaysSinceContact,
        NextFollowUp,
        Promise,
        LocalTime,
        CallNow,
        Agent,
        Placed,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< unformatted value (minor units, codes, dates)
        ToneRole,                        ///< Tone of a badge column (int), else invalid
        CaseIdRole,                      ///< the case id of the row (any column)
    };
    /// Colour meaning of a badge (ui-guidelines: red bad, amber warning, green good, grey muted).
    enum class Tone { None, Neutral, Good, Warning, Bad, Muted };

    /// The "callable now" verdict of a row (raw value of the CallNow column, as its code).
    enum class CallState { Unknown, Callable, NotNow, OnHold, OptedOut };

    static constexpr int defaultPageSize = 200;
    /// How often local times, days since contact and "callable now" are brought up to date.
    static constexpr int clockIntervalMs = 30'000;
    static constexpr int maxCachedPages = 20;

    CaseListModel(QString databasePath, UserContext user, QObject* parent = nullptr);
    ~CaseListModel() override;

    /// Replaces the request: resets the model and starts loading the first page and the count.
    void setRequest(const CaseListRequest& request);
    const CaseListRequest& request() const { return m_request; }
    /// Loads the current request again (F5).
    void refresh() { setRequest(m_request); }
    void setPageSize(int rows);

    quint64 generation() const { return m_generation; }
    bool isCountKnown() const { return m_countKnown; }
    qint64 totalCount() const { return m_total; }
    bool isFirstPageLoaded() const { return m_firstPageLoaded; }
    bool isLoading() const { return !m_inFlight.empty() || !m_countKnown; }
    bool isRowLoaded(int row) const;
    /// True when the "callable now" answer of a loaded row has arrived (it follows its page).
    bool isCallKnown(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    QString lastError() const { return m_error; }

    /// The sort order a column header stands for, or nullopt when the column is not sortable.
    static std::optional<CaseListSort> sortForColumn(int column);
    static int columnForSort(CaseListSort sort);
    static QString statusLabel(CaseStatus status);
    static QString promiseLabel(PromiseStatus status);
    static Tone statusTone(CaseStatus status);
    static Tone promiseTone(PromiseStatus status);
    /// Money in the UI locale with a currency symbol that is unambiguous there.
    static QString formatMoney(const Money& money, const QLocale& locale = QLocale());
    /// The verdict for a gate decision (null decision: Unknown).
    static CallState callState(const GateDecision* decision);
    static QString callStateCode(CallState state);
    static QString callStateLabel(CallState state);
    static Tone callStateTone(CallState state);
    /// Current local time in @p zones at @p at: "09:30", or the range "07:30–09:30" when the
    /// candidate zones differ; empty when no zone is valid.
    static QString localTimeText(const QStringList& zones, const QDateTime& at,
                                 const QLocale& locale = QLocale());
    /// The time the clock-driven columns are computed for (the request's "now" or the clock).
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts in SQL; ignored for columns without an index-backed order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The first page of the current request is in the model (possibly empty).
    void firstPageLoaded();
    /// The total number of matching cases is known.
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    /// A query failed; the message is translated.
    void loadFailed(const QString& message, const QString& details);

private:
    struct Page {
        std::vector<CaseListRow> rows;
    };

    void requestPage(int page) const;
    void dispatch();
    void applyPage(const CaseListResult& result);
    void applyCount(const CaseListResult& result);
    void resizeTo(qint64 rows);
    void evictAround(int page);
    void fail(const CaseListResult& result);
    const CaseListRow* rowAt(int row) const;
    QVariant display(const CaseListRow& row, int column) const;
    QVariant raw(const CaseListRow& row, int column) const;
    QTimeZone zone(const QString& id) const;
    void updateLoading();
    void tick();
    void applyCalls(quint64 generation, const std::vector<CaseListCallUpdate>& updates);
    QStringList zonesOf(const CaseListRow& row) const;
    QString callToolTip(const CaseListRow& row) const;

    QString m_path;
    UserContext m_user;
    CaseListRequest m_request;
    int m_pageSize = defaultPageSize;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_current;

    QThread* m_pageThread = nullptr;
    QThread* m_countThread = nullptr;
    CaseListWorker* m_pageWorker = nullptr;
    CaseListWorker* m_countWorker = nullptr;

    int m_rows = 0;
    qint64 m_total = 0;
    bool m_countKnown = false;
    bool m_firstPageLoaded = false;
    bool m_wasLoading = false;
    QString m_error;
    QDateTime m_now;
    std::map<int, Page> m_pages;
    std::map<qint64, CaseListKey> m_anchors; ///< key of the last row of every page seen
    std::set<int> m_inFlight;
    mutable std::deque<int> m_wanted; ///< pages asked for, most recent first
    mutable bool m_dispatchPending = false;
    mutable QHash<QString, QTimeZone> m_zones;
    QTimer* m_clock = nullptr;
};

} // namespace caseloop
