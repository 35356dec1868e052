#include "casescreen/casescreenview.h"

#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"
#include "casescreen/casecomplaintmodel.h"
#include "casescreen/casefeedbackmodel.h"
#include "casescreen/casefollowupmodel.h"
#include "casescreen/caselabels.h"
#include "casescreen/casepaymentmodel.h"
#include "casescreen/casepromisemodel.h"
#include "casescreen/casesummarypanel.h"
#include "casescreen/casetimelinemodel.h"
#include "casescreen/contacteditdialog.h"
#include "casescreen/logcontactform.h"
#include "error.h"
#include "services/contactcheckservice.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

const QString kMainSplitter = QStringLiteral("caseScreen/mainSplitter");
const QString kRightSplitter = QStringLiteral("caseScreen/rightSplitter");
using Tone = CaseListModel::Tone;

} // namespace

CaseScreenView::CaseScreenView(Session& session, qint64 caseId, QString ref, QWidget* parent)
    : AppView(session, parent)
    , m_caseId(caseId)
    , m_ref(std::move(ref))
{
    setObjectName(QStringLiteral("caseScreen"));
    buildUi();
    retranslateUi();
    m_clock = new QTimer(this);
    m_clock->setInterval(clockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, &CaseScreenView::onTick);
    m_clock->start();
    refresh();
}

CaseScreenView::~CaseScreenView()
{
    // Loader threads are children; they must end before QObject deletes them.
    for (QThread* thread : findChildren<QThread*>())
        thread->wait();
}

QTableView* CaseScreenView::makeTable(QAbstractItemModel* model, const QString& name)
{
    auto* table = new QTableView;
    table->setObjectName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setItemDelegate(new BadgeDelegate(table));
    return table;
}

void CaseScreenView::buildUi()
{
    // Tool bar: back, what is open, the actions of the case.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("caseToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int icon = fontMetrics().height();
    m_toolBar->setIconSize(QSize(icon, icon));
    m_backAction = new QAction(QIcon(QStringLiteral(":/icons/back.svg")), QString(), this);
    m_backAction->setShortcut(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &CaseScreenView::backRequested);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(8, 0, 8, 0);
    m_logAction = new QAction(QIcon(QStringLiteral(":/icons/logcontact.svg")), QString(), this);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logAction, &QAction::triggered, this, [this] { openForm(false); });
    m_promiseAction = new QAction(QIcon(QStringLiteral(":/icons/promise.svg")), QString(), this);
    m_promiseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_promiseAction, &QAction::triggered, this, [this] { openForm(true); });
    m_undo = new QUndoStack(this);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_refreshAction = new QAction(this);
    connect(m_refreshAction, &QAction::triggered, this, &CaseScreenView::refresh);
    for (QAction* action :
         {m_backAction, m_logAction, m_promiseAction, m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_toolBar->addAction(m_backAction);
    m_toolBar->addWidget(m_title);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(fontMetrics().averageCharWidth() * 8, 6);
    m_busyAction = m_toolBar->addWidget(m_busy);
    m_toolBar->addAction(m_logAction);
    m_toolBar->addAction(m_promiseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    // Message bar for errors and notices (never a modal box for things that can wait).
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto* details = new QPushButton(m_messageBar);
    details->setObjectName(QStringLiteral("messageDetails"));
    auto* dismiss = new QPushButton(QStringLiteral("✕"), m_messageBar);
    dismiss->setFlat(true);
    dismiss->setFixedWidth(fontMetrics().height() * 2);
    auto* messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(8, 4, 4, 4);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(details);
    messageLayout->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, m_messageBar, &QWidget::hide);
    connect(details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details"), m_message->text(), QMessageBox::Ok,
                        this);
        box.setDetailedText(m_messageDetails);
        box.exec();
    });
    m_messageBar->hide();

    // Left: the summary, scrollable so that large fonts never clip it.
    m_summary = new CaseSummaryPanel;
    auto* summaryScroll = new QScrollArea;
    summaryScroll->setObjectName(QStringLiteral("summaryScroll"));
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    // Right: the tabs.
    m_timeline = new CaseTimelineModel(this);
    m_followUps = new CaseFollowUpModel(this);
    m_promises = new CasePromiseModel(this);
    m_payments = new CasePaymentModel(this);
    m_feedback = new CaseFeedbackModel(this);
    m_complaints = new CaseComplaintModel(this);
    m_timelineView = makeTable(m_timeline, QStringLiteral("timeline"));
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timelineView, &QWidget::customContextMenuRequested, this,
            &CaseScreenView::showTimelineMenu);
    QHeaderView* timelineHeader = m_timelineView->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    timelineHeader->resizeSection(CaseTimelineModel::ChannelColumn,
                                  width(QStringLiteral("Field visitMM")));
    timelineHeader->resizeSection(CaseTimelineModel::DirectionColumn,
                                  width(QStringLiteral("Outbound")));
    timelineHeader->resizeSection(
        CaseTimelineModel::Time,
        width(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                 QLocale::ShortFormat)));
    timelineHeader->resizeSection(CaseTimelineModel::DebtorTime,
                                  width(QStringLiteral("Mon, 11:59 PM")));
    timelineHeader->resizeSection(CaseTimelineModel::Agent,
                                  width(QStringLiteral("Jessica Gonzalez")));
    timelineHeader->resizeSection(CaseTimelineModel::Outcome,
                                  width(QStringLiteral("Promise to pay")));
    timelineHeader->resizeSection(CaseTimelineModel::Duration, width(QStringLiteral("00:00")));
    timelineHeader->resizeSection(CaseTimelineModel::Rpc, width(QStringLiteral("RPCM")));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    const auto addTab = [this](QWidget* content, const QString& iconPath) {
        auto* stack = new QStackedWidget;
        stack->addWidget(content);
        auto* empty = new QLabel;
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        empty->setMargin(24);
        stack->addWidget(empty);
        m_empty.emplace_back(stack, empty);
        m_tabs->addTab(stack, QIcon(iconPath), QString());
    };
    addTab(m_timelineView, QStringLiteral(":/icons/logcontact.svg"));
    addTab(makeTable(m_followUps, QStringLiteral("followUps")),
           QStringLiteral(":/icons/followups.svg"));
    auto* promisesPage = new QWidget;
    auto* promisesLayout = new QVBoxLayout(promisesPage);
    promisesLayout->setContentsMargins(0, 0, 0, 0);
    promisesLayout->addWidget(makeTable(m_promises, QStringLiteral("promises")), 3);
    m_paymentsTitle = new QLabel;
    m_paymentsTitle->setObjectName(QStringLiteral("paymentsTitle"));
    m_paymentsTitle->setContentsMargins(4, 6, 4, 0);
    QFont bold = m_paymentsTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_paymentsTitle->setFont(bold);
    promisesLayout->addWidget(m_paymentsTitle);
    promisesLayout->addWidget(makeTable(m_payments, QStringLiteral("payments")), 2);
    addTab(promisesPage, QStringLiteral(":/icons/promise.svg"));
    addTab(makeTable(m_feedback, QStringLiteral("feedback")),
           QStringLiteral(":/icons/feedback.svg"));
    addTab(makeTable(m_complaints, QStringLiteral("complaints")),
           QStringLiteral(":/icons/complaints.svg"));

    m_form = new LogContactForm(session());
    m_form->hide();
    connect(m_form, &LogContactForm::contactLogged, this, &CaseScreenView::onContactLogged);
    connect(m_form, &LogContactForm::closeRequested, this, [this] {
        m_form->hide();
        m_timelineView->setFocus();
    });

    m_rightSplitter = new QSplitter(Qt::Horizontal);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->addWidget(m_form);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 0);
    m_rightSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(summaryScroll);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({fontMetrics().averageCharWidth() * 44, 900});
    const QSettings settings;
    m_mainSplitter->restoreState(settings.value(kMainSplitter).toByteArray());
    m_rightSplitter->restoreState(settings.value(kRightSplitter).toByteArray());
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &CaseScreenView::saveLayout);
    connect(m_rightSplitter, &QSplitter::splitterMoved, this, &CaseScreenView::saveLayout);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_mainSplitter, 1);
    setFocusProxy(m_timelineView);
}

void CaseScreenView::saveLayout() const
{
    QSettings settings;
    settings.setValue(kMainSplitter, m_mainSplitter->saveState());
    settings.setValue(kRightSplitter, m_rightSplitter->saveState());
}

void CaseScreenView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AppView::changeEvent(event);
}

void CaseScreenView::retranslateUi()
{
    m_backAction->setText(tr("Cases"));
    m_backAction->setToolTip(tr("Back to the case list (Esc)"));
    m_logAction->setText(tr("Log contact"));
    m_logAction->setToolTip(tr("Log a contact on this case (Ctrl+L)"));
    m_promiseAction->setText(tr("Promise"));
    m_promiseAction->setToolTip(tr("Log a contact with a promise to pay (Ctrl+P)"));
    m_undoAction->setToolTip(tr("Undo the last edit or deletion (Ctrl+Z)"));
    m_redoAction->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_undo->setUndoLimit(50);
    m_refreshAction->setText(tr("Refresh"));
    if (auto* details = m_messageBar->findChild<QPushButton*>(QStringLiteral("messageDetails")))
        details->setText(tr("Show details"));
    m_empty[ContactLogTab].second->setText(
        tr("No contacts on this case yet. Press Ctrl+L to log the first one."));
    m_empty[FollowUpsTab].second->setText(
        tr("No follow-ups planned. Plan the next step when you log a contact."));
    m_empty[PromisesTab].second->setText(
        tr("No promises or payments yet. Press Ctrl+P to record a promise to pay."));
    m_empty[FeedbackTab].second->setText(tr("No survey responses about this case."));
    m_empty[ComplaintsTab].second->setText(tr("No complaints about this case."));
    updateTabTitles();
    updateTitle();
}

void CaseScreenView::updateTitle()
{
    if (m_snapshot && m_snapshot->error.isEmpty())
        m_title->setText(tr("%1 · %2").arg(m_ref, m_snapshot->debtor.fullName));
    else
        m_title->setText(m_ref);
}

void CaseScreenView::updateTabTitles()
{
    const auto title = [](const QString& text, int n) {
        return n > 0 ? tr("%1 (%2)").arg(text).arg(n) : text;
    };
    m_tabs->setTabText(ContactLogTab, title(tr("Contact log"), m_timeline->contactCount()));
    m_tabs->setTabText(FollowUpsTab, title(tr("Follow-ups"), m_followUps->rowCount()));
    m_tabs->setTabText(PromisesTab, title(tr("Promises"), m_promises->rowCount()));
    m_tabs->setTabText(FeedbackTab, title(tr("Feedback"), m_feedback->rowCount()));
    m_tabs->setTabText(ComplaintsTab, title(tr("Complaints"), m_complaints->rowCount()));
    const int rows[] = {m_timeline->rowCount(), m_followUps->rowCount(),
                        m_promises->rowCount() + m_payments->rowCount(), m_feedback->rowCount(),
                        m_complaints->rowCount()};
    for (size_t i = 0; i < m_empty.size(); ++i)
        m_empty[i].first->setCurrentIndex(rows[i] > 0 ? 0 : 1);
    m_paymentsTitle->setText(tr("Payments: %1").arg(CaseLabels::money(m_payments->total())));
}

void CaseScreenView::refresh()
{
    const quint64 generation = ++m_generation;
    setLoaded(false);
    m_busyAction->setVisible(true);
    const QString path = session().databasePath();
    const qint64 caseId = m_caseId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QThread* thread = QThread::create([this, path, caseId, now, generation] {
        CaseSnapshot snapshot = CaseLoader::load(path, caseId, now, generation);
        QMetaObject::invokeMethod(
            this, [this, snapshot = std::move(snapshot)] { applySnapshot(snapshot); },
            Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CaseScreenView::applySnapshot(const CaseSnapshot& snapshot)
{
    if (snapshot.generation != m_generation)
        return; // a newer load is under way
    m_busyAction->setVisible(false);
    if (!snapshot.error.isEmpty()) {
        showMessage(tr("The case %1 could not be loaded. %2").arg(m_ref, snapshot.error),
                    int(Tone::Bad), snapshot.errorDetails);
        setLoaded(true);
        return;
    }
    m_snapshot = snapshot;
    const qint64 selected =
        m_timelineView->currentIndex().data(CaseTimelineModel::ContactIdRole).toLongLong();
    QString zone = snapshot.debtor.timeZone;
    if (snapshot.callGate && !snapshot.callGate->zones.isEmpty())
        zone = snapshot.callGate->zones.constFirst();
    m_timeline->setTimeline(snapshot.timeline, snapshot.userNames, snapshot.outcomes, zone);
    m_followUps->setFollowUps(snapshot.followUps, snapshot.userNames, snapshot.loadedAt);
    m_promises->setPromises(snapshot.promises, snapshot.userNames);
    m_payments->setPayments(snapshot.payments, snapshot.promises);
    m_feedback->setResponses(snapshot.surveys);
    m_complaints->setComplaints(snapshot.complaints, snapshot.loadedAt);
    m_summary->setSnapshot(snapshot);
    m_form->setCase(snapshot);
    if (selected > 0)
        showContactInTimeline(selected);
    updateTabTitles();
    updateTitle();
    setLoaded(true);
}

void CaseScreenView::onTick()
{
    m_summary->updateClock();
    if (!m_snapshot)
        return;
    // The verdict "may call now" changes with the clock (hours, windows): evaluate again,
    // without writing an audit entry (a display, not a contact).
    try {
        m_summary->setGate(ContactCheckService::evaluate(
            session().connection(), m_caseId, Channel::Call, QDateTime::currentDateTimeUtc()));
    } catch (const Error& e) {
        m_summary->setGate(std::nullopt, e.message());
    }
}

void CaseScreenView::openForm(bool promise)
{
    m_form->show();
    if (promise) {
        m_form->setPromiseExpanded(true);
    } else {
        m_form->outcomeBox()->setFocus(Qt::ShortcutFocusReason);
    }
    m_form->refreshGate();
    const QList<int> sizes = m_rightSplitter->sizes();
    if (sizes.size() == 2 && sizes[1] < m_form->minimumSizeHint().width()) {
        const int total = sizes[0] + sizes[1];
        const int formWidth = std::max(m_form->minimumSizeHint().width(), total * 2 / 5);
        m_rightSplitter->setSizes({total - formWidth, formWidth});
    }
}

void CaseScreenView::onContactLogged(qint64 contactId)
{
    // The new entry is on top at once; the other tabs (follow-ups, promises, holds) follow.
    showContactInTimeline(contactId);
    m_tabs->setCurrentIndex(ContactLogTab);
    updateTabTitles();
    refresh();
}

void CaseScreenView::showContactInTimeline(qint64 contactId)
{
    if (m_timeline->rowOfContact(contactId) < 0 || m_timeline->entryAt(0) == nullptr) {
        try {
            if (auto entry = CaseLoader::entry(session().connection(), contactId))
                m_timeline->upsert(*entry);
        } catch (const Error& e) {
            spdlog::warn("case screen: contact not read back (kind {})",
                         static_cast<int>(e.kind()));
        }
    }
    const int row = m_timeline->rowOfContact(contactId);
    if (row >= 0) {
        m_timelineView->setCurrentIndex(m_timeline->index(row, 0));
        m_timelineView->scrollTo(m_timeline->index(row, 0));
    }
}

void CaseScreenView::showMessage(const QString& text, int tone, const QString& details)
{
    const QColor c = BadgeDelegate::toneColor(tone);
    m_messageBar->setStyleSheet(
        QStringLiteral("QFrame#messageBar { background: rgba(%1, %2, %3, 0.08); border: 1px solid "
                       "rgba(%1, %2, %3, 0.5); border-radius: 4px; }")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue()));
    m_message->setText(text);
    m_messageDetails = details;
    if (auto* button = m_messageBar->findChild<QPushButton*>(QStringLiteral("messageDetails")))
        button->setVisible(!details.isEmpty());
    m_messageBar->show();
}

ContactCommandContext CaseScreenView::commandContext()
{
    ContactCommandContext context;
    context.connection = &session().connection();
    context.user = session().user();
    context.ids = m_ids;
    context.changed = [this](qint64 contactId) {
        try {
            if (auto entry = CaseLoader::entry(session().connection(), contactId))
                m_timeline->upsert(*entry);
        } catch (const Error&) {
            // the background refresh below brings it
        }
        updateTabTitles();
        refresh();
    };
    context.removed = [this](qint64 contactId) {
        m_timeline->removeContact(contactId);
        updateTabTitles();
        refresh();
    };
    context.failed = [this](const QString& message) {
        showMessage(message, int(Tone::Bad));
        // The stack no longer matches the stored contacts: start afresh.
        QTimer::singleShot(0, m_undo, &QUndoStack::clear);
    };
    return context;
}

bool CaseScreenView::editContact(qint64 contactId, const ContactEdit& edit)
{
    const int row = m_timeline->rowOfContact(contactId);
    const TimelineEntry* entry = m_timeline->entryAt(row);
    if (!entry)
        return false;
    const Contact before = entry->contact;
    try {
        ContactLogService::edit(session().connection(), session().user(), contactId, edit);
    } catch (const Error& e) {
        showMessage(tr("The contact was not changed. %1").arg(e.message()), int(Tone::Bad),
                    e.details());
        return false;
    }
    ContactEdit previous;
    previous.outcome = before.outcome;
    previous.notes = before.notes;
    previous.rpc = before.rpc;
    previous.endedAt = before.endedAt;
    // Ids seen by the commands are the original ones of this screen.
    qint64 original = contactId;
    for (auto it = m_ids->cbegin(); it != m_ids->cend(); ++it) {
        if (it.value() == contactId)
            original = it.key();
    }
    m_undo->push(new EditContactCommand(commandContext(), original, previous, edit));
    commandContext().changed(contactId);
    return true;
}

bool CaseScreenView::deleteContact(qint64 contactId)
{
    const TimelineEntry* entry = m_timeline->entryAt(m_timeline->rowOfContact(contactId));
    if (!entry)
        return false;
    const Contact original = entry->contact;
    try {
        ContactLogService::remove(session().connection(), session().user(), contactId);
    } catch (const Error& e) {
        showMessage(tr("The contact was not deleted. %1").arg(e.message()), int(Tone::Bad),
                    e.details());
        return false;
    }
    Contact forCommand = original;
    for (auto it = m_ids->cbegin(); it != m_ids->cend(); ++it) {
        if (it.value() == contactId)
            forCommand.id = it.key();
    }
    m_undo->push(new DeleteContactCommand(commandContext(), forCommand));
    commandContext().removed(contactId);
    return true;
}

bool CaseScreenView::amendContact(qint64 contactId, const QString& note)
{
    try {
        ContactLogService::amend(session().connection(), session().user(), contactId, note);
    } catch (const Error& e) {
        showMessage(tr("The amendment note was not added. %1").arg(e.message()), int(Tone::Bad),
                    e.details());
        return false;
    }
    showContactInTimeline(contactId);
    if (auto entry = CaseLoader::entry(session().connection(), contactId))
        m_timeline->upsert(*entry);
    updateTabTitles();
    return true;
}

QMenu* CaseScreenView::createContextMenu(int row, QWidget* parent)
{
    const TimelineEntry* entry = m_timeline->entryAt(row);
    if (!entry)
        return nullptr;
    const qint64 id = entry->contact.id;
    auto* menu = new QMenu(parent);
    const bool editable =
        entry->editableUntil && *entry->editableUntil > QDateTime::currentDateTimeUtc();
    if (editable) {
        QAction* edit = menu->addAction(tr("Edit…"), this, [this, id] { editWithDialog(id); });
        edit->setObjectName(QStringLiteral("editContact"));
        QAction* remove =
            menu->addAction(tr("Delete…"), this, [this, id] { deleteWithConfirmation(id); });
        remove->setObjectName(QStringLiteral("deleteContact"));
        QAction* until = menu->addAction(
            tr("Editable until %1").arg(CaseLabels::dateTime(*entry->editableUntil)));
        until->setEnabled(false);
    } else {
        QAction* amend =
            menu->addAction(tr("Add amendment note…"), this, [this, id] { amendWithDialog(id); });
        amend->setObjectName(QStringLiteral("amendContact"));
    }
    return menu;
}

void CaseScreenView::showTimelineMenu(const QPoint& pos)
{
    const QModelIndex index = m_timelineView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu* menu = createContextMenu(index.row(), this);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_timelineView->viewport()->mapToGlobal(pos));
}

void CaseScreenView::editWithDialog(qint64 contactId)
{
    const TimelineEntry* entry = m_timeline->entryAt(m_timeline->rowOfContact(contactId));
    if (!entry || !entry->editableUntil || !m_snapshot)
        return;
    std::vector<OutcomeCode> outcomes;
    try {
        outcomes = ContactLogService::outcomes(session().connection(), entry->contact.channel);
    } catch (const Error&) {
        outcomes = m_snapshot->outcomes;
    }
    ContactEditDialog dialog(entry->contact, outcomes, *entry->editableUntil, this);
    if (dialog.exec() == QDialog::Accepted)
        editContact(contactId, dialog.edit());
}

void CaseScreenView::deleteWithConfirmation(qint64 contactId)
{
    const TimelineEntry* entry = m_timeline->entryAt(m_timeline->rowOfContact(contactId));
    if (!entry || !m_snapshot)
        return;
    const Contact& c = entry->contact;
    QMessageBox box(QMessageBox::Question, tr("Delete Contact"),
                    tr("Delete the %1 of %2 (%3)?")
                        .arg(CaseLabels::channel(c.channel).toLower(),
                             CaseLabels::dateTime(c.startedAt),
                             CaseLabels::outcome(c.outcome, m_snapshot->outcomes)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("You can undo this with Ctrl+Z while the grace period lasts."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        deleteContact(contactId);
}

void CaseScreenView::amendWithDialog(qint64 contactId)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Add Amendment Note"),
        tr("The contact itself stays as it was logged; the note is added under it with your "
           "name and the time."),
        QString(), &ok);
    if (ok && !note.trimmed().isEmpty())
        amendContact(contactId, note.trimmed());
}

void CaseScreenView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        Q_EMIT backRequested();
        return;
    }
    AppView::keyPressEvent(event);
}

} // namespace caseloop
