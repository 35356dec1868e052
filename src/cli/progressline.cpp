#include "progressline.h"

#include "output.h"
#include "textformat.h"

#include <QMutexLocker>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

constexpr qint64 kRedrawIntervalMs = 100;
// Carriage return, then "erase to end of line" (ANSI, understood by every Linux terminal).
const QString kEraseLine = u"\r\x1b[K"_s;

} // namespace

ProgressLine::ProgressLine()
    : ProgressLine(::isatty(STDERR_FILENO) == 1)
{}

ProgressLine::ProgressLine(bool enabled)
    : m_enabled(enabled)
{
    m_timer.start();
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::update(const QString& phase, qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_timer.elapsed();
    const bool phaseChanged = phase != m_lastPhase;
    if (!phaseChanged && m_lastDrawMs >= 0 && now - m_lastDrawMs < kRedrawIntervalMs)
        return;
    m_lastPhase = phase;
    m_lastDrawMs = now;

    QString line = phase + u' ' + textformat::count(done);
    if (total > 0) {
        const qint64 percent = done >= total ? 100 : done * 100 / total;
        line += u'/' + textformat::count(total) + u" ("_s + QString::number(percent) + u"%)"_s;
    }
    line += u"  "_s + textformat::seconds(static_cast<double>(now) / 1000.0);
    printToStderr(kEraseLine + line);
    m_drawn = true;
}

void ProgressLine::clear()
{
    QMutexLocker lock(&m_mutex);
    if (!m_drawn)
        return;
    printToStderr(kEraseLine);
    m_drawn = false;
}

double ProgressLine::elapsedSeconds() const
{
    return static_cast<double>(m_timer.elapsed()) / 1000.0;
}

} // namespace caseloop::cli
