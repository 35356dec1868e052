#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    // English is the source language; its file only holds plural forms ("1 team", "2 teams").
    const bool english = code == QStringLiteral("en");
    const bool haveApp =
        m_app.load(QStringLiteral(":/i18n/caseloop_") + code + QStringLiteral(".qm"));
    if (!haveApp && !english) {
        spdlog::warn("language: no translation for {}", code.toStdString());
        return false;
    }
    // Qt's own strings (standard buttons, dialogs); present on Debian with qt6-translations-l10n.
    const bool haveQt = !english && m_qt.load(QStringLiteral("qtbase_") + code,
                                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (haveApp)
        QCoreApplication::installTranslator(&m_app);
    if (haveQt)
        QCoreApplication::installTranslator(&m_qt);
    m_installed = haveApp || haveQt;
    const QLocale system = QLocale::system();
    const QLocale ui(code);
    QLocale::setDefault(system.language() == ui.language() ? system : ui);
    m_language = code;
    if (remember)
        QSettings().setValue(kSettingsKey, code);
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace caseloop
