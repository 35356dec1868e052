#pragma once

#include <functional>
#include <vector>

namespace caseloop {

class Connection;

/// Versioned schema steps. Step N turns version N-1 into N inside one transaction that also
/// records the new version, so a failed step leaves the file at N-1. Never edit a released
/// step: add a new one and a test.
class Migrations final {
public:
    using Step = std::function<void(Connection&)>;

    static int latestVersion();
    /// Brings the database to latestVersion(); a no-op when it is already there.
    static void migrate(Connection& connection);
    /// Migrates only up to @p version (tests use it to build older files).
    static void migrateTo(Connection& connection, int version);

private:
    static const std::vector<Step>& steps();
};

} // namespace caseloop
