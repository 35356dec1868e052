#pragma once

#include "command.h"

#include <QString>

#include <memory>
#include <vector>

namespace caseloop::cli {

/// The list of caseloop-cli commands, in the order "caseloop-cli --help" shows them.
class CommandRegistry final {
public:
    /// One fresh instance of every command.
    static std::vector<std::unique_ptr<Command>> all();
    /// The command called @p name, or nullptr.
    static std::unique_ptr<Command> find(const QString& name);
};

} // namespace caseloop::cli
