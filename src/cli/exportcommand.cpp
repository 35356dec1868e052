// caseloop-cli export: raw records (agents, contacts, responses, complaints, promises,
// payments) as CSV or JSON, one row per record (docs/exports.md).
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "export/rawexport.h"
#include "output.h"
#include "usageerror.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

const QString kFrom = u"from"_s;
const QString kTo = u"to"_s;
const QString kBom = u"bom"_s;
const QString kIncludeText = u"include-text"_s;
const QString kUser = u"user"_s;
const QString kTimeZone = u"time-zone"_s;

/// `export KIND --db F [--from D --to D] --format csv|json [--out FILE] [--bom]
/// [--include-text --user LOGIN] [--time-zone ZONE]`.
class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export raw records (contacts, promises, payments, ...) as CSV or JSON.");
    }
    QString description() const override
    {
        return tr("Writes one row per record of KIND (%1), with the columns of "
                  "docs/exports.md.\nThe period [--from, --to) selects records by their event "
                  "time in the agency's time zone.\nNames and phone numbers never appear; notes "
                  "and comments only with --include-text.")
            .arg(RawExport::kindNames().join(u", "_s));
    }

    void declareOptions(CommandLine& line) override
    {
        line.addPositional(u"KIND"_s,
                           tr("What to export: %1.").arg(RawExport::kindNames().join(u", "_s)));
        line.addOption(QCommandLineOption(
            kFrom, tr("First day of the period, YYYY-MM-DD (inclusive)."), tr("DATE")));
        line.addOption(QCommandLineOption(kTo, tr("Day after the period, YYYY-MM-DD (exclusive)."),
                                          tr("DATE")));
        line.addFormatOption({u"csv"_s, u"json"_s});
        line.addOutputOption();
        line.addOption(QCommandLineOption(
            kBom, tr("Start the CSV with a UTF-8 byte-order mark (for Excel).")));
        line.addOption(QCommandLineOption(
            kIncludeText, tr("Add the notes/comments column (supervisors, compliance, admins).")));
        line.addOption(QCommandLineOption(
            kUser, tr("Login of the user exporting. Default: system."), tr("LOGIN")));
        line.addOption(QCommandLineOption(
            kTimeZone,
            tr("IANA time zone of the period's day boundaries. Default: the agency's zone."),
            tr("ZONE")));
    }

    int run(const CommandLine& line) override
    {
        const QStringList positionals = line.positionals();
        if (positionals.size() != 1)
            throw UsageError(tr("give exactly one KIND to export (%1).")
                                 .arg(RawExport::kindNames().join(u", "_s)));
        const auto kind = RawExport::kindFromName(positionals.first());
        if (!kind)
            throw UsageError(tr("KIND: “%1” is not something to export; use one of: %2.")
                                 .arg(positionals.first(), RawExport::kindNames().join(u", "_s)));
        RawExportRequest request;
        request.kind = *kind;
        if (line.isSet(kFrom))
            request.from = line.date(kFrom, {});
        if (line.isSet(kTo))
            request.to = line.date(kTo, {});
        if (request.from && request.to && *request.to <= *request.from)
            throw UsageError(tr("--to (%1) must be after --from (%2): the period runs up to, "
                                "not including, --to.")
                                 .arg(line.value(kTo), line.value(kFrom)));
        if (line.isSet(kTimeZone)) {
            request.timeZone = QTimeZone(line.value(kTimeZone).toUtf8());
            if (!request.timeZone.isValid())
                throw UsageError(tr("--time-zone: “%1” is not an IANA time zone (e.g. "
                                    "Asia/Shanghai, America/New_York).")
                                     .arg(line.value(kTimeZone)));
        }
        if (line.isSet(kBom) && line.format() != u"csv"_s)
            throw UsageError(tr("--bom applies to --format csv only."));
        if (line.isSet(kUser) && line.value(kUser).trimmed().isEmpty())
            throw UsageError(tr("--user: the login is empty."));
        request.includeText = line.isSet(kIncludeText);

        Output output(line.outputPath()); // checked before the database is opened
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadOnly);
        const UserContext user =
            line.isSet(kUser)
                ? databaseaccess::userContext(*connection, line.value(kUser).trimmed())
                : UserContext::system();
        auto writer = TableWriter::create(
            line.format(), [&output](const QByteArray& bytes) { output.write(bytes); },
            line.isSet(kBom));
        RawExport::run(*connection, user, request, *writer);
        connection.reset();
        output.commit();
        return exitcode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace caseloop::cli
