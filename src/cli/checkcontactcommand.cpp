// caseloop-cli check-contact: the contact gate for a self-contained scenario file or a stored
// case, printed as JSON.
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "domain/enums.h"
#include "error.h"
#include "output.h"
#include "rules/scenariorunner.h"
#include "services/contactcheckservice.h"
#include "usageerror.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

/// Exit code with --exit-code when the contact is blocked (as `log-contact` uses).
constexpr int kBlocked = 3;
const QString kScenario = u"scenario"_s;
const QString kCase = u"case"_s;
const QString kChannel = u"channel"_s;
const QString kAt = u"at"_s;
const QString kUser = u"user"_s;
const QString kExitCode = u"exit-code"_s;
const QString kErrorPrefix = u"caseloop-cli: error: "_s;

/// 1-based line and column (in characters) of the byte at 1-based position @p byte.
std::pair<int, int> lineColumn(const QByteArray& text, std::size_t byte)
{
    const qsizetype end = std::clamp<qsizetype>(static_cast<qsizetype>(byte) - 1, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < end; ++i) {
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) // not a continuation byte
            ++column;
    }
    return {line, column};
}

/// nlohmann's explanation without its "[json.exception…] parse error at line L, column C: "
/// prefix (the position is reported separately).
QString parseErrorText(const nlohmann::json::parse_error& e)
{
    QString text = QString::fromUtf8(e.what());
    const qsizetype column = text.indexOf(u"column "_s);
    const qsizetype colon = column < 0 ? -1 : text.indexOf(u": "_s, column);
    if (colon >= 0)
        return text.mid(colon + 2);
    const qsizetype bracket = text.indexOf(u"] "_s);
    return bracket >= 0 ? text.mid(bracket + 2) : text;
}

/// `check-contact --scenario FILE.json` (no database) or `check-contact --db FILE --case REF
/// --channel C [--at T] [--user LOGIN]` (a stored case; blocked decisions are audited).
/// Prints the gate's answer as JSON; --exit-code makes a blocked contact exit with 3.
class CheckContactCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckContactCommand)

public:
    QString name() const override { return QStringLiteral("check-contact"); }
    QString summary() const override
    {
        return tr("Ask the contact rules whether a contact is allowed, and why not.");
    }
    QString description() const override
    {
        return tr("Evaluates the contact gate and prints its answer as JSON (allowed, blocked_by, "
                  "reasons,\nnext_allowed_at, zones, ...).\n"
                  "  --scenario FILE   a self-contained scenario file (no database is used).\n"
                  "  --case REF        a stored case of the database given with --db; blocked "
                  "and warned\n                    decisions are written to its audit log.");
    }

    void declareOptions(CommandLine& line) override
    {
        line.addOption(QCommandLineOption(
            kScenario, tr("Scenario JSON file to evaluate without a database."), tr("FILE")));
        line.addOption(
            QCommandLineOption(kCase, tr("Reference of the stored case to check."), tr("REF")));
        line.addOption(QCommandLineOption(
            kChannel, tr("Channel: %1.").arg(allCodes<Channel>().join(u", "_s)), tr("CHANNEL")));
        line.addOption(QCommandLineOption(
            kAt, tr("Instant of the contact, ISO 8601 with Z or an offset. Default: now."),
            tr("TIME")));
        line.addOption(QCommandLineOption(
            kUser, tr("Login of the user asking (for the audit log). Default: system."),
            tr("LOGIN")));
        line.addOption(
            QCommandLineOption(kExitCode, tr("Exit with code 3 when the contact is blocked.")));
        line.addOutputOption();
    }

    int run(const CommandLine& line) override
    {
        if (line.isSet(kScenario)) {
            for (const QString& other : {kCase, kChannel, kAt, kUser}) {
                if (line.isSet(other))
                    throw UsageError(
                        tr("--%1 cannot be combined with --scenario (the scenario file holds "
                           "everything).")
                            .arg(other));
            }
            if (line.databasePathGiven())
                throw UsageError(tr("--db cannot be combined with --scenario (a scenario needs "
                                    "no database)."));
            if (line.value(kScenario).trimmed().isEmpty())
                throw UsageError(tr("--scenario: the file name is empty."));
            return runScenario(line);
        }
        if (!line.isSet(kCase))
            throw UsageError(tr("give either --scenario FILE or --case REF."));
        return runCase(line);
    }

private:
    static int finish(const CommandLine& line, Output& output, const nlohmann::json& result)
    {
        output.write(QByteArray::fromStdString(result.dump(2)) + '\n');
        output.commit();
        const bool allowed = result.at("allowed").get<bool>();
        return !allowed && line.isSet(kExitCode) ? kBlocked : exitcode::Success;
    }

    /// A problem with the scenario's content: printed without the help hint, exit code 2.
    static int malformed(const QString& message)
    {
        printToStderr(kErrorPrefix + message + u'\n');
        return exitcode::Usage;
    }

    static int runScenario(const CommandLine& line)
    {
        const QString path = line.value(kScenario);
        const QString shown = QDir::toNativeSeparators(path);
        Output output(line.outputPath());
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(Error::Kind::NotFound,
                        tr("The scenario file “%1” does not exist.").arg(shown));
        if (info.isDir())
            throw Error(Error::Kind::Io,
                        tr("“%1” is a folder; give a scenario JSON file.").arg(shown));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(
                Error::Kind::Io,
                tr("The scenario file “%1” cannot be read: %2").arg(shown, file.errorString()));
        const QByteArray bytes = file.readAll();
        file.close();

        nlohmann::json scenario;
        try {
            scenario = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
        } catch (const nlohmann::json::parse_error& e) {
            const auto [l, c] = lineColumn(bytes, e.byte);
            return malformed(
                tr("%1:%2:%3: invalid JSON: %4").arg(shown).arg(l).arg(c).arg(parseErrorText(e)));
        }

        nlohmann::json result;
        try {
            result = ScenarioRunner::evaluateScenario(scenario, info.absolutePath());
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::InvalidInput)
                throw;
            return malformed(shown + u": "_s + e.message());
        }
        return finish(line, output, result);
    }

    static int runCase(const CommandLine& line)
    {
        const QString ref = line.value(kCase).trimmed();
        if (ref.isEmpty())
            throw UsageError(tr("--case: the reference is empty."));
        if (!line.isSet(kChannel))
            throw UsageError(tr("--channel is required with --case (one of: %1).")
                                 .arg(allCodes<Channel>().join(u", "_s)));
        const auto channel = fromCode<Channel>(line.value(kChannel));
        if (!channel)
            throw UsageError(tr("--channel: “%1” is not a channel; use one of: %2.")
                                 .arg(line.value(kChannel), allCodes<Channel>().join(u", "_s)));
        QDateTime at = QDateTime::currentDateTimeUtc();
        if (line.isSet(kAt)) {
            at = ScenarioRunner::parseInstant(line.value(kAt));
            if (!at.isValid())
                throw UsageError(tr("--at: “%1” is not an ISO 8601 time with Z or an offset "
                                    "(e.g. 2026-03-08T13:30:00Z).")
                                     .arg(line.value(kAt)));
        }
        if (line.isSet(kUser) && line.value(kUser).trimmed().isEmpty())
            throw UsageError(tr("--user: the login is empty."));

        Output output(line.outputPath()); // checked before the database is opened
        // Blocked decisions are audited, so the database is opened for writing.
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadWrite);

        const UserContext user =
            line.isSet(kUser)
                ? databaseaccess::userContext(*connection, line.value(kUser).trimmed())
                : UserContext::system();

        std::optional<qint64> auditId;
        const GateDecision decision =
            ContactCheckService::check(*connection, user, ref, *channel, at, {}, &auditId);
        connection.reset();

        nlohmann::json result = ScenarioRunner::toJson(decision);
        result["case"] = ref.toStdString();
        result["audit_entry_id"] = auditId ? nlohmann::json(*auditId) : nlohmann::json();
        return finish(line, output, result);
    }
};

} // namespace

std::unique_ptr<Command> makeCheckContactCommand()
{
    return std::make_unique<CheckContactCommand>();
}

} // namespace caseloop::cli
