#pragma once

#include "services/followupquery.h"
#include "usercontext.h"

#include <QObject>
#include <QString>

class QTimer;

namespace caseloop {

class FollowUpLoader;
struct FollowUpLoadResult;

/// The status-bar reminder of a user's follow-ups ("3 follow-ups overdue · 5 due today"):
/// counts them off the GUI thread now and every minute, and says when the text changes.
class FollowUpReminder final : public QObject {
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 60'000;

    FollowUpReminder(QString databasePath, UserContext user, QObject* parent = nullptr);
    ~FollowUpReminder() override;

    /// The reminder text; empty when nothing is overdue or due today (or not counted yet).
    QString text() const { return m_text; }
    FollowUpCounts counts() const { return m_counts; }
    bool isLoaded() const { return m_loaded; }
    /// Counts again now (also done every minute and on refresh of the follow-ups view).
    void refresh();
    /// Counts for a fixed time instead of the clock (tests, screenshots); invalid = the clock.
    void setFixedNow(const QDateTime& now);

    /// The text for @p counts ("" when nothing is overdue or due today).
    static QString textFor(const FollowUpCounts& counts);

Q_SIGNALS:
    /// The reminder text changed (possibly to empty).
    void textChanged(const QString& text);
    /// A count finished (whether or not the text changed).
    void updated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const FollowUpLoadResult& result);

    FollowUpLoader* m_loader = nullptr;
    QTimer* m_timer = nullptr;
    QDateTime m_fixedNow;
    QString m_text;
    FollowUpCounts m_counts;
    bool m_loaded = false;
};

} // namespace caseloop
