#pragma once

#include "appview.h"
#include "casescreen/caseloader.h"
#include "casescreen/contactcommands.h"

#include <optional>

class QAbstractItemModel;
class QAction;
class QFrame;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QUndoStack;

namespace caseloop {

class CaseComplaintModel;
class CaseFeedbackModel;
class CaseFollowUpModel;
class CasePaymentModel;
class CasePromiseModel;
class CaseSummaryPanel;
class CaseTimelineModel;
class LogContactForm;

/// The case screen (`case:REF`): the debtor, the gate's verdict and the account on the left;
/// tabs with the contact log, follow-ups, promises and payments, feedback and complaints on the
/// right, and the "Log contact" form docked beside them (Ctrl+L; Ctrl+P with the promise part).
/// Contacts inside their grace period can be edited or deleted (undo/redo); later ones only
/// get amendment notes. Loads its data on a worker thread and emits loaded().
class CaseScreenView final : public AppView {
    Q_OBJECT

public:
    /// How often the local times and the verdict "may call now" are brought up to date.
    static constexpr int clockIntervalMs = 60'000;
    enum Tab { ContactLogTab, FollowUpsTab, PromisesTab, FeedbackTab, ComplaintsTab };

    CaseScreenView(Session& session, qint64 caseId, QString ref, QWidget* parent = nullptr);
    ~CaseScreenView() override;

    void refresh() override;

    qint64 caseId() const { return m_caseId; }
    const QString& ref() const { return m_ref; }
    const std::optional<CaseSnapshot>& snapshot() const { return m_snapshot; }

    /// Shows the contact form (with the promise part open for Ctrl+P) and focuses it.
    void openForm(bool promise = false);
    /// Within the grace period; false (with a message) when the service refuses.
    bool editContact(qint64 contactId, const ContactEdit& edit);
    bool deleteContact(qint64 contactId);
    bool amendContact(qint64 contactId, const QString& note);
    /// The context menu of a timeline row (actions offered depend on the grace period).
    QMenu* createContextMenu(int row, QWidget* parent);

    CaseSummaryPanel* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* timelineView() const { return m_timelineView; }
    CaseTimelineModel* timelineModel() const { return m_timeline; }
    CaseFollowUpModel* followUpModel() const { return m_followUps; }
    CasePromiseModel* promiseModel() const { return m_promises; }
    CasePaymentModel* paymentModel() const { return m_payments; }
    CaseFeedbackModel* feedbackModel() const { return m_feedback; }
    CaseComplaintModel* complaintModel() const { return m_complaints; }
    LogContactForm* form() const { return m_form; }
    QUndoStack* undoStack() const { return m_undo; }
    QToolBar* toolBar() const { return m_toolBar; }
    QAction* logContactAction() const { return m_logAction; }
    QAction* promiseAction() const { return m_promiseAction; }
    QAction* backAction() const { return m_backAction; }
    /// The message bar (errors and notices of undo, edits and loading).
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    /// Back (Alt+Left, Esc): return to the case list.
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void applySnapshot(const CaseSnapshot& snapshot);
    void onContactLogged(qint64 contactId);
    void showContactInTimeline(qint64 contactId);
    void onTick();
    void showMessage(const QString& text, int tone, const QString& details = {});
    void showTimelineMenu(const QPoint& pos);
    void editWithDialog(qint64 contactId);
    void deleteWithConfirmation(qint64 contactId);
    void amendWithDialog(qint64 contactId);
    void updateTabTitles();
    void updateTitle();
    void saveLayout() const;
    ContactCommandContext commandContext();
    QTableView* makeTable(QAbstractItemModel* model, const QString& name);

    qint64 m_caseId;
    QString m_ref;
    quint64 m_generation = 0;
    std::optional<CaseSnapshot> m_snapshot;
    std::shared_ptr<QHash<qint64, qint64>> m_ids = std::make_shared<QHash<qint64, qint64>>();

    QToolBar* m_toolBar = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_promiseAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QLabel* m_title = nullptr;
    QProgressBar* m_busy = nullptr;
    QAction* m_busyAction = nullptr; ///< the tool bar shows or hides m_busy through it
    QFrame* m_messageBar = nullptr;
    QLabel* m_message = nullptr;
    QString m_messageDetails;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
    CaseSummaryPanel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_timelineView = nullptr;
    QLabel* m_paymentsTitle = nullptr;
    std::vector<std::pair<QStackedWidget*, QLabel*>> m_empty; ///< per tab: stack, empty text
    CaseTimelineModel* m_timeline = nullptr;
    CaseFollowUpModel* m_followUps = nullptr;
    CasePromiseModel* m_promises = nullptr;
    CasePaymentModel* m_payments = nullptr;
    CaseFeedbackModel* m_feedback = nullptr;
    CaseComplaintModel* m_complaints = nullptr;
    LogContactForm* m_form = nullptr;
    QUndoStack* m_undo = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace caseloop
