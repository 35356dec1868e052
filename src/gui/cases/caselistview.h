#pragma once

#include "appview.h"
#include "services/caselistquery.h"

class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace caseloop {

class CaseListModel;

/// The case list / work queue: search, saved filters and a lazy, SQL-sorted table of the
/// cases the user may see. Emits loaded() each time the first page of a query is on screen.
class CaseListView final : public AppView {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 200;

    explicit CaseListView(Session& session, QWidget* parent = nullptr);
    ~CaseListView() override;

    void refresh() override;

    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* filterBox() const { return m_filter; }
    QLabel* countLabel() const { return m_count; }
    /// Sets the search and saved filter to "everything".
    void clearFilters();
    /// The search that is run for the text typed: one Latin character is too broad to search
    /// (empty), one Chinese character (a surname) is searched.
    static QString effectiveSearch(const QString& text);
    /// The header's context menu: one checkable entry per column to show or hide it (the
    /// reference always stays); changes are saved. The caller owns the menu.
    QMenu* createHeaderMenu(QWidget* parent);

Q_SIGNALS:
    /// Enter or double-click on a row.
    void openCaseRequested(qint64 caseId, const QString& ref);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilters();
    void onFirstPage();
    void onCount(qint64 count);
    void onFailed(const QString& message, const QString& details);
    void openRow(const QModelIndex& index);
    void showHeaderMenu(const QPoint& pos);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void saveHeader() const;
    void retranslateUi();
    void updateCountLabel();
    void updateEmptyState();

    CaseListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_busy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_clear = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_errorDetails;
};

} // namespace caseloop
