// caseloop-cli info: schema version, dialect and row counts of a database, read-only.
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "output.h"
#include "services/databaseinfo.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

/// `info --db FILE [--format text|json] [--out FILE]`: opens the file read-only (nothing is
/// written, a read-only file works) and reports DatabaseInfo::summarize().
class InfoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return tr("Show the schema version and the row count of each table.");
    }
    QString description() const override
    {
        return tr("Opens the database read-only and prints its path, SQL dialect, schema "
                  "version and the number\nof rows in each table, as an aligned table (text) "
                  "or as JSON.");
    }

    void declareOptions(CommandLine& line) override
    {
        line.addFormatOption({u"text"_s, u"json"_s});
        line.addOutputOption();
    }

    int run(const CommandLine& line) override
    {
        Output output(line.outputPath()); // checked before the database is opened
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadOnly);
        const DatabaseSummary summary = DatabaseInfo::summarize(*connection, UserContext::system());
        connection.reset();

        if (line.format() == u"json"_s)
            output.write(toJson(summary));
        else
            output.write(toText(summary));
        output.commit();
        return exitcode::Success;
    }

private:
    static QByteArray toJson(const DatabaseSummary& s)
    {
        nlohmann::ordered_json tables = nlohmann::ordered_json::object();
        for (const auto& [table, rows] : s.rowCounts)
            tables[table.toStdString()] = rows;
        nlohmann::ordered_json json;
        json["path"] = s.path.toStdString();
        json["dialect"] = s.dialect.toStdString();
        json["schema_version"] = s.schemaVersion;
        json["latest_schema_version"] = s.latestSchemaVersion;
        json["tables"] = std::move(tables);
        return QByteArray::fromStdString(json.dump(2)) + '\n';
    }

    static QString toText(const DatabaseSummary& s)
    {
        const QStringList labels{tr("Database"), tr("Dialect"), tr("Schema version")};
        qsizetype labelWidth = 0;
        for (const QString& label : labels)
            labelWidth = std::max(labelWidth, label.size());
        labelWidth += 2;
        QString text =
            labels.at(0).leftJustified(labelWidth) + QDir::toNativeSeparators(s.path) + u'\n' +
            labels.at(1).leftJustified(labelWidth) + s.dialect + u'\n' +
            labels.at(2).leftJustified(labelWidth) +
            tr("%1 (latest supported: %2)").arg(s.schemaVersion).arg(s.latestSchemaVersion) +
            u"\n\n"_s;

        const QString tableHeader = tr("Table");
        const QString rowsHeader = tr("Rows");
        const QString totalLabel = tr("Total");
        qint64 total = 0;
        qsizetype nameWidth = std::max(tableHeader.size(), totalLabel.size());
        qsizetype numberWidth = rowsHeader.size();
        for (const auto& [table, rows] : s.rowCounts) {
            total += rows;
            nameWidth = std::max(nameWidth, table.size());
        }
        numberWidth = std::max(numberWidth, QString::number(total).size());
        nameWidth += 2;

        text +=
            tableHeader.leftJustified(nameWidth) + rowsHeader.rightJustified(numberWidth) + u'\n';
        for (const auto& [table, rows] : s.rowCounts)
            text += table.leftJustified(nameWidth) +
                    QString::number(rows).rightJustified(numberWidth) + u'\n';
        text += totalLabel.leftJustified(nameWidth) +
                QString::number(total).rightJustified(numberWidth) + u'\n';
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace caseloop::cli
