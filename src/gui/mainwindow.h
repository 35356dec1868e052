#pragma once

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace caseloop {

class AppView;
class LanguageManager;
class Session;
struct ViewDescriptor;

/// The frame: navigation column, one page per registered view, menus and status bar.
/// Views do their own work; the frame only switches between them and remembers the layout.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Session& session, LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the view with this name (see ViewRegistry); false for an unknown name.
    bool showView(const QString& name);
    QString currentViewName() const;
    AppView* currentView() const;
    AppView* view(const QString& name) const;

    /// Restores geometry, window state, splitter and last view from QSettings.
    void restoreSettings();
    /// Whether closing the window saves its layout (off for screenshots).
    void setPersistSettings(bool persist) { m_persist = persist; }

Q_SIGNALS:
    /// File → Open database… chose a file; the owner replaces the session and the window.
    void openDatabaseRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createViews();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void saveSettings() const;
    void chooseDatabase();
    void showAbout();
    void showUserGuide();
    void onViewChanged(int index);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session& m_session;
    LanguageManager& m_language;
    std::vector<const ViewDescriptor*> m_descriptors;
    std::vector<AppView*> m_views;
    std::vector<QAction*> m_viewActions;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    bool m_persist = true;
};

} // namespace caseloop
