#include "overview/overviewview.h"

#include "overview/overviewtile.h"
#include "session/session.h"
#include "ui_overviewview.h"

#include <QEvent>
#include <QFileInfo>
#include <QThread>

namespace caseloop {

OverviewView::OverviewView(Session& session, QWidget* parent)
    : AppView(session, parent)
    , m_ui(std::make_unique<Ui::OverviewView>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("overview"));
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->title->setFont(titleFont);
    m_ui->subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_ui->hint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->layout->setStretch(m_ui->layout->indexOf(m_ui->bottomSpacer), 1);

    constexpr int columns = 4;
    for (int i = 0; i < tileCount; ++i) {
        m_tiles[size_t(i)] = new OverviewTile(this);
        m_ui->tileGrid->addWidget(m_tiles[size_t(i)], i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        m_ui->tileGrid->setColumnStretch(c, 1);
    retranslateUi();
    refresh();
}

OverviewView::~OverviewView()
{
    // Loader threads are children; they must end before QObject deletes them.
    for (QThread* thread : findChildren<QThread*>())
        thread->wait();
}

OverviewTile* OverviewView::tile(Tile which) const
{
    return m_tiles[size_t(which)];
}

void OverviewView::refresh()
{
    const quint64 generation = ++m_generation;
    setLoaded(false);
    m_ui->progress->setVisible(true);
    updateSubtitle();

    const QString path = session().databasePath();
    const UserContext user = session().user();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QThread* thread = QThread::create([this, path, user, now, generation] {
        OverviewFigures figures = OverviewLoader::load(path, user, now, generation);
        QMetaObject::invokeMethod(
            this, [this, figures = std::move(figures)] { applyFigures(figures); },
            Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void OverviewView::applyFigures(const OverviewFigures& figures)
{
    if (figures.generation != m_generation)
        return; // a newer refresh is under way
    m_figures = figures;
    m_hasFigures = figures.error.isEmpty();
    m_loadedAt = QDateTime::currentDateTime();
    m_ui->progress->setVisible(false);
    updateTiles();
    updateSubtitle();
    setLoaded(true);
}

void OverviewView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AppView::changeEvent(event);
}

void OverviewView::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->title->setText(tr("Overview"));
    m_ui->hint->setText(tr("Switch views with Ctrl+1 to Ctrl+9 or the list on the left; press "
                           "F5 to refresh these figures."));
    tile(Tile::Cases)->setTitle(tr("Cases"));
    tile(Tile::Debtors)->setTitle(tr("Debtors"));
    tile(Tile::Contacts)->setTitle(tr("Contacts logged"));
    tile(Tile::FollowUps)->setTitle(tr("Open follow-ups"));
    tile(Tile::Promises)->setTitle(tr("Pending promises to pay"));
    tile(Tile::Feedback)->setTitle(tr("Survey responses"));
    tile(Tile::Complaints)->setTitle(tr("Open complaints"));
    tile(Tile::Agents)->setTitle(tr("Active agents"));
    updateTiles();
    updateSubtitle();
}

void OverviewView::updateTiles()
{
    if (!m_hasFigures) {
        for (OverviewTile* t : m_tiles)
            t->setLoading();
        return;
    }
    const QLocale locale;
    const OverviewFigures& f = m_figures;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    using Tone = OverviewTile::Tone;

    tile(Tile::Cases)->setValue(n(f.cases));
    tile(Tile::Cases)->setDetail(tr("%1 open").arg(n(f.openCases)));
    tile(Tile::Debtors)->setValue(n(f.debtors));
    tile(Tile::Debtors)->setDetail(tr("placed by %n client(s)", nullptr, int(f.clients)));
    tile(Tile::Contacts)->setValue(n(f.contacts));
    tile(Tile::Contacts)->setDetail(tr("%1 in the last 30 days").arg(n(f.recentContacts)));
    tile(Tile::FollowUps)->setValue(n(f.openFollowUps));
    tile(Tile::FollowUps)
        ->setDetail(f.overdueFollowUps > 0 ? tr("%1 overdue").arg(n(f.overdueFollowUps))
                                           : tr("none overdue"),
                    f.overdueFollowUps > 0 ? Tone::Warning : Tone::Normal);
    tile(Tile::Promises)->setValue(n(f.pendingPromises));
    tile(Tile::Promises)->setDetail(tr("of %1 promises in total").arg(n(f.promises)));
    tile(Tile::Feedback)->setValue(n(f.surveyResponses));
    tile(Tile::Feedback)
        ->setDetail(f.averageOverall ? tr("average overall rating %1 / 5")
                                           .arg(locale.toString(*f.averageOverall, 'f', 1))
                                     : tr("no ratings yet"));
    tile(Tile::Complaints)->setValue(n(f.openComplaints));
    tile(Tile::Complaints)->setDetail(tr("of %1 received in total").arg(n(f.complaints)));
    tile(Tile::Agents)->setValue(n(f.agents));
    tile(Tile::Agents)->setDetail(tr("in %n team(s)", nullptr, int(f.teams)));
}

void OverviewView::updateSubtitle()
{
    const QString file = QFileInfo(session().databasePath()).fileName();
    QString text;
    if (m_figures.generation != m_generation) {
        text = tr("%1 · loading figures…").arg(file);
    } else if (!m_figures.error.isEmpty()) {
        text = tr("%1 · the figures could not be loaded: %2").arg(file, m_figures.error);
    } else {
        text = tr("%1 · schema version %2 · updated %3")
                   .arg(file)
                   .arg(m_figures.schemaVersion)
                   .arg(QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat));
    }
    m_ui->subtitle->setText(text);
    m_ui->subtitle->setToolTip(m_figures.errorDetails);
}

} // namespace caseloop
