#include "rules/contactgate.h"

#include "error.h"
#include "rules/zoneclock.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace caseloop {

namespace {

constexpr qint64 msPerDay = ZoneClock::msPerDay;
constexpr qint64 julianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr qint64 never = std::numeric_limits<qint64>::max();

QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::ContactGate", text);
}

QString holdLabel(const QString& type)
{
    static const struct {
        const char* code;
        const char* label;
    } labels[] = {
        {"dispute", QT_TRANSLATE_NOOP("caseloop::ContactGate", "dispute pending verification")},
        {"cease_communication",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "request to cease communication")},
        {"bankruptcy", QT_TRANSLATE_NOOP("caseloop::ContactGate", "bankruptcy")},
        {"deceased", QT_TRANSLATE_NOOP("caseloop::ContactGate", "debtor deceased")},
        {"attorney_represented",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "represented by an attorney")},
        {"hardship", QT_TRANSLATE_NOOP("caseloop::ContactGate", "hardship")},
        {"do_not_call", QT_TRANSLATE_NOOP("caseloop::ContactGate", "do not call")},
        {"employer_prohibits",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "employer prohibits contact at work")},
        {"original_creditor_request",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "original creditor's name requested")},
        {"complaint_open_severe",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "severe complaint open")},
        {"paid_pending_confirmation",
         QT_TRANSLATE_NOOP("caseloop::ContactGate", "paid, confirmation pending")},
    };
    for (const auto& l : labels) {
        if (type == QLatin1StringView(l.code))
            return tr(l.label);
    }
    return type;
}

QString channelLabel(const QString& channel)
{
    if (channel == u"call")
        return tr("calls");
    if (channel == u"sms")
        return tr("text messages");
    if (channel == u"email")
        return tr("e-mails");
    if (channel == u"letter")
        return tr("letters");
    if (channel == u"visit")
        return tr("visits");
    return channel;
}

/// "YYYY-MM-DD" of a day since the epoch (hand-made: QDate::toString is slow).
QString dayText(qint64 day)
{
    int y = 0;
    int m = 0;
    int d = 0;
    QDate::fromJulianDay(day + julianDayOfEpoch).getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return QDate::fromJulianDay(day + julianDayOfEpoch).toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + y / 1000),
                             char16_t(u'0' + y / 100 % 10),
                             char16_t(u'0' + y / 10 % 10),
                             char16_t(u'0' + y % 10),
                             u'-',
                             char16_t(u'0' + m / 10),
                             char16_t(u'0' + m % 10),
                             u'-',
                             char16_t(u'0' + d / 10),
                             char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

/// "HH:MM" of milliseconds after midnight.
QString clockText(qint64 msOfDay)
{
    const int minutes = int(msOfDay / 60000);
    const char16_t text[] = {char16_t(u'0' + minutes / 600), char16_t(u'0' + minutes / 60 % 10),
                             u':', char16_t(u'0' + minutes % 60 / 10),
                             char16_t(u'0' + minutes % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 5);
}

void addReason(std::vector<BlockReason>& list, const QString& id, const QString& text,
               const QString& citation)
{
    for (auto& r : list) {
        if (r.ruleId == id) {
            r.reason += u"; " + text;
            if (!citation.isEmpty() && !r.citation.contains(citation))
                r.citation += (r.citation.isEmpty() ? QString() : QStringLiteral("; ")) + citation;
            return;
        }
    }
    list.push_back({id, text, citation});
}

/// A rule's state at an instant: fails, and if so the earliest instant at which it can pass
/// (never = only a change of the facts lifts it).
struct RuleState {
    bool fails = false;
    qint64 bound = 0;
    void fail(qint64 until)
    {
        fails = true;
        bound = std::max(bound, until);
    }
};

struct Entry {
    qint64 ms;
    unsigned channel;
    unsigned flags;
    bool outbound;
    bool toDebtor;
    bool sameNumber;
};

struct ActiveHold {
    QString type;
    qint64 fromMs;
    qint64 toMs; ///< never = open-ended
    const RuleProfile::HoldEffect* effect;
};

/// All per-decision data prepared once; the rule functions are evaluated at `at` and, for
/// next_allowed_at, at later instants.
class Evaluator {
public:
    Evaluator(const GateInput& in, const ZoneResolver& resolver, GateDecision& out)
        : m_in(in)
        , m_p(*in.profile)
        , m_out(out)
    {
        m_at = in.at.toMSecsSinceEpoch();
        m_channelBit = RuleProfile::channelBit(in.channel);
        m_toDebtor = in.callee.isEmpty() || in.callee == u"debtor";

        m_country = in.debtor.country.isEmpty() ? m_p.defaultCountry : in.debtor.country;
        std::vector<std::optional<ParsedPhone>> parsed;
        for (ZoneCandidate& c : resolver.resolve(in.debtor, m_p.zoneSources, m_country, &parsed)) {
            m_zones.emplace_back(c.clock.get());
            m_out.zones << c.zone;
            m_out.localTimes.push_back({c.zone, std::move(c.sources), 0, 0});
            m_keep.push_back(std::move(c.clock));
        }
        for (const auto& p : parsed)
            m_anyValidPhone = m_anyValidPhone || p.has_value();
        if (m_zones.empty() && !m_p.defaultZone.isEmpty()) {
            if (auto clock = ZoneClock::get(m_p.defaultZone)) {
                m_zones.emplace_back(clock.get());
                m_keep.push_back(std::move(clock));
                m_out.zones << m_p.defaultZone;
                m_out.localTimes.push_back(
                    {m_p.defaultZone, {QStringLiteral("profile_default")}, 0, 0});
            }
        }
        for (std::size_t i = 0; i < m_zones.size(); ++i) {
            m_out.localTimes[i].utcMs = m_at;
            m_out.localTimes[i].offsetSeconds = m_zones[i].offsetAt(m_at);
        }
        prepareHolds();
        prepareHistory();
    }

    qint64 at() const { return m_at; }

    // --- rules (reasons are written only when `explain` is set) -----------------------------

    RuleState holds(qint64 t, bool explain)
    {
        RuleState s;
        for (const ActiveHold& h : m_holds) {
            if (t < h.fromMs || t >= h.toMs)
                continue;
            const RuleProfile::HoldEffect& e = *h.effect;
            const bool exempt = (!m_in.purpose.isEmpty() && e.allow.contains(m_in.purpose)) ||
                                (!m_toDebtor && e.allow.contains(m_in.callee));
            const bool blocks = e.blocksAll || e.blockedChannels.contains(m_in.channel);
            const QString since = !explain || h.fromMs == std::numeric_limits<qint64>::min()
                                      ? QString()
                                      : dayText(primaryDay(h.fromMs));
            if (blocks && !exempt) {
                s.fail(h.toMs);
                if (explain) {
                    const QString text =
                        since.isEmpty()
                            ? tr("Hold \"%1\" blocks %2")
                                  .arg(holdLabel(h.type), channelLabel(m_in.channel))
                            : tr("Hold \"%1\" since %2 blocks %3")
                                  .arg(holdLabel(h.type), since, channelLabel(m_in.channel));
                    addReason(m_out.blockedBy, u"hold:" + h.type, text, e.citation);
                }
            } else if (e.warn && explain) {
                addReason(m_out.warnings, u"hold:" + h.type,
                          since.isEmpty()
                              ? tr("Hold \"%1\" is active: take care").arg(holdLabel(h.type))
                              : tr("Hold \"%1\" is active since %2: take care")
                                    .arg(holdLabel(h.type), since),
                          e.citation);
            }
        }
        return s;
    }

    RuleState optOut(bool explain)
    {
        RuleState s;
        if (m_in.optOuts.contains(m_in.channel)) {
            s.fail(never);
            if (explain)
                addReason(m_out.blockedBy, u"opt_out:" + m_in.channel,
                          tr("The debtor opted out of %1").arg(channelLabel(m_in.channel)),
                          m_p.optOutCitation);
        }
        return s;
    }

    RuleState hours(qint64 t, bool explain)
    {
        RuleState s;
        const auto it = m_p.hours.constFind(m_in.channel);
        if (it == m_p.hours.constEnd())
            return s;
        const qint64 start = qint64(it->startMinute) * 60000;
        const qint64 end = qint64(it->endMinute) * 60000;
        if (m_zones.empty()) {
            s.fail(never);
            if (explain)
                addReason(m_out.blockedBy, QStringLiteral("hours"),
                          tr("The debtor's local time is unknown: no time zone follows from the "
                             "stated zone, the address or the phone numbers"),
                          m_p.hoursCitation);
            return s;
        }
        for (auto& clock : m_zones) {
            const qint64 day = clock.localDay(t);
            const qint64 msOfDay = clock.localMs(t) - day * msPerDay;
            if (msOfDay >= start && msOfDay < end)
                continue;
            qint64 open = clock.utcOf(msOfDay < start ? day : day + 1, start);
            if (open <= t)
                open = clock.utcOf(day + 1, start);
            s.fail(open);
            if (explain) {
                const QString window = clockText(qint64(it->startMinute) * 60000) + u"–" +
                                       clockText(qint64(it->endMinute) * 60000);
                const QString text = m_in.channel == u"call"
                                         ? tr("Outside calling hours in %1: %2 local (allowed %3)")
                                               .arg(clock.clock().id(), clockText(msOfDay), window)
                                         : tr("Outside contact hours in %1: %2 local (allowed %3)")
                                               .arg(clock.clock().id(), clockText(msOfDay), window);
                addReason(m_out.blockedBy, QStringLiteral("hours"), text, m_p.hoursCitation);
            }
        }
        return s;
    }

    bool consentCovers(qint64 t, bool explain)
    {
        if (!m_p.frequency || m_p.frequency->consentValidDays <= 0)
            return false;
        const qint64 valid = qint64(m_p.frequency->consentValidDays) * msPerDay;
        for (const GateConsent& c : m_in.consents) {
            const qint64 given = c.at.toMSecsSinceEpoch();
            if (c.channel == m_in.channel && given <= t && t < given + valid) {
                if (explain && !m_consentExplained) {
                    m_consentExplained = true;
                    addReason(m_out.warnings, QStringLiteral("consent"),
                              tr("Call limits not applied: direct prior consent given on %1")
                                  .arg(dayText(primaryDay(given))),
                              m_p.frequency->citation);
                }
                return true;
            }
        }
        return false;
    }

    RuleState frequency(qint64 t, bool explain)
    {
        RuleState s;
        if (!m_p.frequency || !(m_p.frequencyChannelMask & m_channelBit) || !m_toDebtor)
            return s;
        const auto& f = *m_p.frequency;
        const qint64 count =
            std::count_if(m_releases.begin(), m_releases.end(), [t](qint64 r) { return r > t; });
        if (explain) {
            m_out.countedCallsInWindow = int(count);
            m_out.windowDays = f.windowDays;
            m_out.maxAttempts = f.maxAttempts;
            if (f.sameDayWarnAt > 0 && !m_zones.empty()) {
                const qint64 today = m_zones.front().localDay(t);
                int sameDay = 0;
                for (const Entry& e : m_entries)
                    sameDay += (e.flags & kCounted) && m_zones.front().localDay(e.ms) == today;
                if (sameDay >= f.sameDayWarnAt)
                    addReason(m_out.warnings, QStringLiteral("frequency"),
                              tr("%1 calls already placed today").arg(sameDay), f.citation);
            }
        }
        if (count < f.maxAttempts)
            return s;
        if (consentCovers(t, explain))
            return s;
        // m_releases is sorted descending: after the max-th largest release at most max-1
        // counted calls remain in the window.
        const qint64 bound = m_releases[std::size_t(f.maxAttempts) - 1];
        s.fail(bound);
        if (explain)
            addReason(m_out.blockedBy, QStringLiteral("frequency"),
                      tr("Call limit reached: %1 counted calls in the last %2 days (limit %3); "
                         "the window frees up on %4")
                          .arg(QString::number(count), QString::number(f.windowDays),
                               QString::number(f.maxAttempts), dayText(primaryDay(bound))),
                      f.citation);
        return s;
    }

    RuleState postConversation(qint64 t, bool explain)
    {
        RuleState s;
        if (!m_p.postConversation || !(m_p.postConversationChannelMask & m_channelBit) ||
            !m_toDebtor || m_lastConversation < 0)
            return s;
        const auto& pc = *m_p.postConversation;
        if (explain)
            m_out.lastConversationDate =
                QDate::fromJulianDay(primaryDay(m_lastConversation) + julianDayOfEpoch);
        if (t >= m_conversationRelease)
            return s;
        if (consentCovers(t, explain))
            return s;
        s.fail(m_conversationRelease);
        if (explain) {
            const qint64 convDay = primaryDay(m_lastConversation);
            const qint64 dayNo = primaryDay(t) - convDay + 1;
            addReason(m_out.blockedBy, QStringLiteral("post_conversation"),
                      tr("Quiet period after a conversation on %1 (day %2 of %3): no calls "
                         "before %4")
                          .arg(dayText(convDay), QString::number(dayNo),
                               QString::number(pc.quietDays), dayText(convDay + pc.quietDays)),
                      pc.citation);
        }
        return s;
    }

    RuleState dailyCaps(qint64 t, bool explain)
    {
        RuleState s;
        if (!m_p.dailyCaps || !(m_p.dailyCapsChannelMask & m_channelBit) || !m_toDebtor)
            return s;
        const auto& dc = *m_p.dailyCaps;
        for (auto& clock : m_zones) {
            const qint64 today = clock.localDay(t);
            int connected = 0;
            int attempts = 0;
            for (const Entry& e : m_entries) {
                if (!(e.channel & m_p.dailyCapsChannelMask) || !e.outbound || e.ms > t ||
                    clock.localDay(e.ms) != today)
                    continue;
                connected += e.toDebtor && (e.flags & RuleProfile::Connected);
                attempts += e.sameNumber;
            }
            const bool connectedFull =
                dc.maxConnectedPerDay > 0 && connected >= dc.maxConnectedPerDay;
            const bool attemptsFull =
                dc.maxAttemptsPerNumberPerDay > 0 && attempts >= dc.maxAttemptsPerNumberPerDay;
            if (explain) {
                m_out.connectedCallsToday = std::max(m_out.connectedCallsToday, connected);
                m_out.attemptsToNumberToday = std::max(m_out.attemptsToNumberToday, attempts);
            }
            if (!connectedFull && !attemptsFull)
                continue;
            s.fail(clock.utcOf(today + 1, 0));
            if (explain && connectedFull)
                addReason(m_out.blockedBy, QStringLiteral("frequency"),
                          tr("Daily limit reached: %1 connected calls today in %2 (limit %3)")
                              .arg(QString::number(connected), clock.clock().id(),
                                   QString::number(dc.maxConnectedPerDay)),
                          dc.citation);
            if (explain && attemptsFull)
                addReason(m_out.blockedBy, QStringLiteral("frequency"),
                          tr("Daily attempt limit for this number reached: %1 attempts today "
                             "(limit %2)")
                              .arg(QString::number(attempts),
                                   QString::number(dc.maxAttemptsPerNumberPerDay)),
                          dc.citation);
        }
        return s;
    }

    RuleState contactPoint(qint64 t, bool explain)
    {
        RuleState s;
        const QString& ch = m_in.channel;
        if (ch == u"call" || ch == u"sms") {
            bool ok = false;
            if (!m_in.phone.isEmpty()) {
                ok = ZoneResolver::parsePhone(m_in.phone, m_country).has_value();
            } else {
                ok = m_anyValidPhone;
            }
            if (!ok) {
                s.fail(never);
                if (explain)
                    addReason(m_out.blockedBy, QStringLiteral("invalid_contact_point"),
                              tr("No valid phone number for %1").arg(channelLabel(ch)), {});
            }
        } else if (ch == u"email" && m_in.emails) {
            bool ok = false;
            for (const QString& e : *m_in.emails) {
                const auto atSign = e.indexOf(u'@');
                ok = ok || (atSign > 0 && atSign < e.size() - 1 && !e.contains(u' '));
            }
            if (!ok) {
                s.fail(never);
                if (explain)
                    addReason(m_out.blockedBy, QStringLiteral("invalid_contact_point"),
                              tr("No valid e-mail address"), {});
            }
        } else if ((ch == u"visit" || ch == u"letter") && m_in.debtor.country.isEmpty()) {
            s.fail(never);
            if (explain)
                addReason(m_out.blockedBy, QStringLiteral("invalid_contact_point"),
                          tr("No postal address for %1").arg(channelLabel(ch)), {});
        }
        // Third parties (e.g. emergency contacts) only while the debtor cannot be reached.
        if (!m_toDebtor && m_in.callee == u"third_party" &&
            m_p.thirdParty.onlyIfDebtorUnreachable && m_lastDebtorContact >= 0) {
            const qint64 until =
                m_lastDebtorContact + qint64(m_p.thirdParty.debtorReachableDays) * msPerDay;
            if (t < until) {
                s.fail(until);
                if (explain)
                    addReason(m_out.blockedBy, QStringLiteral("invalid_contact_point"),
                              tr("Third parties may be contacted only when the debtor cannot be "
                                 "reached; the debtor was reached on %1")
                                  .arg(dayText(primaryDay(m_lastDebtorContact))),
                              m_p.thirdParty.citation);
            }
        }
        return s;
    }

    /// Runs every rule at t; returns true when all pass. \a bound receives the earliest
    /// instant at which all failing rules could pass (never if one cannot).
    bool passes(qint64 t, bool explain, qint64& bound)
    {
        bound = t;
        bool ok = true;
        const auto take = [&](const RuleState& s) {
            if (s.fails) {
                ok = false;
                bound = std::max(bound, s.bound);
            }
        };
        take(holds(t, explain));
        take(optOut(explain));
        take(hours(t, explain));
        take(frequency(t, explain));
        take(dailyCaps(t, explain));
        take(postConversation(t, explain));
        take(contactPoint(t, explain));
        return ok;
    }

private:
    static constexpr unsigned kCounted = 0x100; // Entry flag: counts toward the 7-in-7

    qint64 primaryDay(qint64 ms)
    {
        return m_zones.empty() ? ZoneClock::floorDiv(ms, msPerDay) : m_zones.front().localDay(ms);
    }
    qint64 primaryUtcOfDay(qint64 day)
    {
        return m_zones.empty() ? day * msPerDay : m_zones.front().utcOf(day, 0);
    }
    /// The instant at which local day (day of ms) + n starts in every zone (latest of them).
    qint64 releaseAfterDays(qint64 ms, int n)
    {
        if (m_zones.empty())
            return (ZoneClock::floorDiv(ms, msPerDay) + n) * msPerDay;
        qint64 r = std::numeric_limits<qint64>::min();
        for (auto& clock : m_zones)
            r = std::max(r, clock.utcOf(clock.localDay(ms) + n, 0));
        return r;
    }

    void prepareHolds()
    {
        static const RuleProfile::HoldEffect unconfigured{
            true, {}, false, {}, QStringLiteral("Policy (hold type not configured in profile)")};
        for (const GateHold& h : m_in.holds) {
            ActiveHold a{h.type, std::numeric_limits<qint64>::min(), never, &unconfigured};
            if (h.fromAt.isValid())
                a.fromMs = h.fromAt.toMSecsSinceEpoch();
            else if (h.fromDate.isValid())
                a.fromMs = primaryUtcOfDay(h.fromDate.toJulianDay() - julianDayOfEpoch);
            if (h.toAt.isValid())
                a.toMs = h.toAt.toMSecsSinceEpoch();
            else if (h.toDate.isValid())
                a.toMs = primaryUtcOfDay(h.toDate.toJulianDay() - julianDayOfEpoch + 1);
            if (const auto it = m_p.holds.constFind(h.type); it != m_p.holds.constEnd())
                a.effect = &*it;
            if (a.toMs <= m_at)
                continue; // expired before the contact: does not apply
            m_holds.push_back(a);
        }
    }

    void prepareHistory()
    {
        const QString dialled =
            m_in.phone.isEmpty()
                ? QString()
                : ZoneResolver::parsePhone(m_in.phone, m_country).value_or(ParsedPhone{}).e164();
        // Only the recent past matters for windows; older entries are skipped early.
        int lookbackDays = 2;
        if (m_p.frequency)
            lookbackDays = std::max(lookbackDays, m_p.frequency->windowDays + 2);
        if (m_p.postConversation)
            lookbackDays = std::max(lookbackDays, m_p.postConversation->quietDays + 2);
        if (m_p.thirdParty.onlyIfDebtorUnreachable)
            lookbackDays = std::max(lookbackDays, m_p.thirdParty.debtorReachableDays + 2);
        const qint64 horizon = m_at - qint64(lookbackDays) * msPerDay;

        m_entries.reserve(m_in.history.size());
        for (const GateHistoryEntry& h : m_in.history) {
            const qint64 ms = h.at.toMSecsSinceEpoch();
            if (ms > m_at || ms < horizon)
                continue;
            Entry e{ms,
                    RuleProfile::channelBit(h.channel),
                    m_p.outcomeFlags.value(h.outcome, 0u),
                    h.direction == Direction::Outbound,
                    h.callee.isEmpty() || h.callee == u"debtor",
                    true};
            if (!dialled.isEmpty() && !h.phone.isEmpty()) {
                const auto p = ZoneResolver::parsePhone(h.phone, m_country);
                e.sameNumber = p && p->e164() == dialled;
            }
            if (m_p.frequency && (e.channel & m_p.frequencyChannelMask) && e.toDebtor &&
                (e.outbound || m_p.frequency->inboundCounts) &&
                !(e.flags & RuleProfile::FrequencyExcluded)) {
                e.flags |= kCounted;
                m_releases.push_back(releaseAfterDays(ms, m_p.frequency->windowDays));
            }
            if ((e.flags & RuleProfile::Conversation) && e.toDebtor) {
                m_lastDebtorContact = std::max(m_lastDebtorContact, ms);
                if (m_p.postConversation && (e.channel & m_p.conversationChannelMask) &&
                    (e.outbound || m_p.postConversation->inboundCounts) &&
                    ms > m_lastConversation) {
                    m_lastConversation = ms;
                }
            }
            m_entries.push_back(e);
        }
        std::sort(m_releases.begin(), m_releases.end(), std::greater<>());
        if (m_lastConversation >= 0)
            m_conversationRelease =
                releaseAfterDays(m_lastConversation, m_p.postConversation->quietDays);
    }

    const GateInput& m_in;
    const RuleProfile& m_p;
    GateDecision& m_out;
    qint64 m_at = 0;
    unsigned m_channelBit = 0;
    bool m_toDebtor = true;
    QString m_country; ///< for reading national phone numbers
    bool m_anyValidPhone = false;
    std::vector<std::shared_ptr<const ZoneClock>> m_keep;
    std::vector<ZoneClock::Cursor> m_zones;
    std::vector<ActiveHold> m_holds;
    std::vector<Entry> m_entries;
    std::vector<qint64> m_releases; ///< frequency: when each counted call leaves the window
    qint64 m_lastConversation = -1;
    qint64 m_conversationRelease = 0;
    qint64 m_lastDebtorContact = -1;
    bool m_consentExplained = false;
};

} // namespace

QStringList GateDecision::blockedByIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(blockedBy.size()));
    for (const auto& b : blockedBy)
        ids << b.ruleId;
    return ids;
}

ContactGate::ContactGate(const ZoneResolver& resolver)
    : m_resolver(resolver)
{}

GateDecision ContactGate::evaluate(const GateInput& input) const
{
    if (!input.profile)
        throw Error(Error::Kind::InvalidInput, tr("No rule profile given"));
    if (!input.at.isValid())
        throw Error(Error::Kind::InvalidInput, tr("No valid contact time given"));
    GateDecision d;
    d.profileId = input.profile->id;
    d.profileVersion = input.profile->version;
    Evaluator ev(input, m_resolver, d);

    qint64 bound = 0;
    d.allowed = ev.passes(ev.at(), true, bound);
    if (d.allowed) {
        d.nextAllowedAt = QDateTime::fromMSecsSinceEpoch(ev.at(), Qt::UTC);
        return d;
    }
    // Jump from lower bound to lower bound: each failing rule reports the earliest instant at
    // which it can pass, so no allowed instant is skipped. Converges in a few steps.
    for (int i = 0; i < 200 && bound != never; ++i) {
        const qint64 t = bound;
        if (ev.passes(t, false, bound)) {
            d.nextAllowedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            break;
        }
        if (bound <= t)
            bound = t + 60'000; // defensive: never loop in place
    }
    return d;
}

} // namespace caseloop
