#include "followups/followupreminder.h"

#include "followups/followuploader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QTimer>

namespace caseloop {

FollowUpReminder::FollowUpReminder(QString databasePath, UserContext user, QObject* parent)
    : QObject(parent)
    , m_loader(new FollowUpLoader(std::move(databasePath), std::move(user), this))
    , m_timer(new QTimer(this))
{
    connect(m_loader, &FollowUpLoader::finished, this, &FollowUpReminder::apply);
    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FollowUpReminder::refresh);
    m_timer->start();
    // The text follows a change of the interface language (sent to the application object).
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    refresh();
}

bool FollowUpReminder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        m_loaded) {
        const QString text = textFor(m_counts);
        if (text != m_text) {
            m_text = text;
            Q_EMIT textChanged(m_text);
        }
    }
    return QObject::eventFilter(watched, event);
}

FollowUpReminder::~FollowUpReminder() = default;

void FollowUpReminder::setFixedNow(const QDateTime& now)
{
    m_fixedNow = now;
    refresh();
}

void FollowUpReminder::refresh()
{
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    m_loader->load(now, QTimeZone::systemTimeZone(), false);
}

QString FollowUpReminder::textFor(const FollowUpCounts& counts)
{
    const QLocale locale;
    QStringList parts;
    if (counts.overdue > 0) {
        parts << (counts.overdue == 1
                      ? tr("1 follow-up overdue")
                      : tr("%1 follow-ups overdue").arg(locale.toString(counts.overdue)));
    }
    if (counts.today > 0) {
        if (parts.isEmpty()) {
            parts << (counts.today == 1
                          ? tr("1 follow-up due today")
                          : tr("%1 follow-ups due today").arg(locale.toString(counts.today)));
        } else {
            parts << tr("%1 due today").arg(locale.toString(counts.today));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void FollowUpReminder::apply(const FollowUpLoadResult& result)
{
    m_loaded = true;
    if (result.error.isEmpty()) {
        m_counts = result.counts;
        const QString text = textFor(m_counts);
        if (text != m_text) {
            m_text = text;
            Q_EMIT textChanged(m_text);
        }
    }
    Q_EMIT updated();
}

} // namespace caseloop
