#pragma once

#include "appview.h"
#include "services/followupquery.h"

#include <QDateTime>
#include <QTimeZone>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace caseloop {

class FollowUpLoader;
class FollowUpModel;
struct FollowUpLoadResult;

/// The "Follow-ups" view: the user's open follow-ups (a supervisor's: the team's, with the
/// agent) grouped Overdue / Today / Upcoming, loaded off the GUI thread. Enter or a
/// double-click asks to open the case.
class FollowUpsView final : public AppView {
    Q_OBJECT

public:
    explicit FollowUpsView(Session& session, QWidget* parent = nullptr);
    ~FollowUpsView() override;

    void refresh() override;
    /// Lists for a fixed time and zone instead of the clock (tests, screenshots); an invalid
    /// time goes back to the clock and the system zone.
    void setClock(const QDateTime& now, const QTimeZone& zone);

    FollowUpModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* emptyLabel() const { return m_emptyText; }
    bool isShowingEmptyState() const;

Q_SIGNALS:
    /// Enter or double-click on a follow-up: open its case.
    void openCaseRequested(qint64 caseId, const QString& ref);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const FollowUpLoadResult& result);
    void openRow(const QModelIndex& index);
    void retranslateUi();
    void updateTexts();

    FollowUpLoader* m_loader = nullptr;
    FollowUpModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTreeView* m_tree = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyText = nullptr;
    QDateTime m_fixedNow;
    QTimeZone m_fixedZone;
    FollowUpCounts m_counts;
    bool m_seesOthers = false;
    bool m_hasResult = false;
    QString m_error;
};

} // namespace caseloop
