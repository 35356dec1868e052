// CaseFactory: the contact history of a case with its promises, payments and follow-ups.

#include "demo/casefactory.h"
#include "demo/casefactoryparts.h"
#include "demo/demodata.h"

#include <algorithm>

namespace caseloop::demo {

using namespace parts;

namespace {

int callOutcome(Random& rng, bool chinese, bool inbound)
{
    if (inbound) {
        static constexpr double w[] = {45, 20, 8, 9, 18};
        static constexpr int o[] = {Answered, PromiseToPay, DisputeRaised, Callback, Refused};
        return o[rng.weighted(w)];
    }
    // US agencies leave voicemails and limited-content messages; Chinese ones mostly redial.
    const double usOnly = chinese ? 0 : 1;
    const double w[] = {
        38 + 12 * (1 - usOnly), 12 * usOnly, 8 * usOnly, 3, 5, 3, 4, 14, 3.5, 4, 1.5, 3,
        1 + 2 * (1 - usOnly),   1.5};
    static constexpr int o[] = {NoAnswer,      Voicemail,  LimitedContent, Dropped,      Busy,
                                NotInService,  WrongParty, Answered,       PromiseToPay, Refused,
                                DisputeRaised, Callback,   LeftMessage,    WrongNumber};
    return o[rng.weighted(std::span<const double>(w, std::size(w)))];
}

int durationSeconds(Random& rng, int outcome)
{
    switch (outcome) {
    case NoAnswer:
        return int(rng.between(25, 45));
    case Voicemail:
    case LimitedContent:
        return int(rng.between(30, 90));
    case Dropped:
        return int(rng.between(5, 30));
    case Busy:
    case NotInService:
        return int(rng.between(2, 10));
    case WrongParty:
    case WrongNumber:
    case LeftMessage:
        return int(rng.between(20, 120));
    default:
        return int(rng.between(90, 900));
    }
}

} // namespace

void CaseFactory::makeContacts(Random& rng, Debtor& debtor, Case& k)
{
    const Window& w = m_world.window;
    const AgentInfo& agent = m_world.agents[size_t(k.agent)];
    const int span = k.endDay - k.placedDay + 1;
    int n = 0;
    if (k.status == CaseStatus::New) {
        n = rng.chance(0.6) ? 1 : 0;
    } else {
        const double mean = 1.0 + 5.2 * std::min(1.0, span / 110.0);
        n = 1 + rng.poisson(rng.gamma(2.0) / 2.0 * (mean - 1.0));
        n = std::min(n, 40);
    }
    if (n == 0) {
        if (k.status != CaseStatus::New)
            return;
        addFollowUp(rng, k, FollowUpType::Call, k.placedMs, k.placedMs + rng.between(1, 4) * dayMs,
                    {}, std::nullopt);
        return;
    }

    std::vector<ContactRow> contacts;
    contacts.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        int day = i == 0 ? k.placedDay + int(rng.between(0, std::min(3, span - 1)))
                         : int(rng.between(k.placedDay, k.endDay));
        if (i == n - 1 && k.status == CaseStatus::Promise)
            day = std::max(day, std::max(k.placedDay, k.endDay - int(rng.between(0, 6))));
        if (i == n - 1 && k.status == CaseStatus::Settled)
            day = k.endDay;
        const bool early = !m_world.afterAction(w.dayStartMs(day));
        const double oddHours = agent.worse && early ? 0.06 : 0.012;
        contacts[size_t(i)].day = day;
        contacts[size_t(i)].ms = localTime(rng, debtor, day, rng.chance(oddHours));
    }
    std::sort(contacts.begin(), contacts.end(),
              [](const ContactRow& a, const ContactRow& b) { return a.ms < b.ms; });

    const bool closing = k.status == CaseStatus::Closed || k.status == CaseStatus::Recalled;
    const int anchor = k.status == CaseStatus::Paying ? n / 3
                       : (k.status == CaseStatus::Promise || k.status == CaseStatus::Settled)
                           ? n - 1
                           : -1;
    const int language = debtor.chinese ? 1 : 0;
    bool planMade = false;
    static const double usChannels[] = {70, 8, 9, 11, 2};
    static const double cnChannels[] = {72, 16, 2, 3, 7};
    static constexpr Channel channels[] = {Channel::Call, Channel::Sms, Channel::Email,
                                           Channel::Letter, Channel::Visit};

    for (int i = 0; i < n; ++i) {
        ContactRow& c = contacts[size_t(i)];
        c.id = m_nextContact++;
        bool inbound = false;
        if (i == anchor) {
            c.channel = Channel::Call;
            c.outcome = PromiseToPay;
        } else if (i == 0 && !debtor.chinese && rng.chance(0.7)) {
            c.channel = Channel::Letter; // validation notice
        } else {
            c.channel = channels[rng.weighted(debtor.chinese ? cnChannels : usChannels)];
            if ((c.channel == Channel::Email && debtor.emailId == 0) ||
                (c.channel == Channel::Sms && !debtor.consentSms && !debtor.chinese))
                c.channel = Channel::Call;
        }
        if (i != anchor) {
            switch (c.channel) {
            case Channel::Call:
                inbound = rng.chance(0.08);
                c.outcome = callOutcome(rng, debtor.chinese, inbound);
                break;
            case Channel::Sms: {
                static constexpr double w2[] = {20, 75, 3, 2};
                static constexpr int o[] = {Sent, Delivered, Bounced, Replied};
                c.outcome = o[rng.weighted(w2)];
                break;
            }
            case Channel::Email: {
                static constexpr double w2[] = {30, 55, 8, 7};
                static constexpr int o[] = {Sent, Delivered, Bounced, Replied};
                c.outcome = o[rng.weighted(w2)];
                inbound = c.outcome == Replied;
                break;
            }
            case Channel::Letter:
                c.outcome = rng.chance(0.93) ? Sent : Bounced;
                break;
            case Channel::Visit: {
                static constexpr double w2[] = {45, 45, 10};
                static constexpr int o[] = {VisitMet, VisitNotHome, VisitInvalid};
                c.outcome = o[rng.weighted(w2)];
                break;
            }
            }
            // New cases have had no conversation yet; paying plans take no new promises.
            const bool noPromise = k.status == CaseStatus::New ||
                                   (k.status == CaseStatus::Paying && i > anchor) ||
                                   k.remaining <= 0;
            if (c.outcome == PromiseToPay && noPromise)
                c.outcome = Answered;
            if (k.status == CaseStatus::New && outcomeInfo(c.outcome).conversation)
                c.outcome = c.channel == Channel::Call ? NoAnswer : c.outcome;
            // A dispute puts the case on hold until it is verified; the next contact comes
            // after that, so a dispute right before another contact is a refusal instead.
            if (c.outcome == DisputeRaised && i + 1 < n &&
                contacts[size_t(i) + 1].ms < c.ms + hourMs)
                c.outcome = Refused;
        }
        const OutcomeInfo& info = outcomeInfo(c.outcome);

        // The row.
        std::optional<qint64> ended;
        std::optional<qint64> phone;
        std::optional<qint64> email;
        QStringView notes;
        QStringView visitAddress;
        QStringView visitResult;
        if (c.channel == Channel::Call || c.channel == Channel::Sms) {
            size_t p = 0;
            if (debtor.phoneIds.size() > 1 && rng.chance(0.2))
                p = size_t(rng.between(1, qint64(debtor.phoneIds.size()) - 1));
            phone = debtor.phoneIds[p];
        }
        if (c.channel == Channel::Email)
            email = debtor.emailId;
        if (c.channel == Channel::Call)
            ended = c.ms + qint64(durationSeconds(rng, c.outcome)) * 1000;
        else if (c.channel == Channel::Sms || c.channel == Channel::Email)
            ended = c.ms;
        else if (c.channel == Channel::Visit)
            ended = c.ms + rng.between(600, 3600) * 1000;
        if (info.conversation && c.channel != Channel::Visit) {
            if (rng.chance(0.7)) {
                const QStringList& pool = conversationNotes(language);
                notes = pool[rng.index(pool.size())];
            }
        } else if (rng.chance(0.25)) {
            const QStringList& pool = attemptNotes(language);
            notes = pool[rng.index(pool.size())];
        }
        if (c.channel == Channel::Visit) {
            visitAddress = debtor.visitAddress;
            const QStringList& pool = visitResults(language, c.outcome - VisitMet);
            visitResult = pool[rng.index(pool.size())];
        }
        // Recorded by the agent when the contact ended (letters: when sent).
        *m_contacts << c.id << k.id << k.agentId << codeOf(c.channel)
                    << (inbound ? "inbound" : "outbound") << c.ms << ended << info.code
                    << int(info.conversation) << phone << email << notes << visitAddress
                    << visitResult << ended.value_or(c.ms) << k.agentId;
        ++m_counts.contacts;
        k.lastContactMs = std::max(k.lastContactMs, c.ms);
        k.lastActivityMs = std::max(k.lastActivityMs, c.ms);

        // Promises, payments and follow-ups.
        if (c.outcome == PromiseToPay) {
            if (i == anchor && k.status == CaseStatus::Paying && !planMade) {
                planMade = true;
                const int count = int(rng.between(3, 12));
                const qint64 unit = k.chinese ? 100 : 1;
                const qint64 instalment = std::max(unit, (k.remaining / count) / unit * unit);
                for (int j = 0; j < count && k.remaining > 0; ++j) {
                    const qint64 amount =
                        j == count - 1 ? k.remaining : std::min(instalment, k.remaining);
                    const int due = c.day + 7 + 30 * j;
                    addPromise(rng, k, c, amount, due, false);
                    if (k.hasPending)
                        break;
                }
            } else {
                const qint64 unit = k.chinese ? 100 : 1;
                qint64 amount = k.remaining;
                if (k.status == CaseStatus::Settled && i == anchor) {
                    if (rng.chance(0.4)) // settled for less
                        amount =
                            std::max(unit, qint64(double(k.remaining) * rng.uniform(0.6, 0.95)) /
                                               unit * unit);
                } else if (!rng.chance(0.35)) {
                    amount = std::max(unit, qint64(double(k.remaining) * rng.uniform(0.15, 0.5)) /
                                                unit * unit);
                }
                int due = c.day + int(rng.between(3, 14));
                if (k.status == CaseStatus::Promise && i == anchor)
                    due = std::max(due, w.days + int(rng.between(0, 10)));
                if (k.status == CaseStatus::Settled && i == anchor)
                    due = std::min(c.day + int(rng.between(2, 10)), w.days - 1);
                const bool settles = k.status == CaseStatus::Settled && i == anchor;
                addPromise(rng, k, c, std::min(amount, k.remaining), due, settles);
                if (settles)
                    k.remaining = 0;
            }
            const qint64 checkAt =
                w.dayStartMs(c.day) + 20 * dayMs / 24 + rng.between(7, 14) * dayMs;
            addFollowUp(rng, k, FollowUpType::Review, c.ms, checkAt,
                        debtor.chinese ? u"核对还款" : u"Check payment", c.id);
        } else if (c.outcome == Callback) {
            addFollowUp(rng, k, FollowUpType::Call, c.ms, c.ms + rng.between(20, 48) * hourMs,
                        debtor.chinese ? u"客户要求回电" : u"Call back", c.id);
        } else if (c.outcome == DisputeRaised) {
            // The outcome implies a dispute hold on the case (schema v2 outcome_codes.hold_type),
            // lifted when the dispute is verified, before the case's next contact.
            const qint64 verifyAt = c.ms + rng.between(3, 10) * dayMs;
            addFollowUp(rng, k, FollowUpType::Review, c.ms, verifyAt,
                        debtor.chinese ? u"核实异议" : u"Verify dispute", c.id);
            qint64 until = verifyAt;
            if (i + 1 < n)
                until = std::min(until, contacts[size_t(i) + 1].ms);
            *m_holds << m_nextHold++ << debtor.id << k.id << codeOf(HoldType::Dispute) << c.ms;
            if (until < w.endMs)
                *m_holds << until;
            else
                m_holds->null();
            *m_holds << (debtor.chinese ? u"债务人在联系中提出异议。"
                                        : u"Dispute raised by the debtor during a contact.")
                     << k.agentId << c.id;
            ++m_counts.holds;
        }

        if (info.conversation)
            addResponse(rng, debtor, k, c);
        if (c.channel != Channel::Letter)
            addComplaint(rng, debtor, k, contacts, size_t(i));
    }

    // Open cases get their next action planned.
    if (!closing && k.status != CaseStatus::Settled) {
        static const double usNext[] = {70, 10, 10, 8, 2};
        static const double cnNext[] = {65, 12, 3, 5, 15};
        static constexpr FollowUpType types[] = {FollowUpType::Call, FollowUpType::Sms,
                                                 FollowUpType::Email, FollowUpType::Letter,
                                                 FollowUpType::Visit};
        const FollowUpType type = types[rng.weighted(debtor.chinese ? cnNext : usNext)];
        // Planned when the last contact was logged.
        addFollowUp(rng, k, type, k.lastContactMs, k.lastContactMs + rng.between(1, 10) * dayMs, {},
                    contacts.back().id);
    }
}

qint64 CaseFactory::addPromise(Random& rng, Case& k, const ContactRow& contact, qint64 amount,
                               int dueDay, bool forceKept)
{
    const qint64 contactMs = contact.ms;
    const int contactDay = contact.day;
    if (amount <= 0)
        return 0;
    const Window& w = m_world.window;
    const AgentInfo& agent = m_world.agents[size_t(k.agent)];
    const int grace =
        k.chinese ? (rng.chance(0.5) ? 0 : int(rng.between(1, 3))) : (rng.chance(0.7) ? 0 : 3);
    const int dueEnd = dueDay + grace;
    const bool closing = k.status == CaseStatus::Closed || k.status == CaseStatus::Recalled;
    PromiseStatus status = PromiseStatus::Kept;
    if (!forceKept) {
        if (dueEnd >= w.days || (closing && dueDay > k.endDay)) {
            status = closing ? PromiseStatus::Cancelled : PromiseStatus::Pending;
        } else {
            double keep = k.chinese ? 0.56 : 0.6;
            if (agent.worse && !m_world.afterAction(contactMs))
                keep *= 0.7;
            if (k.status == CaseStatus::Paying)
                keep = 0.9;
            const double u = rng.uniform();
            status = u < 0.05 ? PromiseStatus::Cancelled
                              : (u < 0.05 + keep ? PromiseStatus::Kept : PromiseStatus::Broken);
        }
    }
    const qint64 id = m_nextPromise++;
    std::optional<qint64> keptAt;
    if (status == PromiseStatus::Kept) {
        const int lastDay = std::min(dueEnd, w.days - 1);
        const int paidDay =
            int(rng.between(std::min(lastDay, std::max(contactDay, dueDay - 4)), lastDay));
        qint64 paidMs =
            w.dayStartMs(paidDay) + rng.between(1, 23) * hourMs + rng.between(0, 3599) * 1000;
        if (paidMs <= contactMs)
            paidMs = contactMs + rng.between(10, 120) * 60'000;
        paidMs = std::min(paidMs, w.endMs - 1);
        keptAt = paidMs;
        *m_payments << m_nextPayment++ << k.id << k.agentId << amount << (k.chinese ? "CNY" : "USD")
                    << paidMs << id;
        ++m_counts.payments;
        k.remaining -= amount;
        k.lastActivityMs = std::max(k.lastActivityMs, paidMs);
    }
    if (status == PromiseStatus::Pending)
        k.hasPending = true;
    // A kept promise was paid in full by its one payment; the others have no payment yet.
    *m_promises << id << k.id << k.agentId << amount << (k.chinese ? "CNY" : "USD")
                << dateText(dueDay) << grace << codeOf(status) << keptAt << contactMs
                << (keptAt ? amount : qint64(0)) << contact.id;
    ++m_counts.promises;
    return id;
}

void CaseFactory::addFollowUp(Random& rng, const Case& k, FollowUpType type, qint64 createdMs,
                              qint64 dueMs, QStringView note, std::optional<qint64> contactId)
{
    const Window& w = m_world.window;
    std::optional<qint64> done;
    if (dueMs < w.endMs && rng.chance(0.88)) {
        const qint64 at = std::max(createdMs + 60'000, dueMs + rng.between(-2, 30) * hourMs);
        if (at < w.endMs)
            done = at;
    }
    *m_followUps << m_nextFollowUp++ << k.id << k.agentId << codeOf(type) << dueMs << note << done
                 << createdMs << contactId;
    ++m_counts.followups;
}

} // namespace caseloop::demo
