#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace caseloop {

class Error;
class LanguageManager;
class MainWindow;
class Session;

/// Starts the desktop application: command line, language, first-start demo database,
/// opening the database (with an error dialog that offers another file), the main window,
/// and the off-screen --screenshot mode. main() only creates the QApplication and calls run().
class Startup final {
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    /// Exit codes of the `caseloop` executable.
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    /// Call before the QApplication exists. Chooses the offscreen platform for --screenshot,
    /// --help and --version when there is no display, and returns an exit code (after a clear
    /// message on stderr) when a window is needed but there is no display to show it on.
    static std::optional<int> preparePlatform(int argc, char** argv);

    Startup();
    ~Startup();
    Startup(const Startup&) = delete;
    Startup& operator=(const Startup&) = delete;

    /// Parses QCoreApplication::arguments() and runs; returns the process exit code.
    int run();

private:
    struct Options {
        QString database;
        QString view;
        QString screenshot;
        QString user;
        QString language;
        bool verbose = false;
    };

    static void addOptions(QCommandLineParser& parser);
    std::optional<int> parseOptions(Options& options);
    /// Opens @p path for @p login; in interactive mode asks for another file after an error.
    std::unique_ptr<Session> openSession(QString path, const QString& login, bool interactive);
    /// Creates the default database with demo data when it does not exist yet.
    bool ensureDefaultDatabase(const QString& path, bool interactive);
    void showError(const QString& what, const Error& error, bool interactive) const;
    void installWindow(std::unique_ptr<Session> session);
    void reopen(const QString& path);
    int screenshot(const QString& out);

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_login;
};

} // namespace caseloop
