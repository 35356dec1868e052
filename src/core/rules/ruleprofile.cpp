#include "rules/ruleprofile.h"

#include "domain/enums.h"
#include "error.h"
#include "rules/jsonfields.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace caseloop {

using jsonfields::ObjectReader;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::RuleProfile", text);
}

} // namespace

QStringList RuleProfile::knownOutcomes()
{
    // The outcome_codes of schema v1 plus the literal "conversation" accepted in scenarios.
    return {QStringLiteral("answered"),
            QStringLiteral("conversation"),
            QStringLiteral("no_answer"),
            QStringLiteral("voicemail"),
            QStringLiteral("limited_content_message"),
            QStringLiteral("dropped"),
            QStringLiteral("busy"),
            QStringLiteral("not_in_service"),
            QStringLiteral("wrong_party"),
            QStringLiteral("promise_to_pay"),
            QStringLiteral("refused_to_pay"),
            QStringLiteral("dispute_raised"),
            QStringLiteral("callback_requested"),
            QStringLiteral("sent"),
            QStringLiteral("delivered"),
            QStringLiteral("replied"),
            QStringLiteral("bounced"),
            QStringLiteral("visit_met_debtor"),
            QStringLiteral("visit_not_home"),
            QStringLiteral("visit_address_invalid")};
}

namespace {

RuleProfile::HourWindow readWindow(const ObjectReader& parent, const char* key)
{
    ObjectReader r(parent.required(key), parent.child(key), parent.source());
    r.allowOnly({"start", "end"});
    RuleProfile::HourWindow w;
    const auto readClock = [&](const char* k) {
        const QString text = r.string(k);
        const auto minutes = RuleProfile::parseClock(text);
        if (!minutes)
            r.fail(r.child(k), tr("'%1' is not a time HH:MM between 00:00 and 24:00").arg(text));
        return *minutes;
    };
    w.startMinute = readClock("start");
    w.endMinute = readClock("end");
    if (w.startMinute >= w.endMinute)
        r.fail(r.child("end"), tr("must be later than start"));
    return w;
}

std::map<QString, int> readNumbers(const ObjectReader& parent, const char* key,
                                   std::initializer_list<const char*> allowed)
{
    std::map<QString, int> out;
    if (parent.isNull(key))
        return out;
    ObjectReader r(parent.raw(key), parent.child(key), parent.source());
    r.allowOnly(allowed);
    for (const char* k : allowed) {
        if (r.has(k) && !r.raw(k).is_boolean())
            out[QString::fromUtf8(k)] = r.integer(k, 0, 100000);
    }
    return out;
}

} // namespace

std::optional<int> RuleProfile::parseClock(const QString& text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    const int h = QStringView(text).left(2).toInt(&okH);
    const int m = QStringView(text).mid(3, 2).toInt(&okM);
    if (!okH || !okM || !text.at(0).isDigit() || !text.at(3).isDigit() || h < 0 || m < 0 ||
        m > 59 || h > 24 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

QString RuleProfile::formatClock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

RuleProfile RuleProfile::fromJson(const nlohmann::json& json, const QString& source)
{
    ObjectReader top(json, {}, source);
    top.allowOnly({"id", "version", "jurisdiction", "title", "description", "zone_sources",
                   "default_zone", "default_country", "hours", "frequency", "post_conversation",
                   "daily_caps", "holds", "opt_outs", "third_party", "validation", "retention",
                   "complaint_sla", "promise_grace_days"});
    const QStringList channels = allCodes<Channel>();
    const QStringList outcomes = RuleProfile::knownOutcomes();

    RuleProfile p;
    p.id = top.string("id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    if (!idPattern.match(p.id).hasMatch())
        top.fail(QStringLiteral("id"), tr("'%1' is not a valid profile id (lower-case letters, "
                                          "digits, '-', '_', '.')")
                                           .arg(p.id));
    p.version = top.string("version");
    p.jurisdiction = top.string("jurisdiction", false);
    p.title = top.string("title", false);
    p.zoneSources =
        top.strings("zone_sources", {QStringLiteral("consumer_stated"),
                                     QStringLiteral("postal_address"), QStringLiteral("phone")});
    if (!top.has("zone_sources"))
        p.zoneSources = {QStringLiteral("consumer_stated"), QStringLiteral("postal_address"),
                         QStringLiteral("phone")};
    if (const auto zone = top.optionalString("default_zone")) {
        if (!QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
            top.fail(QStringLiteral("default_zone"), tr("unknown IANA time zone '%1'").arg(*zone));
        p.defaultZone = *zone;
    }

    if (const auto country = top.optionalString("default_country")) {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
        if (!iso.match(*country).hasMatch())
            top.fail(QStringLiteral("default_country"),
                     tr("'%1' is not an ISO 3166-1 alpha-2 code").arg(*country));
        p.defaultCountry = *country;
    }

    {
        ObjectReader h(top.required("hours"), QStringLiteral("hours"), source);
        h.allowOnly({"windows", "regulatory_floor", "citation"});
        ObjectReader w(h.required("windows"), h.child("windows"), source);
        for (auto it = w.json().begin(); it != w.json().end(); ++it) {
            const QString ch = QString::fromStdString(it.key());
            if (!channels.contains(ch))
                w.fail(w.path() + u'.' + ch, tr("unknown channel (expected one of: %1)")
                                                 .arg(channels.join(QStringLiteral(", "))));
            p.hours.insert(ch, readWindow(w, it.key().c_str()));
        }
        if (!h.isNull("regulatory_floor"))
            p.regulatoryFloor = readWindow(h, "regulatory_floor");
        p.hoursCitation = h.string("citation", false);
    }

    if (!top.isNull("frequency")) {
        ObjectReader f(top.raw("frequency"), QStringLiteral("frequency"), source);
        f.allowOnly({"channels", "max_attempts", "window_days", "counted_outcomes",
                     "excluded_outcomes", "inbound_counts", "consent_valid_days",
                     "same_day_warn_at", "citation"});
        Frequency fr;
        fr.channels = f.strings("channels", channels, true);
        fr.maxAttempts = f.integer("max_attempts", 1, 1000);
        fr.windowDays = f.integer("window_days", 1, 366);
        fr.countedOutcomes = f.strings("counted_outcomes", outcomes);
        fr.excludedOutcomes = f.strings("excluded_outcomes", outcomes);
        for (const QString& o : std::as_const(fr.excludedOutcomes)) {
            if (fr.countedOutcomes.contains(o))
                f.fail(f.child("excluded_outcomes"),
                       tr("'%1' is also listed in counted_outcomes").arg(o));
        }
        fr.inboundCounts = f.boolean("inbound_counts", false);
        fr.consentValidDays = f.integer("consent_valid_days", 0, 366, 7);
        fr.sameDayWarnAt = f.integer("same_day_warn_at", 0, 1000, 0);
        fr.citation = f.string("citation", false);
        p.frequency = fr;
    }

    if (!top.isNull("post_conversation")) {
        ObjectReader c(top.raw("post_conversation"), QStringLiteral("post_conversation"), source);
        c.allowOnly({"channels", "conversation_channels", "quiet_days", "conversation_outcomes",
                     "inbound_counts", "citation"});
        PostConversation pc;
        pc.channels = c.strings("channels", channels, true);
        pc.conversationChannels = c.strings("conversation_channels", channels);
        if (!c.has("conversation_channels"))
            pc.conversationChannels = pc.channels;
        pc.quietDays = c.integer("quiet_days", 1, 366);
        pc.conversationOutcomes = c.strings("conversation_outcomes", outcomes, true);
        pc.inboundCounts = c.boolean("inbound_counts", true);
        pc.citation = c.string("citation", false);
        p.postConversation = pc;
    }

    if (!top.isNull("daily_caps")) {
        ObjectReader d(top.raw("daily_caps"), QStringLiteral("daily_caps"), source);
        d.allowOnly({"channels", "max_connected_per_day", "connected_outcomes",
                     "max_attempts_per_number_per_day", "citation"});
        DailyCaps dc;
        dc.channels = d.strings("channels", channels, true);
        dc.maxConnectedPerDay = d.integer("max_connected_per_day", 0, 1000, 0);
        dc.connectedOutcomes = d.strings("connected_outcomes", outcomes);
        if (dc.maxConnectedPerDay > 0 && dc.connectedOutcomes.isEmpty())
            d.fail(d.child("connected_outcomes"), tr("required when max_connected_per_day is set"));
        dc.maxAttemptsPerNumberPerDay = d.integer("max_attempts_per_number_per_day", 0, 1000, 0);
        dc.citation = d.string("citation", false);
        p.dailyCaps = dc;
    }

    {
        ObjectReader h(top.required("holds"), QStringLiteral("holds"), source);
        const QStringList holdTypes = allCodes<HoldType>();
        for (auto it = h.json().begin(); it != h.json().end(); ++it) {
            const QString type = QString::fromStdString(it.key());
            const QString path = h.child(it.key().c_str());
            if (!holdTypes.contains(type))
                h.fail(path, tr("unknown hold type (expected one of: %1)")
                                 .arg(holdTypes.join(QStringLiteral(", "))));
            ObjectReader e(it.value(), path, source);
            e.allowOnly({"block", "warn", "allow", "citation"});
            HoldEffect effect;
            const auto& block = e.required("block");
            if (block.is_string()) {
                const auto b = QString::fromStdString(block.get<std::string>());
                if (b == u"all")
                    effect.blocksAll = true;
                else if (b != u"none")
                    e.fail(e.child("block"),
                           tr("expected \"all\", \"none\" or an array of channels"));
            } else if (block.is_array()) {
                effect.blockedChannels = e.strings("block", channels);
            } else {
                e.fail(e.child("block"), tr("expected \"all\", \"none\" or an array of channels"));
            }
            effect.warn = e.boolean("warn", false);
            effect.allow = e.strings("allow");
            effect.citation = e.string("citation", false);
            p.holds.insert(type, effect);
        }
    }

    if (!top.isNull("opt_outs")) {
        ObjectReader o(top.raw("opt_outs"), QStringLiteral("opt_outs"), source);
        o.allowOnly({"channels", "require_opt_out_notice", "citation"});
        p.optOutChannels = o.strings("channels", channels, true);
        p.requireOptOutNotice = o.strings("require_opt_out_notice", channels);
        p.optOutCitation = o.string("citation", false);
    }

    if (!top.isNull("third_party")) {
        ObjectReader t(top.raw("third_party"), QStringLiteral("third_party"), source);
        t.allowOnly({"only_if_debtor_unreachable", "debtor_reachable_days", "citation"});
        p.thirdParty.onlyIfDebtorUnreachable = t.boolean("only_if_debtor_unreachable", false);
        p.thirdParty.debtorReachableDays = t.integer("debtor_reachable_days", 1, 3660, 30);
        p.thirdParty.citation = t.string("citation", false);
    }

    p.validation = readNumbers(
        top, "validation", {"assumed_receipt_business_days", "period_days", "block_during_period"});
    if (!top.isNull("validation")) {
        ObjectReader v(top.raw("validation"), QStringLiteral("validation"), source);
        p.blockDuringValidation = v.boolean("block_during_period", false);
    }
    p.retention = readNumbers(
        top, "retention",
        {"records_years_after_last_activity", "call_recordings_years", "collection_records_years"});
    p.complaintSla = readNumbers(
        top, "complaint_sla",
        {"respond_days", "final_days", "decide_days", "complex_days", "special_extra_days"});
    if (!top.isNull("promise_grace_days"))
        p.promiseGraceDays = top.integer("promise_grace_days", 0, 60);
    p.finalize();
    return p;
}

unsigned RuleProfile::channelBit(QStringView channel)
{
    const auto c = fromCode<Channel>(channel);
    return c ? (1u << unsigned(*c)) : 0u;
}

unsigned RuleProfile::channelMask(const QStringList& channels)
{
    unsigned mask = 0;
    for (const QString& c : channels)
        mask |= channelBit(c);
    return mask;
}

void RuleProfile::finalize()
{
    outcomeFlags.clear();
    for (const QString& o : knownOutcomes())
        outcomeFlags.insert(o, 0u);
    if (frequency) {
        for (const QString& o : std::as_const(frequency->excludedOutcomes))
            outcomeFlags[o] |= FrequencyExcluded;
    }
    if (postConversation) {
        for (const QString& o : std::as_const(postConversation->conversationOutcomes))
            outcomeFlags[o] |= Conversation;
    } else {
        // Without a post-conversation rule the schema's conversation outcomes still tell
        // whether the debtor was reached (third-party rule).
        for (const char* o :
             {"answered", "conversation", "promise_to_pay", "refused_to_pay", "dispute_raised",
              "callback_requested", "visit_met_debtor", "replied"})
            outcomeFlags[QString::fromLatin1(o)] |= Conversation;
    }
    if (dailyCaps) {
        for (const QString& o : std::as_const(dailyCaps->connectedOutcomes))
            outcomeFlags[o] |= Connected;
    }
    frequencyChannelMask = frequency ? channelMask(frequency->channels) : 0;
    postConversationChannelMask = postConversation ? channelMask(postConversation->channels) : 0;
    conversationChannelMask =
        postConversation ? channelMask(postConversation->conversationChannels) : 0;
    dailyCapsChannelMask = dailyCaps ? channelMask(dailyCaps->channels) : 0;
}

RuleProfile RuleProfile::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            throw Error(Error::Kind::NotFound,
                        tr("Rule profile file not found: %1").arg(QDir::toNativeSeparators(path)));
        throw Error(Error::Kind::Io,
                    tr("Cannot read rule profile file %1").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    }
    const QByteArray data = file.readAll();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(data.constData(), data.constData() + data.size());
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(Error::Kind::InvalidInput,
                    tr("%1: not valid JSON").arg(QFileInfo(path).fileName()),
                    QString::fromUtf8(e.what()));
    }
    const QString source =
        path.startsWith(u':') ? path : QDir::toNativeSeparators(QFileInfo(path).fileName());
    return fromJson(json, source);
}

QStringList RuleProfile::builtinIds()
{
    return {QStringLiteral("us-regf"), QStringLiteral("cn-cifa")};
}

RuleProfile RuleProfile::builtin(const QString& id)
{
    if (!builtinIds().contains(id))
        throw Error(Error::Kind::NotFound, tr("Unknown rule profile '%1' (shipped: %2)")
                                               .arg(id, builtinIds().join(QStringLiteral(", "))));
    return fromFile(QStringLiteral(":/rules/") + id + QStringLiteral(".json"));
}

std::shared_ptr<const RuleProfile> RuleProfile::load(const QString& idOrPath,
                                                     const QString& searchDir)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const RuleProfile>> cache;

    const bool isPath = idOrPath.contains(u'/') || idOrPath.contains(u'\\') ||
                        idOrPath.endsWith(QStringLiteral(".json"));
    QString key;
    QString file;
    if (isPath) {
        file = QFileInfo(idOrPath).isAbsolute() || searchDir.isEmpty()
                   ? idOrPath
                   : QDir(searchDir).filePath(idOrPath);
        file = QFileInfo(file).absoluteFilePath();
    } else if (!searchDir.isEmpty() &&
               QFileInfo::exists(QDir(searchDir).filePath(idOrPath + u".json"))) {
        file = QFileInfo(QDir(searchDir).filePath(idOrPath + u".json")).absoluteFilePath();
    }
    if (file.isEmpty()) {
        key = u"builtin:" + idOrPath;
    } else {
        // A changed file is read again: the modification time is part of the key.
        key = file + u'@' + QString::number(QFileInfo(file).lastModified().toMSecsSinceEpoch());
    }
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    auto profile =
        std::make_shared<const RuleProfile>(file.isEmpty() ? builtin(idOrPath) : fromFile(file));
    cache.insert(key, profile);
    return profile;
}

} // namespace caseloop
