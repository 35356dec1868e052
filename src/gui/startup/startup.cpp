#include "startup/startup.h"

#include "appview.h"
#include "error.h"
#include "guiresources.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "session/session.h"
#include "startup/demodatabasecreator.h"
#include "util/appinfo.h"
#include "util/logging.h"
#include "viewregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

constexpr auto kLoadTimeout = std::chrono::seconds(120);
const QSize kScreenshotSize(1280, 800);

void printError(const QString& text)
{
    std::fprintf(stderr, "caseloop: %s\n", qUtf8Printable(text));
}

bool hasArgument(int argc, char** argv, const char* name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 ||
            (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    }
    return false;
}

bool envSet(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value;
}

} // namespace

std::optional<int> Startup::preparePlatform(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (envSet("QT_QPA_PLATFORM") || envSet("DISPLAY") || envSet("WAYLAND_DISPLAY"))
        return std::nullopt;
    if (hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--help") ||
        hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version") ||
        hasArgument(argc, argv, "-v")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::nullopt;
    }
    printError(
        tr("no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
           "Start CaseLoop from a desktop session, use caseloop-cli for work without a display, "
           "or render a view to a file with --screenshot OUT.png."));
    return Failure;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return std::nullopt;
#endif
}

Startup::Startup()
    : m_language(std::make_unique<LanguageManager>())
{}

Startup::~Startup()
{
    m_window.reset(); // before the session it shows
    m_session.reset();
}

void Startup::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr("CaseLoop: case management for debt-collection agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         tr("Open the database FILE (default: %1).").arg(appinfo::defaultDatabasePath()),
         tr("FILE")},
        {QStringLiteral("view"),
         tr("Start with the view NAME: %1; or case:REF for the case screen of the case REF.")
             .arg(ViewRegistry::names().join(QStringLiteral(", "))),
         tr("NAME")},
        {QStringLiteral("screenshot"),
         tr("Render the view off-screen once its data is loaded, save it as a PNG and exit."),
         tr("OUT.png")},
        {QStringLiteral("user"), tr("Act as the user LOGIN (default: the first supervisor)."),
         tr("LOGIN")},
        {QStringLiteral("lang"), tr("User-interface language: en or zh_CN."), tr("LANG")},
        {QStringLiteral("verbose"), tr("Write debug messages to the log file.")},
    });
}

std::optional<int> Startup::parseOptions(Options& options)
{
    // First pass only for --lang, so that help and errors appear in the chosen language.
    {
        QCommandLineParser first;
        addOptions(first);
        first.parse(QCoreApplication::arguments());
        const QString lang = first.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && !LanguageManager::available().contains(lang)) {
            printError(tr("unknown language “%1”; use en or zh_CN.").arg(lang));
            return UsageError;
        }
        options.language = lang;
        if (lang.isEmpty())
            m_language->setLanguage(LanguageManager::initialLanguage(), false);
        else
            m_language->setLanguage(lang, false);
    }
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument “%1”; see --help.")
                       .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    options.database = parser.value(QStringLiteral("db"));
    options.view = parser.value(QStringLiteral("view"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.user = parser.value(QStringLiteral("user"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    const bool caseView = options.view.startsWith(QStringLiteral("case:"));
    if (caseView && options.view.mid(5).trimmed().isEmpty()) {
        printError(tr("“--view case:REF” needs a case reference, e.g. case:CL-2026-000001."));
        return UsageError;
    }
    if (!options.view.isEmpty() && !caseView && !ViewRegistry::find(options.view)) {
        printError(tr("unknown view “%1”. Views: %2.")
                       .arg(options.view, ViewRegistry::names().join(QStringLiteral(", "))));
        return UsageError;
    }
    return std::nullopt;
}

int Startup::run()
{
    appinfo::setApplicationNames(QStringLiteral("caseloop"));
    initGuiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/caseloop.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.caseloop.CaseLoop"));

    Options options;
    if (const auto exit = parseOptions(options))
        return *exit;
    initLogging(QStringLiteral("caseloop"), options.verbose, false);
    const bool interactive = options.screenshot.isEmpty();
    m_login = options.user;

    QString path = options.database;
    if (path.isEmpty()) {
        path = appinfo::defaultDatabasePath();
        if (!ensureDefaultDatabase(path, interactive))
            return Failure;
    }
    std::unique_ptr<Session> session = openSession(path, m_login, interactive);
    if (!session)
        return Failure;
    installWindow(std::move(session));
    if (!options.view.isEmpty() && !m_window->showView(options.view)) {
        // Only a case reference can be unknown here (view names were checked above).
        printError(tr("no case with the reference “%1” in %2.")
                       .arg(options.view.mid(5).trimmed(), m_session->databasePath()));
        return UsageError;
    }
    if (!interactive)
        return screenshot(options.screenshot);
    m_window->show();
    return QApplication::exec();
}

bool Startup::ensureDefaultDatabase(const QString& path, bool interactive)
{
    if (QFileInfo::exists(path))
        return true;
    try {
        DemoDatabaseCreator::create(path, DemoDatabaseCreator::firstStartOptions(), interactive);
        return true;
    } catch (const Error& e) {
        showError(tr("CaseLoop could not create the demo database."), e, interactive);
        return false;
    }
}

void Startup::showError(const QString& what, const Error& error, bool interactive) const
{
    spdlog::error("startup: {} (kind {})", what.toStdString(), static_cast<int>(error.kind()));
    if (!interactive) {
        printError(what + QLatin1Char(' ') + error.message());
        if (!error.details().isEmpty())
            std::fprintf(stderr, "  %s\n", qUtf8Printable(error.details()));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("CaseLoop"), what);
    box.setInformativeText(error.message());
    box.setDetailedText(error.details());
    box.exec();
}

std::unique_ptr<Session> Startup::openSession(QString path, const QString& login, bool interactive)
{
    for (;;) {
        try {
            return Session::open(path, login);
        } catch (const Error& e) {
            const QString what = tr("CaseLoop could not open the database.");
            if (!interactive) {
                showError(what, e, false);
                return nullptr;
            }
            spdlog::error("startup: opening the database failed (kind {})",
                          static_cast<int>(e.kind()));
            QMessageBox box(QMessageBox::Warning, tr("CaseLoop"), what);
            box.setInformativeText(e.message());
            box.setDetailedText(e.details());
            QPushButton* another = box.addButton(tr("Open Another File…"), QMessageBox::AcceptRole);
            box.addButton(tr("Quit"), QMessageBox::RejectRole);
            box.setDefaultButton(another);
            box.exec();
            if (box.clickedButton() != another)
                return nullptr;
            path = QFileDialog::getOpenFileName(
                nullptr, tr("Open Database"), QFileInfo(path).absolutePath(),
                tr("CaseLoop databases (*.db *.sqlite);;All files (*)"));
            if (path.isEmpty())
                return nullptr;
        }
    }
}

void Startup::installWindow(std::unique_ptr<Session> session)
{
    auto window = std::make_unique<MainWindow>(*session, *m_language);
    QObject::connect(
        window.get(), &MainWindow::openDatabaseRequested, window.get(),
        [this](const QString& path) { reopen(path); }, Qt::QueuedConnection);
    std::unique_ptr<MainWindow> old = std::move(m_window);
    std::unique_ptr<Session> oldSession = std::move(m_session);
    m_session = std::move(session);
    m_window = std::move(window);
    m_window->restoreSettings();
    if (old) {
        m_window->show(); // before closing the old one, or the application would quit
        old->close();
    }
    old.reset();
    oldSession.reset();
}

void Startup::reopen(const QString& path)
{
    try {
        installWindow(Session::open(path, m_login));
    } catch (const Error& e) {
        QMessageBox box(QMessageBox::Warning, tr("CaseLoop"),
                        tr("CaseLoop could not open the database."), QMessageBox::Ok,
                        m_window.get());
        box.setInformativeText(e.message());
        box.setDetailedText(e.details());
        box.exec();
    }
}

int Startup::screenshot(const QString& out)
{
    m_window->setPersistSettings(false);
    m_window->resize(kScreenshotSize);
    m_window->show();
    AppView* view = m_window->currentView();
    if (view && !view->isLoaded()) {
        QEventLoop loop;
        QObject::connect(view, &AppView::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(kLoadTimeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!view || !view->isLoaded()) {
        printError(tr("the view “%1” did not finish loading in time; no screenshot written.")
                       .arg(m_window->currentViewName()));
        return Failure;
    }
    // Let the layouts settle (word-wrapped labels need more than one pass) after the data arrived.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(out, "PNG")) {
        printError(tr("cannot write the screenshot to “%1”.").arg(out));
        return Failure;
    }
    return Ok;
}

} // namespace caseloop
