#include "commandline.h"

#include "command.h"
#include "usageerror.h"
#include "util/appinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

const QString kDb = u"db"_s;
const QString kVerbose = u"verbose"_s;
const QString kHelp = u"help"_s;
const QString kOut = u"out"_s;
const QString kFormat = u"format"_s;

/// Splits "-12" / "12" into sign and digits; false when the text is not a whole number.
bool splitWholeNumber(const QString& text, bool* negative, QString* digits)
{
    *negative = text.startsWith(u'-');
    *digits = *negative ? text.mid(1) : text;
    if (digits->isEmpty())
        return false;
    return std::all_of(digits->cbegin(), digits->cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString dashed(const QString& name)
{
    return name.size() == 1 ? u"-"_s + name : u"--"_s + name;
}

} // namespace

CommandLine::CommandLine(const Command& command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOption(QCommandLineOption(kDb, tr("Database file."), tr("FILE"),
                                 QDir::toNativeSeparators(appinfo::defaultDatabasePath())));
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
    m_options.push_back(option);
}

void CommandLine::addOutputOption()
{
    m_hasOutput = true;
    addOption(QCommandLineOption(kOut, tr("Write the output to FILE instead of standard output."),
                                 tr("FILE")));
}

void CommandLine::addFormatOption(const QStringList& formats)
{
    Q_ASSERT(!formats.isEmpty());
    m_formats = formats;
    QCommandLineOption option(kFormat,
                              tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                              tr("FORMAT"), formats.constFirst());
    addOption(option);
}

void CommandLine::addPositional(const QString& name, const QString& description)
{
    m_positionalNames << name;
    m_positionalDescriptions << description;
    m_parser.addPositionalArgument(name, description);
}

void CommandLine::parse(const QStringList& arguments)
{
    // Shared flags go last so that the help lists the command's own options first.
    addOption(QCommandLineOption(kVerbose, tr("Print debug messages and error details.")));
    addOption(QCommandLineOption(QStringList{u"h"_s, kHelp}, tr("Show this help.")));

    // QCommandLineParser expects the program name first.
    const QStringList argv = QStringList{u"caseloop-cli"_s} + arguments;
    if (!m_parser.parse(argv)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty())
            throw UsageError(tr("unknown option “%1”.").arg(dashed(unknown.constFirst())));
        throw UsageError(m_parser.errorText()); // e.g. "Missing value after '--db'."
    }
    if (helpRequested())
        return;

    for (const QCommandLineOption& option : m_options) {
        const QString& name = option.names().constLast();
        if (!option.valueName().isEmpty() && m_parser.values(name).size() > 1)
            fail(name, tr("given more than once."));
    }
    const QStringList extra = m_parser.positionalArguments();
    if (extra.size() > m_positionalNames.size()) {
        throw UsageError(tr("unexpected argument “%1”.").arg(extra.at(m_positionalNames.size())));
    }
    if (extra.size() < m_positionalNames.size())
        throw UsageError(tr("missing argument %1.").arg(m_positionalNames.at(extra.size())));

    if (isSet(kDb) && value(kDb).trimmed().isEmpty())
        fail(kDb, tr("the file name is empty."));
    if (m_hasOutput && isSet(kOut) && value(kOut).trimmed().isEmpty())
        fail(kOut, tr("the file name is empty."));
    if (!m_formats.isEmpty() && !m_formats.contains(value(kFormat))) {
        fail(kFormat, tr("“%1” is not a known format; use one of: %2.")
                          .arg(value(kFormat), m_formats.join(QStringLiteral(", "))));
    }
    if (m_hasOutput && isSet(kOut)) {
        // Never let --out overwrite the database that is being read.
        const QFileInfo out(value(kOut));
        const QFileInfo db(databasePath());
        if (out.exists() && db.exists() && out.canonicalFilePath() == db.canonicalFilePath())
            fail(kOut,
                 tr("“%1” is the database file; choose another output file.").arg(value(kOut)));
    }
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(kHelp);
}

QString CommandLine::optionSyntax(const QCommandLineOption& option) const
{
    QStringList names;
    for (const QString& name : option.names())
        names << dashed(name);
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    return syntax;
}

QString CommandLine::helpText() const
{
    QString usage = tr("Usage: caseloop-cli %1 [options]").arg(m_command.name());
    for (const QString& name : m_positionalNames)
        usage += u' ' + name;
    QString text = usage + u"\n\n"_s + m_command.description() + u"\n\n"_s;

    qsizetype width = 0;
    for (const QCommandLineOption& option : m_options)
        width = std::max(width, optionSyntax(option).size());
    for (const QString& name : m_positionalNames)
        width = std::max(width, name.size());
    width += 2;

    if (!m_positionalNames.isEmpty()) {
        text += tr("Arguments:") + u'\n';
        for (qsizetype i = 0; i < m_positionalNames.size(); ++i) {
            text += u"  "_s + m_positionalNames.at(i).leftJustified(width) +
                    m_positionalDescriptions.at(i) + u'\n';
        }
        text += u'\n';
    }
    text += tr("Options:") + u'\n';
    for (const QCommandLineOption& option : m_options) {
        QString description = option.description();
        const QStringList defaults = option.defaultValues();
        if (!defaults.isEmpty())
            description += u' ' + tr("Default: %1.").arg(defaults.join(QStringLiteral(", ")));
        text += u"  "_s + optionSyntax(option).leftJustified(width) + description + u'\n';
    }
    return text;
}

QString CommandLine::helpHint() const
{
    return tr("Try 'caseloop-cli %1 --help'.").arg(m_command.name());
}

bool CommandLine::isSet(const QString& name) const
{
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString& name) const
{
    return m_parser.value(name);
}

QStringList CommandLine::positionals() const
{
    return m_parser.positionalArguments();
}

QString CommandLine::databasePath() const
{
    return isSet(kDb) ? value(kDb) : appinfo::defaultDatabasePath();
}

bool CommandLine::databasePathGiven() const
{
    return isSet(kDb);
}

bool CommandLine::verbose() const
{
    return m_parser.isSet(kVerbose);
}

QString CommandLine::outputPath() const
{
    return m_hasOutput && isSet(kOut) ? value(kOut) : QString();
}

QString CommandLine::format() const
{
    return m_formats.isEmpty() ? QString() : value(kFormat);
}

void CommandLine::fail(const QString& name, const QString& why) const
{
    throw UsageError(dashed(name) + u": "_s + why);
}

qint64 CommandLine::integer(const QString& name, qint64 min, qint64 max) const
{
    const QString text = value(name);
    bool negative = false;
    QString digits;
    if (!splitWholeNumber(text, &negative, &digits))
        fail(name, tr("“%1” is not a whole number.").arg(text));
    bool ok = false;
    const qint64 n = text.toLongLong(&ok, 10);
    if (!ok || n < min || n > max) {
        fail(name, tr("%1 is out of range; use a whole number from %2 to %3.")
                       .arg(text)
                       .arg(min)
                       .arg(max));
    }
    return n;
}

quint64 CommandLine::unsignedInteger(const QString& name, quint64 min, quint64 max) const
{
    const QString text = value(name);
    bool negative = false;
    QString digits;
    if (!splitWholeNumber(text, &negative, &digits))
        fail(name, tr("“%1” is not a whole number.").arg(text));
    bool ok = false;
    const quint64 n = digits.toULongLong(&ok, 10);
    if (negative || !ok || n < min || n > max) {
        fail(name, tr("%1 is out of range; use a whole number from %2 to %3.")
                       .arg(text)
                       .arg(min)
                       .arg(max));
    }
    return n;
}

QDate CommandLine::date(const QString& name, const QDate& fallback) const
{
    if (!isSet(name))
        return fallback;
    const QString text = value(name);
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !d.isValid())
        fail(name, tr("“%1” is not a valid date; write it as YYYY-MM-DD.").arg(text));
    return d;
}

} // namespace caseloop::cli
