#include "interruptcleanup.h"

#include <QFile>

#include <array>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace caseloop::cli {

namespace {

// Prepared before the handler can run: it may only call async-signal-safe functions.
constexpr std::size_t kMaxPath = 4096;
constexpr std::array<const char*, 4> kSuffixes{"", "-wal", "-shm", "-journal"};
std::array<std::array<char, kMaxPath + 16>, kSuffixes.size()> s_paths{};
volatile std::sig_atomic_t s_pathCount = 0;
struct sigaction s_previousInt {};
struct sigaction s_previousTerm {};

extern "C" void onInterrupt(int signal)
{
    if (::isatty(STDERR_FILENO) == 1) {
        static const char erase[] = "\r\x1b[K";
        [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, erase, sizeof erase - 1);
    }
    for (std::sig_atomic_t i = 0; i < s_pathCount; ++i)
        ::unlink(s_paths[static_cast<std::size_t>(i)].data());
    // End with the signal's own status, as the shell expects.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

InterruptCleanup::InterruptCleanup(const QString& createdPath)
{
    s_pathCount = 0;
    const QByteArray base = QFile::encodeName(createdPath);
    if (!base.isEmpty() && static_cast<std::size_t>(base.size()) < kMaxPath) {
        for (std::size_t i = 0; i < kSuffixes.size(); ++i) {
            const QByteArray path = base + kSuffixes[i];
            std::memcpy(s_paths[i].data(), path.constData(), static_cast<std::size_t>(path.size()));
            s_paths[i][static_cast<std::size_t>(path.size())] = '\0';
        }
        s_pathCount = static_cast<std::sig_atomic_t>(kSuffixes.size());
    }
    struct sigaction action {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &s_previousInt);
    ::sigaction(SIGTERM, &action, &s_previousTerm);
}

InterruptCleanup::~InterruptCleanup()
{
    ::sigaction(SIGINT, &s_previousInt, nullptr);
    ::sigaction(SIGTERM, &s_previousTerm, nullptr);
    s_pathCount = 0;
}

} // namespace caseloop::cli
