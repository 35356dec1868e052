#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace caseloop::cli {

class Command;

/// The command line of one command: the shared options (--db, --verbose, --help and, where a
/// command declares them, --out and --format) plus the command's own, parsed with
/// QCommandLineParser and read back through strict accessors that throw UsageError naming the
/// offending argument.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandLine(const Command& command);

    /// Adds an option of the command; a default value is shown in the help.
    void addOption(const QCommandLineOption& option);
    /// Declares --out FILE (default: standard output).
    void addOutputOption();
    /// Declares --format with the allowed values; the first one is the default.
    void addFormatOption(const QStringList& formats);
    /// Declares a required positional argument (shown as NAME in the usage line).
    void addPositional(const QString& name, const QString& description);

    /// Parses the arguments after the command name. Throws UsageError.
    void parse(const QStringList& arguments);

    bool helpRequested() const;
    /// "Usage: caseloop-cli NAME [options]", the description and the aligned option list.
    QString helpText() const;
    /// "Try 'caseloop-cli NAME --help'."
    QString helpHint() const;
    const Command& command() const { return m_command; }

    bool isSet(const QString& name) const;
    /// The value of an option (its default when not given).
    QString value(const QString& name) const;
    QStringList positionals() const;

    /// --db, or appinfo::defaultDatabasePath() when not given.
    QString databasePath() const;
    bool databasePathGiven() const;
    bool verbose() const;
    /// --out, empty for standard output.
    QString outputPath() const;
    /// --format (one of the declared values).
    QString format() const;

    /// A whole number (ASCII digits, optional leading minus) within [min, max].
    qint64 integer(const QString& name, qint64 min, qint64 max) const;
    /// A non-negative whole number within [min, max] (for values up to 2^64 - 1).
    quint64 unsignedInteger(const QString& name, quint64 min, quint64 max) const;
    /// A date written YYYY-MM-DD; @p fallback when the option is not given.
    QDate date(const QString& name, const QDate& fallback) const;

private:
    QString optionSyntax(const QCommandLineOption& option) const;
    [[noreturn]] void fail(const QString& name, const QString& why) const;

    const Command& m_command;
    QCommandLineParser m_parser;
    std::vector<QCommandLineOption> m_options;
    QStringList m_positionalNames;
    QStringList m_positionalDescriptions;
    QStringList m_formats;
    bool m_hasOutput = false;
};

} // namespace caseloop::cli
