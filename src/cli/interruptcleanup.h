#pragma once

#include <QString>

namespace caseloop::cli {

/// While alive, an interrupt (Ctrl-C, SIGINT) or SIGTERM removes the database file a command
/// has just created, with its journal companions, before the program ends with the signal's
/// usual status; it also erases a progress line. For commands that create a file and fill it
/// for a long time (demo, later import), so an interrupted run leaves nothing half-made. One
/// instance at a time; the previous signal handlers are restored on destruction.
class InterruptCleanup final {
public:
    /// @p createdPath: the file to remove on interrupt; empty to only erase the progress line.
    explicit InterruptCleanup(const QString& createdPath);
    ~InterruptCleanup();
    InterruptCleanup(const InterruptCleanup&) = delete;
    InterruptCleanup& operator=(const InterruptCleanup&) = delete;
};

} // namespace caseloop::cli
