#include "followups/followupsview.h"

#include "followups/followuploader.h"
#include "followups/followupmodel.h"
#include "session/session.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseloop {

FollowUpsView::FollowUpsView(Session& session, QWidget* parent)
    : AppView(session, parent)
    , m_fixedZone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("followups"));
    m_loader = new FollowUpLoader(session.databasePath(), session.user(), this);
    m_model = new FollowUpModel(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->installEventFilter(this);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(FollowUpModel::Ref,
                          fm.horizontalAdvance(QStringLiteral("CL-2026-0000000")) + 24);
    header->resizeSection(FollowUpModel::Debtor,
                          fm.horizontalAdvance(QStringLiteral("Jessica Gonzalez")) + 16);
    header->resizeSection(FollowUpModel::Type,
                          fm.horizontalAdvance(QStringLiteral("Field visit")) + 44);
    header->resizeSection(FollowUpModel::Due,
                          fm.horizontalAdvance(QStringLiteral("12/28/26 11:59 PM · overdue")) + 16);
    header->resizeSection(FollowUpModel::Note, fm.averageCharWidth() * 34);
    header->resizeSection(FollowUpModel::Address, fm.averageCharWidth() * 30);

    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_loader, &FollowUpLoader::finished, this, &FollowUpsView::apply);
    connect(m_tree, &QTreeView::doubleClicked, this, &FollowUpsView::openRow);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    retranslateUi();
    setFocusProxy(m_tree);
    refresh();
}

FollowUpsView::~FollowUpsView() = default;

void FollowUpsView::setClock(const QDateTime& now, const QTimeZone& zone)
{
    m_fixedNow = now;
    m_fixedZone = now.isValid() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
    refresh();
}

void FollowUpsView::refresh()
{
    setLoaded(false);
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    m_loader->load(now, m_fixedZone, true);
    if (!m_hasResult)
        m_summary->setText(tr("Loading follow-ups…"));
}

bool FollowUpsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void FollowUpsView::apply(const FollowUpLoadResult& result)
{
    m_hasResult = true;
    m_error = result.error;
    if (m_error.isEmpty()) {
        m_counts = result.counts;
        m_seesOthers = result.seesOthers;
        m_tree->header()->setSectionHidden(FollowUpModel::Agent, !m_seesOthers);
        m_title->setText(m_seesOthers ? tr("Your team's follow-ups") : tr("Your follow-ups"));
        m_model->setItems(result.items, result.now, result.zone);
        m_summary->setToolTip(QString());
    } else {
        m_model->setItems({}, result.now, result.zone);
        m_summary->setToolTip(result.errorDetails);
    }
    updateTexts();
    setLoaded(true);
}

void FollowUpsView::updateTexts()
{
    if (!m_hasResult)
        return;
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The follow-ups could not be loaded: %1").arg(m_error));
        m_emptyText->setText(tr("The follow-ups could not be loaded. Press F5 to try again."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const qint64 total = m_counts.overdue + m_counts.today + m_counts.upcoming;
    QStringList parts{tr("%1 overdue").arg(locale.toString(m_counts.overdue)),
                      tr("%1 due today").arg(locale.toString(m_counts.today)),
                      tr("%1 upcoming in the next %2 days")
                          .arg(locale.toString(m_counts.upcoming))
                          .arg(FollowUpQuery::defaultUpcomingDays)};
    QString summary = parts.join(QStringLiteral(" · "));
    if (qint64(m_model->followUpCount()) < total) {
        summary += QStringLiteral(" · ") +
                   tr("showing the first %1").arg(locale.toString(m_model->followUpCount()));
    }
    m_summary->setText(summary);

    if (total == 0) {
        m_emptyText->setText(
            m_seesOthers
                ? tr("No follow-ups due today — well done.\nYour team has nothing overdue and "
                     "nothing planned for the next %1 days.")
                      .arg(FollowUpQuery::defaultUpcomingDays)
                : tr("No follow-ups due today — well done.\nNothing is overdue and nothing is "
                     "planned for the next %1 days. Follow-ups you plan when logging a contact "
                     "appear here.")
                      .arg(FollowUpQuery::defaultUpcomingDays));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_tree);
    }
}

void FollowUpsView::openRow(const QModelIndex& index)
{
    const FollowUpItem* item = m_model->item(index.siblingAtColumn(0));
    if (!item)
        return;
    Q_EMIT openCaseRequested(item->caseId, item->caseRef);
}

bool FollowUpsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_tree->currentIndex());
            return true;
        }
    }
    return AppView::eventFilter(watched, event);
}

void FollowUpsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AppView::changeEvent(event);
}

void FollowUpsView::retranslateUi()
{
    m_title->setText(m_seesOthers ? tr("Your team's follow-ups") : tr("Your follow-ups"));
    m_model->headerDataChanged(Qt::Horizontal, 0, FollowUpModel::ColumnCount - 1);
    m_model->retranslate();
    updateTexts();
}

} // namespace caseloop
