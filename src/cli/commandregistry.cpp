#include "commandregistry.h"

#include <array>

// The commands, in help order. To add one, write src/cli/<name>command.cpp defining
// `std::unique_ptr<caseloop::cli::Command> caseloop::cli::make<Name>Command()` and add one
// X(<Name>) line below.
#define CASELOOP_CLI_COMMANDS(X)                                                                   \
    X(Init)                                                                                        \
    X(Info)                                                                                        \
    X(Demo)                                                                                        \
    X(CheckContact)                                                                                \
    X(LogContact)                                                                                  \
    X(RecordPayment)                                                                               \
    X(Export)

namespace caseloop::cli {

#define CASELOOP_CLI_DECLARE(Name) std::unique_ptr<Command> make##Name##Command();
CASELOOP_CLI_COMMANDS(CASELOOP_CLI_DECLARE)
#undef CASELOOP_CLI_DECLARE

namespace {

#define CASELOOP_CLI_ENTRY(Name) &make##Name##Command,
constexpr std::array factories{CASELOOP_CLI_COMMANDS(CASELOOP_CLI_ENTRY)};
#undef CASELOOP_CLI_ENTRY

} // namespace

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.reserve(factories.size());
    for (CommandFactory make : factories)
        commands.push_back(make());
    return commands;
}

std::unique_ptr<Command> CommandRegistry::find(const QString& name)
{
    for (CommandFactory make : factories) {
        auto command = make();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

} // namespace caseloop::cli
