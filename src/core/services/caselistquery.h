#pragma once

#include "domain/enums.h"
#include "domain/money.h"
#include "rules/contactgate.h"
#include "usercontext.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// The ready-made queue filters of the case list.
enum class CaseListFilter {
    All,            ///< every case the user may see
    MyQueueToday,   ///< open cases assigned to the user with work due today (see CaseListQuery)
    FollowUpsDue,   ///< open cases with an open follow-up due today or overdue
    PromisesDue,    ///< open cases with a pending promise due today or earlier
    BrokenPromises, ///< open cases whose latest promise is broken
    NeverContacted, ///< open cases without any contact
};

/// The orders the case list can be sorted in; each one is served by an index.
enum class CaseListSort { Ref, Balance, Status, PlacedDate, Updated };

/// Position in a sorted case list: the sort value and id of a row (keyset paging).
struct CaseListKey {
    QVariant value; ///< QString for Ref/Status/PlacedDate (ISO date), qint64 for Balance/Updated
    qint64 id = 0;

    friend bool operator==(const CaseListKey&, const CaseListKey&) = default;
};

/// What the case list shows: who asks, which cases, in which order, from where.
struct CaseListRequest {
    std::optional<qint64> agentId;    ///< only this agent's cases (forced for agents)
    std::vector<CaseStatus> statuses; ///< empty: any status
    CaseListFilter filter = CaseListFilter::All;
    QString search; ///< reference prefix, debtor name prefix or phone digits; empty: no search
    CaseListSort sort = CaseListSort::Ref;
    bool descending = false;
    /// "Today" of the due-date filters and the local day boundary (default: the current time).
    QDateTime now;
};

/// One row of the case list.
struct CaseListRow {
    qint64 caseId = 0;
    QString ref;
    QString debtorName;
    QString clientName;
    Money balance; ///< current balance
    CaseStatus status = CaseStatus::New;
    QDate placedDate;
    QDateTime updatedAt;
    std::optional<QDateTime> lastContactAt;
    std::optional<QDateTime> nextFollowUpAt;    ///< earliest open follow-up
    std::optional<PromiseStatus> promiseStatus; ///< of the latest promise
    QString debtorTimeZone;                     ///< IANA id, may be empty
    QString agentName;                          ///< display name, empty when unassigned
    CaseListKey key;                            ///< position of this row in the requested order
    /// The contact gate's answer for calling the debtor now (CaseListQuery::evaluateCalls);
    /// null when not evaluated or when the gate could not be evaluated (see callError).
    std::shared_ptr<const GateDecision> call;
    /// What that answer was computed from (kept to evaluate again as the time moves on).
    std::shared_ptr<const GateInput> callInput;
    QString callError; ///< translated reason when the gate could not be evaluated
};

/// Reads the case list (work queue) in pages with keyset paging, so that a page costs a few
/// milliseconds at any position of a million cases. Enforces what the user may see.
/// Throws caseloop::Error.
class CaseListQuery final {
public:
    static constexpr int maxLimit = 10000;

    CaseListQuery(Connection& connection, const UserContext& user);

    /// Up to @p limit rows of @p request that sort after @p after (from the start when empty).
    std::vector<CaseListRow> page(const CaseListRequest& request,
                                  const std::optional<CaseListKey>& after, int limit);
    /// Number of cases matching @p request.
    qint64 count(const CaseListRequest& request);
    /// Gate inputs for calling the debtor of each case in @p caseIds at @p at, loaded with a
    /// few queries for the whole set (the same content as ContactCheckService::buildInput for
    /// Channel::Call). nullopt for an unknown case; Error for a broken rule profile is reported
    /// through @p errors (same size as @p caseIds, empty text = no error) when given.
    std::vector<std::optional<GateInput>> callInputs(const std::vector<qint64>& caseIds,
                                                     const QDateTime& at,
                                                     std::vector<QString>* errors = nullptr);
    /// Fills CaseListRow::call (and callInput / callError) of every row for a call at @p at.
    void evaluateCalls(std::vector<CaseListRow>& rows, const QDateTime& at);
    /// Debtors whose name or phone a search matches beyond which the page query walks the
    /// sort index and tests each case instead of sorting every match (a 1-character surname
    /// matches a tenth of a million debtors).
    static constexpr int defaultBroadSearchDebtors = 20000;
    /// Changes that limit (tests; at least 1).
    void setBroadSearchDebtors(int debtors) { m_broadSearchDebtors = std::max(1, debtors); }
    /// Key of the row @p offset rows after @p after (0 = the first row after it), or nullopt
    /// when there are fewer rows. Scans the sort index only; used to jump far ahead.
    std::optional<CaseListKey> keyAt(const CaseListRequest& request,
                                     const std::optional<CaseListKey>& after, qint64 offset);

    /// The request as it is run for this user (agents: agentId forced to their own id).
    CaseListRequest effective(const CaseListRequest& request) const;
    /// Digits of @p search when it looks like a phone number (3+ digits, only phone
    /// punctuation), else empty.
    static QString phoneDigits(const QString& search);

private:
    Connection& m_connection;
    UserContext m_user;
    int m_broadSearchDebtors = defaultBroadSearchDebtors;
};

} // namespace caseloop
