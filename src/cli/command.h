#pragma once

#include <QString>

#include <memory>

namespace caseloop::cli {

class CommandLine;

/// Exit codes of caseloop-cli (documented in docs/cli.md).
namespace exitcode {
constexpr int Success = 0;
constexpr int Failure = 1; ///< the command ran and failed (caseloop::Error)
constexpr int Usage = 2;   ///< the command line was wrong; nothing was done
} // namespace exitcode

/// One caseloop-cli command: declares its options on a CommandLine, then runs with the parsed
/// values. Throws caseloop::Error for runtime failures (exit 1) and UsageError for bad values
/// (exit 2). Implementations live in one file each and are listed in commandregistry.cpp.
class Command {
public:
    virtual ~Command() = default;

    /// The word typed after "caseloop-cli" (never translated).
    virtual QString name() const = 0;
    /// One line for "caseloop-cli --help" (translated).
    virtual QString summary() const = 0;
    /// Text at the top of "caseloop-cli COMMAND --help"; the summary unless overridden.
    virtual QString description() const { return summary(); }
    /// Adds the command's own options. --db, --verbose and --help are always present.
    virtual void declareOptions(CommandLine& line) = 0;
    /// Runs the command and returns its exit code.
    virtual int run(const CommandLine& line) = 0;
};

using CommandFactory = std::unique_ptr<Command> (*)();

} // namespace caseloop::cli
