#include "dispatcher.h"

#include "command.h"
#include "commandline.h"
#include "commandregistry.h"
#include "error.h"
#include "output.h"
#include "usageerror.h"
#include "util/appinfo.h"
#include "util/logging.h"

#include <QDir>

#include <algorithm>
#include <exception>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

const QString kPrefix = u"caseloop-cli: error: "_s;

/// Without --verbose the terminal shows only the CLI's own messages (technical details stay
/// in the log file); core warnings that precede a thrown Error would otherwise repeat them.
void quietTerminalLog(bool verbose)
{
    if (verbose)
        return;
    for (const spdlog::sink_ptr& sink : spdlog::default_logger()->sinks()) {
        if (!std::dynamic_pointer_cast<spdlog::sinks::rotating_file_sink_mt>(sink))
            sink->set_level(spdlog::level::err);
    }
}

} // namespace

QString Dispatcher::generalHelp()
{
    QString text = tr("Usage: caseloop-cli COMMAND [options]") + u"\n\n"_s +
                   tr("Headless tools for CaseLoop databases.") + u"\n\n"_s + tr("Commands:") +
                   u'\n';
    const auto commands = CommandRegistry::all();
    qsizetype width = 0;
    for (const auto& command : commands)
        width = std::max(width, command->name().size());
    for (const auto& command : commands)
        text += u"  "_s + command->name().leftJustified(width + 2) + command->summary() + u'\n';
    text += u'\n' + tr("Options:") + u'\n';
    const QString help = u"-h, --help"_s;
    const QString version = u"--version"_s;
    const qsizetype optionWidth = std::max(help.size(), version.size()) + 2;
    text += u"  "_s + help.leftJustified(optionWidth) + tr("Show this help.") + u'\n';
    text += u"  "_s + version.leftJustified(optionWidth) + tr("Show the version.") + u'\n';
    text +=
        u'\n' + tr("Run 'caseloop-cli COMMAND --help' for the options of a command.") + u'\n' +
        tr("Default database: %1").arg(QDir::toNativeSeparators(appinfo::defaultDatabasePath())) +
        u'\n' + tr("Log files: %1").arg(QDir::toNativeSeparators(appinfo::logDirectory())) + u'\n';
    return text;
}

int Dispatcher::usageError(const QString& message, const QString& hint)
{
    printToStderr(kPrefix + message + u'\n' + hint + u'\n');
    return exitcode::Usage;
}

int Dispatcher::run(const QStringList& arguments)
{
    const QString generalHint = tr("Try 'caseloop-cli --help'.");
    if (arguments.size() < 2)
        return usageError(tr("no command given."), generalHint);

    const QString first = arguments.at(1);
    if (first == u"--help"_s || first == u"-h"_s) {
        printToStdout(generalHelp());
        return exitcode::Success;
    }
    if (first == u"--version"_s) {
        printToStdout(u"caseloop-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return exitcode::Success;
    }

    // "caseloop-cli help [COMMAND]" is the same as "--help".
    QStringList rest = arguments.mid(2);
    QString name = first;
    if (first == u"help"_s) {
        if (rest.isEmpty()) {
            printToStdout(generalHelp());
            return exitcode::Success;
        }
        name = rest.takeFirst();
        rest = QStringList{u"--help"_s};
    }
    if (name.startsWith(u'-'))
        return usageError(tr("unknown option “%1”; the command comes first.").arg(name),
                          generalHint);

    const std::unique_ptr<Command> command = CommandRegistry::find(name);
    if (!command)
        return usageError(tr("unknown command “%1”.").arg(name), generalHint);

    CommandLine line(*command);
    command->declareOptions(line);
    try {
        line.parse(rest);
    } catch (const UsageError& e) {
        return usageError(e.message(), line.helpHint());
    }
    if (line.helpRequested()) {
        printToStdout(line.helpText());
        return exitcode::Success;
    }

    initLogging(QStringLiteral("caseloop-cli"), line.verbose(), true);
    quietTerminalLog(line.verbose());
    spdlog::info("caseloop-cli {} {}: start", QCoreApplication::applicationVersion().toStdString(),
                 name.toStdString());
    try {
        const int code = command->run(line);
        spdlog::info("caseloop-cli {}: exit {}", name.toStdString(), code);
        return code;
    } catch (const UsageError& e) {
        // Values that can only be checked while running (e.g. a combination of options).
        return usageError(e.message(), line.helpHint());
    } catch (const Error& e) {
        // The message is already user-facing and free of personal data (see error.h).
        spdlog::info("caseloop-cli {}: failed (error kind {})", name.toStdString(),
                     static_cast<int>(e.kind()));
        QString text = kPrefix + e.message() + u'\n';
        if (line.verbose() && !e.details().isEmpty())
            text += tr("Details: %1").arg(e.details()) + u'\n';
        printToStderr(text);
        return exitcode::Failure;
    } catch (const std::exception& e) {
        spdlog::info("caseloop-cli {}: unexpected failure", name.toStdString());
        QString text = kPrefix + tr("unexpected failure.") + u'\n';
        if (line.verbose())
            text += tr("Details: %1").arg(QString::fromLocal8Bit(e.what())) + u'\n';
        printToStderr(text);
        return exitcode::Failure;
    }
}

} // namespace caseloop::cli
