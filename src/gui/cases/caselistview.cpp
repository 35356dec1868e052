#include "cases/caselistview.h"

#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace caseloop {

namespace {

// Versioned: a header state saved for another set of columns must not be restored (it would
// give the new columns the old ones' widths). Bump the number when the columns change.
const QString kHeaderKey = QStringLiteral("caseList/header2");
const QString kFilterKey = QStringLiteral("caseList/filter");

/// A width that fits the header (with its sort arrow) and typical content of a column.
int defaultWidth(const QFontMetrics& fm, const CaseListModel& model, int column)
{
    const QLocale locale;
    const QDate date(2026, 12, 28);
    // Room for the sort arrow on sortable columns.
    const QString headerPad =
        CaseListModel::sortForColumn(column) ? QStringLiteral("MMM") : QStringLiteral("M");
    QStringList samples{model.headerData(column, Qt::Horizontal).toString() + headerPad};
    switch (column) {
    case CaseListModel::Ref:
        samples << QStringLiteral("CL-2026-000000");
        break;
    case CaseListModel::Debtor:
    case CaseListModel::Agent:
        samples << QStringLiteral("Jessica Gonzalez");
        break;
    case CaseListModel::Client:
        samples << QStringLiteral("Pioneer Energy Util");
        break;
    case CaseListModel::Balance:
        samples << CaseListModel::formatMoney(Money{300'000'00, QStringLiteral("CNY")}, locale)
                << CaseListModel::formatMoney(Money{300'000'00, QStringLiteral("USD")}, locale);
        break;
    case CaseListModel::Status:
        for (const QString& code : allCodes<CaseStatus>())
            samples << CaseListModel::statusLabel(*fromCode<CaseStatus>(code)) +
                           QStringLiteral("MMM");
        break;
    case CaseListModel::Promise:
        for (const QString& code : allCodes<PromiseStatus>())
            samples << CaseListModel::promiseLabel(*fromCode<PromiseStatus>(code)) +
                           QStringLiteral("MMM");
        break;
    case CaseListModel::NextFollowUp:
    case CaseListModel::Placed:
        samples << locale.toString(date, QLocale::ShortFormat);
        break;
    case CaseListModel::LocalTime:
        samples << locale.toString(QTime(23, 59), QLocale::ShortFormat) + QStringLiteral("–") +
                       locale.toString(QTime(23, 59), QLocale::ShortFormat);
        break;
    case CaseListModel::CallNow:
        for (const auto state :
             {CaseListModel::CallState::Callable, CaseListModel::CallState::NotNow,
              CaseListModel::CallState::OnHold, CaseListModel::CallState::OptedOut})
            samples << CaseListModel::callStateLabel(state) + QStringLiteral("MMM");
        break;
    default:
        break;
    }
    int width = 0;
    for (const QString& s : samples)
        width = std::max(width, fm.horizontalAdvance(s));
    return width + 12;
}

} // namespace

CaseListView::CaseListView(Session& session, QWidget* parent)
    : AppView(session, parent)
{
    setObjectName(QStringLiteral("cases"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("savedFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(fontMetrics().averageCharWidth() * 10, 6);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);

    m_model = new CaseListModel(session.databasePath(), session.user(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto* badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(CaseListModel::Status, badges);
    m_table->setItemDelegateForColumn(CaseListModel::Promise, badges);
    m_table->setItemDelegateForColumn(CaseListModel::CallNow, badges);
    m_table->installEventFilter(this);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        header->resizeSection(c, defaultWidth(header->fontMetrics(), *m_model, c));
    header->setSortIndicator(CaseListModel::Ref, Qt::AscendingOrder);
    header->setSectionHidden(CaseListModel::Placed, true); // on request (header menu)
    QSettings settings;
    header->restoreState(settings.value(kHeaderKey).toByteArray());
    if (!CaseListModel::sortForColumn(header->sortIndicatorSection()))
        header->setSortIndicator(CaseListModel::Ref, Qt::AscendingOrder);
    header->setSectionHidden(CaseListModel::Ref, false); // the reference always stays

    // The empty state: says why and offers the way out.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_clear = new QPushButton(m_empty);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_clear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            applyFilters();
        }
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_clear, &QPushButton::clicked, this, &CaseListView::clearFilters);
    connect(m_table, &QTableView::doubleClicked, this, &CaseListView::openRow);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CaseListView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &CaseListView::saveHeader);
    connect(header, &QHeaderView::sectionResized, this, &CaseListView::saveHeader);

    connect(m_model, &CaseListModel::firstPageLoaded, this, &CaseListView::onFirstPage);
    connect(m_model, &CaseListModel::countChanged, this, &CaseListView::onCount);
    connect(m_model, &CaseListModel::loadFailed, this, &CaseListView::onFailed);
    connect(m_model, &CaseListModel::loadingChanged, m_busy, &QWidget::setVisible);

    retranslateUi();
    const int savedFilter = settings.value(kFilterKey, 0).toInt();
    if (savedFilter > 0 && savedFilter < m_filter->count())
        m_filter->setCurrentIndex(savedFilter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilters);

    applyFilters();
    // Sorting is enabled after the first request so that it does not start a second load;
    // header clicks then sort in SQL through CaseListModel::sort().
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &CaseListView::onSortIndicatorChanged);
    setFocusProxy(m_search);
}

CaseListView::~CaseListView() = default;

void CaseListView::refresh()
{
    setLoaded(false);
    m_model->refresh();
}

void CaseListView::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockFilter(m_filter);
    m_search->clear();
    m_filter->setCurrentIndex(0);
    m_searchTimer->stop();
    applyFilters();
}

QString CaseListView::effectiveSearch(const QString& text)
{
    const QString search = text.trimmed();
    // One Latin letter or digit matches a large share of a million cases and says little; one
    // Chinese character is a surname and a real search.
    if (search.size() == 1 && search.at(0).script() != QChar::Script_Han)
        return {};
    return search;
}

void CaseListView::applyFilters()
{
    m_searchTimer->stop();
    CaseListRequest request;
    request.search = effectiveSearch(m_search->text());
    request.filter = CaseListFilter(std::max(0, m_filter->currentIndex()));
    const QHeaderView* header = m_table->horizontalHeader();
    if (const auto sort = CaseListModel::sortForColumn(header->sortIndicatorSection())) {
        request.sort = *sort;
        request.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    QSettings().setValue(kFilterKey, m_filter->currentIndex());
    const CaseListRequest& current = m_model->request();
    if (m_model->generation() > 0 && m_errorDetails.isEmpty() && current.search == request.search &&
        current.filter == request.filter && current.sort == request.sort &&
        current.descending == request.descending) {
        updateCountLabel(); // e.g. a first Latin letter typed: nothing to search yet
        return;
    }
    m_errorDetails.clear();
    setLoaded(false);
    m_model->setRequest(request);
    m_busy->setVisible(true);
    updateCountLabel();
}

void CaseListView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!CaseListModel::sortForColumn(column)) {
        // No index serves this column: keep showing the order the list really has.
        const CaseListRequest& r = m_model->request();
        m_table->horizontalHeader()->setSortIndicator(CaseListModel::columnForSort(r.sort),
                                                      r.descending ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder);
        return;
    }
    Q_UNUSED(order)
    if (!m_model->isFirstPageLoaded())
        setLoaded(false); // the model started loading the new order

    saveHeader();
}

void CaseListView::onFirstPage()
{
    updateEmptyState();
    // The view counts as loaded once the first row's "call now" answer is there too (it
    // follows its page), so a screenshot never shows answers still being checked.
    if (m_model->rowCount() == 0 || m_model->isCallKnown(0)) {
        setLoaded(true);
        return;
    }
    const quint64 generation = m_model->generation();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &QAbstractItemModel::dataChanged, this, [=, this] {
        if (m_model->generation() != generation) {
            disconnect(*connection);
            return;
        }
        if (m_model->isCallKnown(0)) {
            disconnect(*connection);
            setLoaded(true);
        }
    });
}

void CaseListView::onCount(qint64)
{
    updateCountLabel();
    updateEmptyState();
}

void CaseListView::onFailed(const QString& message, const QString& details)
{
    m_errorDetails = details;
    m_count->setText(tr("The cases could not be loaded: %1").arg(message));
    m_count->setToolTip(details);
    if (!m_model->isFirstPageLoaded())
        setLoaded(true); // the (failed) load is over; the message is on screen
}

void CaseListView::updateCountLabel()
{
    if (!m_errorDetails.isEmpty())
        return;
    m_count->setToolTip(QString());
    const QString typed = m_search->text().trimmed();
    const QString hint = !typed.isEmpty() && effectiveSearch(typed).isEmpty()
                             ? tr("Type at least 2 characters to search") + QStringLiteral(" · ")
                             : QString();
    if (!m_model->isCountKnown()) {
        m_count->setText(hint + tr("Counting cases…"));
        return;
    }
    const qint64 n = m_model->totalCount();
    m_count->setText(hint + (n == 1 ? tr("1 case") : tr("%1 cases").arg(QLocale().toString(n))));
}

void CaseListView::updateEmptyState()
{
    const bool empty = m_model->isCountKnown() && m_model->totalCount() == 0;
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_filter->currentIndex() > 0;
    if (empty) {
        m_emptyText->setText(filtered ? tr("No cases match these filters.")
                                      : tr("There are no cases you can see in this database."));
        m_clear->setVisible(filtered);
    }
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_table));
}

void CaseListView::openRow(const QModelIndex& index)
{
    if (!index.isValid() || !m_model->isRowLoaded(index.row()))
        return;
    const qint64 caseId = index.data(CaseListModel::CaseIdRole).toLongLong();
    const QString ref = m_model->index(index.row(), CaseListModel::Ref)
                            .data(CaseListModel::RawValueRole)
                            .toString();
    if (auto* frame = qobject_cast<QMainWindow*>(window()))
        frame->statusBar()->showMessage(tr("Case %1 selected").arg(ref), 5000);
    Q_EMIT openCaseRequested(caseId, ref);
}

bool CaseListView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_table->currentIndex());
            return true;
        }
    }
    return AppView::eventFilter(watched, event);
}

QMenu* CaseListView::createHeaderMenu(QWidget* parent)
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(parent);
    for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
        QAction* action =
            menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != CaseListModel::Ref);
        connect(action, &QAction::toggled, this, [this, header, c](bool shown) {
            header->setSectionHidden(c, !shown);
            saveHeader();
        });
    }
    return menu;
}

void CaseListView::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_table->horizontalHeader();
    std::unique_ptr<QMenu> menu(createHeaderMenu(this));
    menu->exec(header->viewport()->mapToGlobal(pos));
}

void CaseListView::saveHeader() const
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void CaseListView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AppView::changeEvent(event);
}

void CaseListView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by reference, debtor name or phone (Ctrl+F)"));
    const QSignalBlocker block(m_filter);
    const int current = std::max(0, m_filter->currentIndex());
    m_filter->clear();
    // Order matches CaseListFilter.
    m_filter->addItem(tr("All cases"));
    m_filter->addItem(tr("My queue today"));
    m_filter->addItem(tr("Follow-ups due"));
    m_filter->addItem(tr("Promises due"));
    m_filter->addItem(tr("Broken promises"));
    m_filter->addItem(tr("Never contacted"));
    m_filter->setCurrentIndex(current);
    m_clear->setText(tr("Clear filters"));
    updateCountLabel();
    if (m_stack->currentWidget() == m_empty)
        updateEmptyState();
    m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
}

} // namespace caseloop
