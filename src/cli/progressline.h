#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

namespace caseloop::cli {

/// A single, updating status line on standard error for long commands
/// ("contacts 2,345,000/5,000,000 (47%)  12.3 s"). Drawn only when standard error is a
/// terminal, at most ten times a second, and erased by clear(), so redirected output carries
/// no progress noise. Thread-safe.
class ProgressLine final {
public:
    /// Enabled when standard error is a terminal.
    ProgressLine();
    explicit ProgressLine(bool enabled);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void update(const QString& phase, qint64 done, qint64 total);
    /// Erases the line (no-op when nothing was drawn).
    void clear();
    double elapsedSeconds() const;
    bool enabled() const { return m_enabled; }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
    QMutex m_mutex;
    QString m_lastPhase;
    qint64 m_lastDrawMs = -1;
    bool m_drawn = false;
};

} // namespace caseloop::cli
