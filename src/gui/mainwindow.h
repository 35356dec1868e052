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
class CaseScreenView;
class LanguageManager;
class FollowUpReminder;
class Session;
struct ViewDescriptor;

/// The frame: navigation column, one page per registered view, menus and status bar.
/// Views do their own work; the frame only switches between them and remembers the layout.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Session& session, LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the view with this name (see ViewRegistry) or the case screen `case:REF`; false
    /// for an unknown name or case reference.
    bool showView(const QString& name);
    /// Opens (or brings back) the case screen of the case with reference @p ref; false when
    /// there is no such case. The last few opened cases are kept.
    bool openCase(const QString& ref);
    /// The case screen of @p ref when it is open, else nullptr.
    CaseScreenView* caseScreen(const QString& ref) const;
    /// How many case screens stay open (the oldest is closed beyond that).
    static constexpr int maxOpenCases = 5;
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
    void closeOldCases();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session& m_session;
    LanguageManager& m_language;
    std::vector<const ViewDescriptor*> m_descriptors;
    std::vector<AppView*> m_views;
    std::vector<QAction*> m_viewActions;
    std::vector<CaseScreenView*> m_cases; ///< open case screens, most recent last
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
    QLabel* m_reminderLabel = nullptr;
    FollowUpReminder* m_reminder = nullptr;
    bool m_persist = true;
};

} // namespace caseloop
