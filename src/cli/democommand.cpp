// caseloop-cli demo: fill an empty database with deterministic demo data.
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "demo/demogenerator.h"
#include "interruptcleanup.h"
#include "output.h"
#include "progressline.h"
#include "textformat.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

constexpr qint64 kMaxAgents = 10000;
constexpr qint64 kMaxCases = 10000000;
constexpr qint64 kMaxMonths = 60;
constexpr quint64 kMaxSeed = quint64{1} << 63;

/// `demo --db FILE --agents N --cases N --seed S [--months M] [--until YYYY-MM-DD]`: creates
/// the database when missing and runs DemoGenerator with a progress line on a terminal. A
/// database that already holds data is refused unchanged; a file created by a failed run is
/// removed again.
class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Fill an empty database with deterministic demo data.");
    }
    QString description() const override
    {
        return tr("Creates the database if it is missing and fills it with realistic demo data: "
                  "agents, clients,\ndebtors, cases, contacts, promises, payments, survey "
                  "responses and complaints over the\nlast months. The same options give the "
                  "same content. A database that already holds data\nis refused unchanged.");
    }

    void declareOptions(CommandLine& line) override
    {
        const DemoOptions defaults;
        line.addOption(QCommandLineOption(u"agents"_s,
                                          tr("Number of agents, 1 to %1.").arg(kMaxAgents), tr("N"),
                                          QString::number(defaults.agents)));
        line.addOption(QCommandLineOption(u"cases"_s,
                                          tr("Number of cases, 0 to %1.").arg(kMaxCases), tr("N"),
                                          QString::number(defaults.cases)));
        line.addOption(QCommandLineOption(u"seed"_s, tr("Random seed, 0 to %1.").arg(kMaxSeed),
                                          tr("S"), QString::number(defaults.seed)));
        line.addOption(QCommandLineOption(u"months"_s,
                                          tr("Months of history, 1 to %1.").arg(kMaxMonths),
                                          tr("M"), QString::number(defaults.months)));
        line.addOption(QCommandLineOption(
            u"until"_s, tr("Last day of the history. Default: today."), tr("YYYY-MM-DD")));
    }

    int run(const CommandLine& line) override
    {
        DemoOptions options;
        options.agents = static_cast<int>(line.integer(u"agents"_s, 1, kMaxAgents));
        options.cases = static_cast<int>(line.integer(u"cases"_s, 0, kMaxCases));
        options.seed = line.unsignedInteger(u"seed"_s, 0, kMaxSeed);
        options.months = static_cast<int>(line.integer(u"months"_s, 1, kMaxMonths));
        options.until = line.date(u"until"_s, QDate::currentDate());

        const QString path = line.databasePath();
        const bool existed = QFileInfo::exists(path);
        // Ctrl-C during a long run must not leave a half-made new database behind.
        const InterruptCleanup cleanup(existed ? QString() : path);
        auto connection = databaseaccess::open(line, OpenOptions::Mode::Create);

        ProgressLine progress;
        DemoResult result;
        try {
            result = DemoGenerator::generate(
                *connection, UserContext::system(), options,
                [&progress](const DemoProgress& p) { progress.update(p.phase, p.done, p.total); });
        } catch (...) {
            progress.clear();
            connection.reset();
            if (!existed)
                databaseaccess::removeFiles(path); // leave no half-made database behind
            throw;
        }
        progress.clear();
        connection.reset();

        printToStdout(tr("Wrote %1 rows (%2 cases, %3 contacts) to %4 in %5.")
                          .arg(textformat::count(result.rows), textformat::count(result.cases),
                               textformat::count(result.contacts), QDir::toNativeSeparators(path),
                               textformat::seconds(result.seconds)) +
                      u'\n');
        return exitcode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace caseloop::cli
