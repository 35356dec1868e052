#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "appview.h"
#include "cases/caselistview.h"
#include "casescreen/caseloader.h"
#include "casescreen/casescreenview.h"
#include "error.h"
#include "followups/followupreminder.h"
#include "followups/followupsview.h"
#include "help/userguidedialog.h"
#include "languagemanager.h"
#include "session/session.h"
#include "ui_mainwindow.h"
#include "viewregistry.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

namespace caseloop {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kLastView = QStringLiteral("mainWindow/lastView");

} // namespace

MainWindow::MainWindow(Session& session, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_language(language)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/caseloop.svg")));
    createViews();
    createMenus();
    createStatusBar();
    retranslateUi();

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::onViewChanged);
    // A click on the highlighted row ("Cases" while a case screen is open) shows its view too.
    connect(m_ui->navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { onViewChanged(m_ui->navigation->row(item)); });
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setHandleWidth(1);
    m_ui->splitter->setStyleSheet(
        QStringLiteral("QSplitter::handle { background: palette(midlight); }"));
    m_ui->splitter->setSizes({m_ui->navigation->minimumWidth(), width()});
    m_ui->navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    const int iconSize = fontMetrics().height() + 4;
    m_ui->navigation->setIconSize(QSize(iconSize, iconSize));
    m_ui->navigation->setSpacing(1);
    // Calm selection: a tint and an accent bar in the icon colour, not a solid highlight.
    m_ui->navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding-top: 6px; outline: 0; "
        "selection-background-color: transparent; selection-color: palette(window-text); } "
        "QListWidget#navigation::item { padding: 5px 12px 5px 8px; color: palette(window-text); "
        "border-left: 3px solid transparent; } "
        "QListWidget#navigation::item:hover { background: rgba(61, 90, 115, 0.07); } "
        "QListWidget#navigation::item:selected { background: rgba(61, 90, 115, 0.16); "
        "border-left: 3px solid #3d5a73; }"));
    for (const ViewDescriptor& descriptor : ViewRegistry::all()) {
        AppView* view = descriptor.create(m_session, m_ui->stack);
        m_ui->stack->addWidget(view);
        if (auto* list = qobject_cast<CaseListView*>(view))
            connect(list, &CaseListView::openCaseRequested, this,
                    [this](qint64, const QString& ref) { openCase(ref); });
        if (auto* followUps = qobject_cast<FollowUpsView*>(view))
            connect(followUps, &FollowUpsView::openCaseRequested, this,
                    [this](qint64, const QString& ref) { openCase(ref); });
        m_views.push_back(view);
        m_descriptors.push_back(&descriptor);
        auto* item = new QListWidgetItem(QIcon(descriptor.iconPath), QString(), m_ui->navigation);
        item->setData(Qt::UserRole, descriptor.name);
    }
}

void MainWindow::createMenus()
{
    m_openAction = m_ui->menuFile->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_ui->menuFile->addSeparator();
    m_quitAction = m_ui->menuFile->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    auto* viewGroup = new QActionGroup(this);
    for (size_t i = 0; i < m_descriptors.size(); ++i) {
        QAction* action = m_ui->menuView->addAction(QIcon(m_descriptors[i]->iconPath), QString());
        action->setCheckable(true);
        action->setActionGroup(viewGroup);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const int row = int(i);
        connect(action, &QAction::triggered, this, [this, row] {
            m_ui->navigation->setCurrentRow(row);
            onViewChanged(row);
        });
        m_viewActions.push_back(action);
    }
    m_ui->menuView->addSeparator();
    m_refreshAction = m_ui->menuView->addAction(QString(), this, [this] {
        if (AppView* view = currentView())
            view->refresh();
        m_reminder->refresh();
    });
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    // Language names are written in their own language, as users look for them that way.
    auto* languageGroup = new QActionGroup(this);
    m_englishAction = m_ui->menuLanguage->addAction(QStringLiteral("English"));
    m_chineseAction = m_ui->menuLanguage->addAction(QStringLiteral("简体中文"));
    for (QAction* action : {m_englishAction, m_chineseAction}) {
        action->setCheckable(true);
        action->setActionGroup(languageGroup);
    }
    m_englishAction->setData(QStringLiteral("en"));
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    (m_language.language() == QStringLiteral("zh_CN") ? m_chineseAction : m_englishAction)
        ->setChecked(true);
    connect(languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language.setLanguage(action->data().toString()); });

    m_guideAction = m_ui->menuHelp->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_ui->menuHelp->addAction(QIcon(QStringLiteral(":/icons/about.svg")), QString(),
                                              this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("statusSchema"));
    for (QLabel* label : {m_userLabel, m_databaseLabel, m_schemaLabel})
        label->setContentsMargins(6, 0, 6, 0);
    m_reminderLabel = new QLabel(this);
    m_reminderLabel->setObjectName(QStringLiteral("statusReminder"));
    m_reminderLabel->setContentsMargins(6, 0, 6, 0);
    m_reminderLabel->setStyleSheet(QStringLiteral("color: #b3261e;")); // red: overdue work
    m_reminder = new FollowUpReminder(m_session.databasePath(), m_session.user(), this);
    connect(m_reminder, &FollowUpReminder::textChanged, m_reminderLabel, &QLabel::setText);
    m_ui->statusBar->addWidget(m_userLabel);
    m_ui->statusBar->addWidget(m_reminderLabel);
    m_ui->statusBar->addPermanentWidget(m_databaseLabel);
    m_ui->statusBar->addPermanentWidget(m_schemaLabel);
}

void MainWindow::retranslateUi()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("%1 — CaseLoop").arg(QFileInfo(m_session.databasePath()).fileName()));
    int widest = 0;
    for (size_t i = 0; i < m_descriptors.size(); ++i) {
        const QString title = ViewRegistry::title(*m_descriptors[i]);
        m_ui->navigation->item(int(i))->setText(title);
        m_viewActions[i]->setText(title);
        widest = std::max(widest, m_ui->navigation->fontMetrics().horizontalAdvance(title));
    }
    m_ui->navigation->setMinimumWidth(widest + m_ui->navigation->iconSize().width() + 48);

    m_openAction->setText(tr("&Open Database…"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About CaseLoop"));

    const UserContext& user = m_session.user();
    m_userLabel->setText(tr("%1 · %2").arg(m_session.displayName(), Session::roleLabel(user.role)));
    m_userLabel->setToolTip(tr("Signed in as %1").arg(user.login));
    m_databaseLabel->setText(QFileInfo(m_session.databasePath()).fileName());
    m_databaseLabel->setToolTip(m_session.databasePath());
    m_schemaLabel->setText(tr("Schema %1").arg(m_session.schemaVersion()));
    m_schemaLabel->setToolTip(tr("Database schema version"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::showView(const QString& name)
{
    if (name.startsWith(QStringLiteral("case:")))
        return openCase(name.mid(5));
    for (size_t i = 0; i < m_descriptors.size(); ++i) {
        if (m_descriptors[i]->name == name) {
            m_ui->navigation->setCurrentRow(int(i));
            onViewChanged(int(i)); // also when the row was already current (case screens)
            return true;
        }
    }
    return false;
}

void MainWindow::onViewChanged(int index)
{
    if (index < 0 || size_t(index) >= m_views.size())
        return;
    m_ui->stack->setCurrentIndex(index);
    m_viewActions[size_t(index)]->setChecked(true);
}

CaseScreenView* MainWindow::caseScreen(const QString& ref) const
{
    for (CaseScreenView* screen : m_cases) {
        if (screen->ref().compare(ref.trimmed(), Qt::CaseInsensitive) == 0)
            return screen;
    }
    return nullptr;
}

bool MainWindow::openCase(const QString& ref)
{
    CaseScreenView* screen = caseScreen(ref);
    if (screen) {
        // Most recently used last.
        std::erase(m_cases, screen);
        m_cases.push_back(screen);
    } else {
        std::optional<qint64> caseId;
        try {
            caseId = CaseLoader::caseIdForRef(m_session.connection(), ref);
        } catch (const Error&) {
            caseId.reset();
        }
        if (!caseId)
            return false;
        QString storedRef = ref.trimmed();
        screen = new CaseScreenView(m_session, *caseId, storedRef, m_ui->stack);
        m_ui->stack->addWidget(screen);
        m_cases.push_back(screen);
        connect(screen, &CaseScreenView::backRequested, this,
                [this] { showView(QStringLiteral("cases")); });
        closeOldCases();
    }
    m_ui->stack->setCurrentWidget(screen);
    // The navigation shows "Cases" without switching the page back to the list.
    for (size_t i = 0; i < m_descriptors.size(); ++i) {
        if (m_descriptors[i]->name == QStringLiteral("cases")) {
            const QSignalBlocker block(m_ui->navigation);
            m_ui->navigation->setCurrentRow(int(i));
            m_viewActions[i]->setChecked(true);
        }
    }
    screen->setFocus();
    return true;
}

void MainWindow::closeOldCases()
{
    while (m_cases.size() > size_t(maxOpenCases)) {
        CaseScreenView* oldest = m_cases.front();
        m_cases.erase(m_cases.begin());
        m_ui->stack->removeWidget(oldest);
        oldest->deleteLater();
    }
}

QString MainWindow::currentViewName() const
{
    const int index = m_ui->stack->currentIndex();
    if (auto* screen = qobject_cast<CaseScreenView*>(m_ui->stack->currentWidget()))
        return QStringLiteral("case:") + screen->ref();
    return index >= 0 && size_t(index) < m_descriptors.size() ? m_descriptors[size_t(index)]->name
                                                              : QString();
}

AppView* MainWindow::currentView() const
{
    return qobject_cast<AppView*>(m_ui->stack->currentWidget());
}

AppView* MainWindow::view(const QString& name) const
{
    for (size_t i = 0; i < m_descriptors.size(); ++i) {
        if (m_descriptors[i]->name == name)
            return m_views[i];
    }
    return nullptr;
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kState).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitter).toByteArray());
    showView(settings.value(kLastView, QStringLiteral("overview")).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kSplitter, m_ui->splitter->saveState());
    settings.setValue(kLastView, currentViewName());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persist)
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_session.databasePath()).absolutePath(),
        tr("CaseLoop databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session.databasePath(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto* dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace caseloop
