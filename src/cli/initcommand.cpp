// caseloop-cli init: create a database or bring an existing one to the current schema.
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "db/migrations.h"
#include "error.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace caseloop::cli {

namespace {

/// `init --db FILE`: creates the file (its folder must exist) or migrates an existing
/// CaseLoop database; an up-to-date file is only checked, never rewritten.
class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return tr("Create a database, or upgrade one to the current schema.");
    }
    QString description() const override
    {
        return tr("Creates a new, empty CaseLoop database (the folder must exist), or upgrades "
                  "an existing one\nto the current schema version. A file that is up to date "
                  "is left unchanged.");
    }

    void declareOptions(CommandLine& /*line*/) override {}

    int run(const CommandLine& line) override
    {
        const QString path = line.databasePath();
        const QString shown = QDir::toNativeSeparators(path);
        const QFileInfo info(path);
        // SQLite treats an empty file as an empty database: initialising it is a creation.
        if (!info.exists() || (info.isFile() && info.size() == 0)) {
            auto connection = databaseaccess::open(line, OpenOptions::Mode::Create);
            printToStdout(
                tr("Created %1 (schema version %2)").arg(shown).arg(connection->schemaVersion()) +
                u'\n');
            return exitcode::Success;
        }

        // A read-only look first tells "already current" from "needs an upgrade" without
        // writing anything; both paths then insist on a writable file.
        bool upToDate = false;
        try {
            databaseaccess::open(line, OpenOptions::Mode::ReadOnly).reset();
            upToDate = true;
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::ReadOnly)
                throw; // missing, foreign, damaged or newer: report as is
        }
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadWrite);
        const int version = connection->schemaVersion();
        if (upToDate) {
            printToStdout(tr("%1 is at schema version %2 (up to date)").arg(shown).arg(version) +
                          u'\n');
        } else {
            printToStdout(tr("Upgraded %1 to schema version %2").arg(shown).arg(version) + u'\n');
        }
        return exitcode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace caseloop::cli
