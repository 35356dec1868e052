// caseloop-cli log-contact: logs a contact on a stored case through ContactLogService (the same
// path as the contact form, including the contact gate), and record-payment.
#include "command.h"
#include "commandline.h"
#include "databaseaccess.h"
#include "domain/enums.h"
#include "error.h"
#include "output.h"
#include "repo/repositories.h"
#include "rules/scenariorunner.h"
#include "services/contactcheckservice.h"
#include "services/contactlogservice.h"
#include "services/promiseservice.h"
#include "usageerror.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace caseloop::cli {

namespace {

/// Exit code when the contact rules block the contact (as check-contact --exit-code).
constexpr int kBlocked = 3;
const QString kCase = u"case"_s;
const QString kChannel = u"channel"_s;
const QString kOutcome = u"outcome"_s;
const QString kAgent = u"agent"_s;
const QString kAt = u"at"_s;
const QString kEndedAt = u"ended-at"_s;
const QString kDirection = u"direction"_s;
const QString kNotes = u"notes"_s;
const QString kPromise = u"promise"_s;
const QString kDue = u"due"_s;
const QString kInstalments = u"instalments"_s;
const QString kFrequency = u"frequency"_s;
const QString kFollowUp = u"follow-up"_s;
const QString kOverrideReason = u"override-reason"_s;
const QString kSupervisor = u"supervisor"_s;
const QString kAmount = u"amount"_s;
const QString kErrorPrefix = u"caseloop-cli: error: "_s;

/// Outcome words accepted besides the stored codes (documented in docs/cli.md).
QString canonicalOutcome(const QString& word)
{
    return word == u"conversation" ? u"answered"_s : word;
}

QDateTime instant(const CommandLine& line, const QString& option)
{
    const QDateTime t = ScenarioRunner::parseInstant(line.value(option));
    if (!t.isValid())
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--%1: “%2” is not an ISO 8601 time with Z "
                                                     "or an offset (e.g. 2026-03-08T13:30:00Z).")
                             .arg(option, line.value(option)));
    return t.toUTC();
}

/// "12.34" → 1234 minor units (at most two decimals, > 0).
qint64 amountMinor(const CommandLine& line, const QString& option)
{
    static const QRegularExpression pattern(u"^([0-9]{1,13})(?:\\.([0-9]{1,2}))?$"_s);
    const QString text = line.value(option).trimmed();
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--%1: “%2” is not an amount such as 120 "
                                                     "or 99.50.")
                             .arg(option, text));
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += u'0';
    const qint64 minor = m.captured(1).toLongLong() * 100 + cents.toLongLong();
    if (minor <= 0)
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--%1: the amount must be greater than "
                                                     "zero.")
                             .arg(option));
    return minor;
}

/// A refused value found by the service (InvalidInput names the field): exit 2, no hint.
int refused(const QString& message)
{
    printToStderr(kErrorPrefix + message + u'\n');
    return exitcode::Usage;
}

UserContext userByLogin(Connection& c, const CommandLine& line, const QString& option)
{
    const QString login = line.value(option).trimmed();
    if (login.isEmpty())
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--%1: the login is empty.")
                             .arg(option));
    const auto u = Repositories(c).users().findByLogin(login);
    if (!u)
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--%1: there is no user with the login "
                                                     "“%2”.")
                             .arg(option, login));
    return UserContext{u->id, u->login, u->role, u->locale};
}

Case caseByRef(Connection& c, const CommandLine& line)
{
    const QString ref = line.value(kCase).trimmed();
    const auto k = Repositories(c).cases().findByRef(ref);
    if (!k)
        throw UsageError(QCoreApplication::translate("caseloop::cli::LogContactCommand",
                                                     "--case: there is no case with reference "
                                                     "“%1”.")
                             .arg(ref));
    return *k;
}

void requireGiven(const CommandLine& line, std::initializer_list<QString> options)
{
    for (const QString& o : options) {
        if (!line.isSet(o) || line.value(o).trimmed().isEmpty())
            throw UsageError(
                QCoreApplication::translate("caseloop::cli::LogContactCommand", "--%1 is required.")
                    .arg(o));
    }
}

/// `log-contact --db F --case REF --channel C --outcome O --agent LOGIN [...]`.
class LogContactCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(LogContactCommand)

public:
    QString name() const override { return u"log-contact"_s; }
    QString summary() const override
    {
        return tr("Log a contact on a case (the contact rules run first for outbound contacts).");
    }
    QString description() const override
    {
        return tr("Logs a contact through the same service as the contact form: outbound "
                  "contacts pass the contact\nrules first (blocked: exit 3, nothing saved); "
                  "holds implied by the outcome, a promise plan\nand a follow-up are saved in "
                  "the same transaction. Prints JSON (saved, contact_id, blocked_by,\nreasons, "
                  "next_allowed_at, ...). The outcome “conversation” means “answered”.");
    }

    void declareOptions(CommandLine& line) override
    {
        line.addOption(QCommandLineOption(kCase, tr("Reference of the case."), tr("REF")));
        line.addOption(QCommandLineOption(
            kChannel, tr("Channel: %1.").arg(allCodes<Channel>().join(u", "_s)), tr("CHANNEL")));
        line.addOption(QCommandLineOption(
            kOutcome, tr("Outcome code (see the outcome_codes table); “conversation” = answered."),
            tr("CODE")));
        line.addOption(QCommandLineOption(kAgent, tr("Login of the agent who made the contact."),
                                          tr("LOGIN")));
        line.addOption(QCommandLineOption(
            kAt, tr("Start of the contact, ISO 8601 with Z or an offset. Default: now."),
            tr("TIME")));
        line.addOption(QCommandLineOption(kEndedAt, tr("End of the contact."), tr("TIME")));
        line.addOption(QCommandLineOption(
            kDirection, tr("outbound (default) or inbound (inbound skips the contact rules)."),
            tr("DIRECTION")));
        line.addOption(QCommandLineOption(kNotes, tr("Notes."), tr("TEXT")));
        line.addOption(QCommandLineOption(
            kPromise, tr("Promised amount in the case's currency, e.g. 120 or 99.50."),
            tr("AMOUNT")));
        line.addOption(
            QCommandLineOption(kDue, tr("First due date of the promise."), tr("YYYY-MM-DD")));
        line.addOption(QCommandLineOption(
            kInstalments, tr("Number of instalments (1–120). Default: 1."), tr("N")));
        line.addOption(QCommandLineOption(
            kFrequency,
            tr("Instalment frequency: %1. Default: once, or weekly with --instalments above 1.")
                .arg(allCodes<PlanFrequency>().join(u", "_s)),
            tr("FREQUENCY")));
        line.addOption(
            QCommandLineOption(kFollowUp, tr("Due time of a follow-up to plan."), tr("TIME")));
        line.addOption(
            QCommandLineOption(kOverrideReason,
                               tr("When the rules block the contact: the supervisor's reason to "
                                  "override them (needs --supervisor)."),
                               tr("TEXT")));
        line.addOption(QCommandLineOption(
            kSupervisor, tr("Login of the supervisor who overrides the rules."), tr("LOGIN")));
        line.addOutputOption();
    }

    int run(const CommandLine& line) override
    {
        requireGiven(line, {kCase, kChannel, kOutcome, kAgent});
        NewContact contact;
        const auto channel = fromCode<Channel>(line.value(kChannel));
        if (!channel)
            throw UsageError(tr("--channel: “%1” is not a channel; use one of: %2.")
                                 .arg(line.value(kChannel), allCodes<Channel>().join(u", "_s)));
        contact.channel = *channel;
        if (line.isSet(kDirection)) {
            const auto d = fromCode<Direction>(line.value(kDirection));
            if (!d)
                throw UsageError(tr("--direction: “%1” is not a direction; use outbound or "
                                    "inbound.")
                                     .arg(line.value(kDirection)));
            contact.direction = *d;
        }
        contact.startedAt = line.isSet(kAt) ? instant(line, kAt) : QDateTime();
        if (line.isSet(kEndedAt))
            contact.endedAt = instant(line, kEndedAt);
        contact.notes = line.value(kNotes);
        contact.outcome = canonicalOutcome(line.value(kOutcome).trimmed());

        if (line.isSet(kPromise)) {
            requireGiven(line, {kDue});
            NewPromisePlan plan;
            plan.total = Money{amountMinor(line, kPromise), QString()};
            plan.firstDueDate = line.date(kDue, QDate());
            plan.instalments =
                line.isSet(kInstalments) ? int(line.integer(kInstalments, 1, 120)) : 1;
            plan.frequency = plan.instalments > 1 ? PlanFrequency::Weekly : PlanFrequency::Once;
            if (line.isSet(kFrequency)) {
                const auto f = fromCode<PlanFrequency>(line.value(kFrequency));
                if (!f)
                    throw UsageError(
                        tr("--frequency: “%1” is not a frequency; use one of: %2.")
                            .arg(line.value(kFrequency), allCodes<PlanFrequency>().join(u", "_s)));
                plan.frequency = *f;
            }
            contact.promise = plan;
        } else {
            for (const QString& o : {kDue, kInstalments, kFrequency}) {
                if (line.isSet(o))
                    throw UsageError(tr("--%1 needs --promise.").arg(o));
            }
        }
        if (line.isSet(kFollowUp)) {
            NewFollowUp f;
            f.type = fromCode<FollowUpType>(toCode(contact.channel)).value_or(FollowUpType::Call);
            f.dueAt = instant(line, kFollowUp);
            contact.followUp = f;
        }
        if (line.isSet(kOverrideReason) != line.isSet(kSupervisor))
            throw UsageError(tr("--override-reason and --supervisor go together."));

        Output output(line.outputPath());
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadWrite);
        Connection& c = *connection;
        const Case k = caseByRef(c, line);
        contact.caseId = k.id;
        const UserContext agent = userByLogin(c, line, kAgent);
        contact.agentId = agent.userId;
        bool offered = false;
        QStringList codes;
        for (const OutcomeCode& o : ContactLogService::outcomes(c, contact.channel)) {
            offered = offered || o.code == contact.outcome;
            codes << o.code;
        }
        if (!offered)
            throw UsageError(
                tr("--outcome: “%1” is not an outcome of channel %2; use one of: %3.")
                    .arg(line.value(kOutcome), toCode(contact.channel), codes.join(u", "_s)));

        LogContactResult result;
        try {
            if (line.isSet(kOverrideReason) && contact.direction == Direction::Outbound) {
                const UserContext supervisor = userByLogin(c, line, kSupervisor);
                const QDateTime at = contact.startedAt.isValid() ? contact.startedAt
                                                                 : QDateTime::currentDateTimeUtc();
                contact.startedAt = at;
                const ContactTarget target{contact.phoneId, contact.emailId, {}, {}};
                if (!ContactCheckService::evaluate(c, k.id, contact.channel, at, target).allowed)
                    contact.overrideToken =
                        ContactCheckService::override(c, supervisor, k.id, contact.channel, at,
                                                      line.value(kOverrideReason), target);
            }
            result = ContactLogService::log(c, agent, contact);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::InvalidInput)
                throw;
            return refused(e.message());
        }
        connection.reset();

        const nlohmann::json gate = ScenarioRunner::toJson(result.decision);
        const auto optional = [](const std::optional<qint64>& v) {
            return v ? nlohmann::json(*v) : nlohmann::json();
        };
        nlohmann::json out = {
            {"saved", result.saved},
            {"contact_id", result.saved ? nlohmann::json(result.contactId) : nlohmann::json()},
            {"case", k.ref.toStdString()},
            {"outcome", contact.outcome.toStdString()},
            {"allowed", gate.at("allowed")},
            {"blocked_by", gate.at("blocked_by")},
            {"reasons", gate.at("reasons")},
            {"next_allowed_at", gate.at("next_allowed_at")},
            {"override_audit_id",
             result.saved ? optional(contact.overrideToken) : nlohmann::json()},
            {"hold_id", optional(result.holdId)},
            {"follow_up_id", optional(result.followUpId)},
            {"plan_id", optional(result.planId)},
            {"promise_ids", result.promiseIds},
        };
        output.write(QByteArray::fromStdString(out.dump(2)) + '\n');
        output.commit();
        if (result.saved)
            return exitcode::Success;
        QStringList reasons;
        for (const auto& r : gate.at("reasons"))
            reasons << QString::fromStdString(r.get<std::string>());
        printToStderr(kErrorPrefix +
                      tr("the contact rules block this contact: %1").arg(reasons.join(u"; "_s)) +
                      u'\n');
        return kBlocked;
    }
};

/// `record-payment --db F --case REF --amount 12.34 [--at T] [--user LOGIN]`.
class RecordPaymentCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RecordPaymentCommand)

public:
    QString name() const override { return u"record-payment"_s; }
    QString summary() const override
    {
        return tr("Record a payment on a case and match it to its promises.");
    }
    QString description() const override
    {
        return tr("Records a payment in the case's currency, lowers the balance, matches it to "
                  "pending promises\n(oldest due first) and prints JSON (payment_id, balance, "
                  "status).");
    }

    void declareOptions(CommandLine& line) override
    {
        line.addOption(QCommandLineOption(kCase, tr("Reference of the case."), tr("REF")));
        line.addOption(QCommandLineOption(
            kAmount, tr("Amount in the case's currency, e.g. 120 or 99.50."), tr("AMOUNT")));
        line.addOption(QCommandLineOption(
            kAt, tr("Time of the payment, ISO 8601 with Z or an offset. Default: now."),
            tr("TIME")));
        line.addOption(QCommandLineOption(
            u"user"_s, tr("Login of the user recording it. Default: system."), tr("LOGIN")));
        line.addOutputOption();
    }

    int run(const CommandLine& line) override
    {
        requireGiven(line, {kCase, kAmount});
        const qint64 minor = amountMinor(line, kAmount);
        const QDateTime at = line.isSet(kAt) ? instant(line, kAt) : QDateTime();
        Output output(line.outputPath());
        auto connection = databaseaccess::open(line, OpenOptions::Mode::ReadWrite);
        Connection& c = *connection;
        const Case k = caseByRef(c, line);
        const UserContext user =
            line.isSet(u"user"_s) ? userByLogin(c, line, u"user"_s) : UserContext::system();
        qint64 paymentId = 0;
        try {
            paymentId = PromiseService::recordPayment(c, user, k.id, Money{minor, QString()}, at);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::InvalidInput)
                throw;
            return refused(e.message());
        }
        const Case after = *Repositories(c).cases().find(k.id);
        connection.reset();
        const nlohmann::json out = {{"payment_id", paymentId},
                                    {"case", k.ref.toStdString()},
                                    {"amount_minor", minor},
                                    {"currency", after.currentBalance.currency.toStdString()},
                                    {"balance_minor", after.currentBalance.minor},
                                    {"status", toCode(after.status).toStdString()}};
        output.write(QByteArray::fromStdString(out.dump(2)) + '\n');
        output.commit();
        return exitcode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeLogContactCommand()
{
    return std::make_unique<LogContactCommand>();
}

std::unique_ptr<Command> makeRecordPaymentCommand()
{
    return std::make_unique<RecordPaymentCommand>();
}

} // namespace caseloop::cli
