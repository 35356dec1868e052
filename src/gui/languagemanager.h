#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace caseloop {

/// Switches the user-interface language at run time: installs CaseLoop's and Qt's own
/// translators (Qt then sends LanguageChange to every widget), sets the default QLocale for
/// numbers and dates, and remembers the choice in QSettings ("ui/language").
class LanguageManager final : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// Language codes CaseLoop ships: "en" and "zh_CN".
    static QStringList available();
    /// The language to start with: the saved choice, else the system's if shipped, else "en".
    static QString initialLanguage();

    /// Installs @p code (one of available()); with @p remember also saves it. False for an
    /// unknown code or a missing translation file (the language then stays as it was).
    bool setLanguage(const QString& code, bool remember = true);
    const QString& language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
    bool m_installed = false;
};

} // namespace caseloop
