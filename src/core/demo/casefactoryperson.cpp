// CaseFactory: debtors, their phones, e-mail addresses, opt-outs and holds.

#include "demo/casefactory.h"
#include "demo/casefactoryparts.h"
#include "demo/demodata.h"
#include "repo/debtorrepository.h"

namespace caseloop::demo {

using namespace parts;

const OutcomeInfo& parts::outcomeInfo(int outcome)
{
    static const OutcomeInfo table[] = {
        {"answered", true, true},
        {"no_answer", true, false},
        {"voicemail", true, false},
        {"limited_content_message", true, false},
        {"dropped", true, false},
        {"busy", false, false},
        {"not_in_service", false, false},
        {"wrong_party", true, false},
        {"promise_to_pay", true, true},
        {"refused_to_pay", true, true},
        {"dispute_raised", true, true},
        {"callback_requested", true, true},
        {"sent", false, false},
        {"delivered", false, false},
        {"replied", false, true},
        {"bounced", false, false},
        {"visit_met_debtor", true, true},
        {"visit_not_home", false, false},
        {"visit_address_invalid", false, false},
        {"left_message", true, false},
        {"wrong_number", false, false},
    };
    return table[outcome];
}

namespace {

QString digits(Random& rng, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + char16_t(rng.between(0, 9)));
    return s;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

int weightedPlace(Random& rng, bool chinese)
{
    std::vector<double> weights;
    if (chinese) {
        for (const CnPlace& p : cnPlaces())
            weights.push_back(p.weight);
    } else {
        for (const UsPlace& p : usPlaces())
            weights.push_back(p.weight);
    }
    return rng.weighted(std::span<const double>(weights));
}

} // namespace

void CaseFactory::makePerson(Random& rng, Debtor& d)
{
    static const char* const emailDomains[] = {"example.com", "example.net", "example.org"};
    d.place = weightedPlace(rng, d.chinese);
    if (d.chinese) {
        const CnPlace& p = cnPlaces()[size_t(d.place)];
        const auto& surnames = cnSurnames();
        const auto& given = cnGivenChars();
        const double u = rng.uniform();
        const HanName& sur = surnames[size_t(u * u * double(surnames.size()))];
        const HanName& g1 = given[size_t(rng.index(given.size()))];
        d.fullName = sur.hanzi + g1.hanzi;
        d.latinName = sur.pinyin.toLower() + g1.pinyin;
        if (rng.chance(0.7)) {
            const HanName& g2 = given[size_t(rng.index(given.size()))];
            d.fullName += g2.hanzi;
            d.latinName += g2.pinyin;
        }
        d.language = QStringLiteral("zh-CN");
        d.zone = m_world.zones.indexOf(p.zone);
        d.timeZone = rng.chance(0.97) ? p.zone : QString();
        d.region = p.province;
        d.city = p.city;
        d.postalCode = QString::number(p.postalBase + int(rng.between(0, 89)));
        d.addressLine = p.districts[rng.index(p.districts.size())] +
                        cnRoads()[rng.index(cnRoads().size())] +
                        QString::number(rng.between(1, 399)) + QStringLiteral("号") +
                        QString::number(rng.between(1, 30)) + QStringLiteral("栋") +
                        QString::number(rng.between(1, 32)) + QStringLiteral("0") +
                        QString::number(rng.between(1, 6)) + QStringLiteral("室");
        d.visitAddress = p.city + d.addressLine;
        d.consentSms = rng.chance(0.8);
        d.consentEmail = rng.chance(0.3);
    } else {
        const UsPlace& p = usPlaces()[size_t(d.place)];
        if (rng.chance(0.15)) { // Chinese-American debtors, romanised, some preferring Chinese
            const HanName& sur = cnSurnames()[size_t(rng.index(20))];
            const HanName& g = cnGivenChars()[size_t(rng.index(cnGivenChars().size()))];
            d.fullName = capitalised(g.pinyin) + QLatin1Char(' ') + sur.pinyin;
            d.language = rng.chance(0.4) ? QStringLiteral("zh-CN") : QStringLiteral("en");
        } else {
            d.fullName = usFirstNames()[rng.index(usFirstNames().size())] + QLatin1Char(' ') +
                         usLastNames()[rng.index(usLastNames().size())];
            d.language = QStringLiteral("en");
        }
        d.latinName = d.fullName.toLower()
                          .remove(QLatin1Char('\''))
                          .replace(QLatin1Char(' '), QLatin1Char('.'));
        d.zone = m_world.zones.indexOf(p.zone);
        d.timeZone = rng.chance(0.93) ? p.zone : QString();
        d.region = p.state;
        d.city = p.city;
        d.postalCode =
            QStringLiteral("%1").arg(p.zipBase + int(rng.between(0, 40)), 5, 10, QLatin1Char('0'));
        d.addressLine = QString::number(rng.between(1, 9899)) + QLatin1Char(' ') +
                        usStreets()[rng.index(usStreets().size())];
        if (rng.chance(0.25)) {
            d.addressLine += QStringLiteral(", Apt ") + QString::number(rng.between(1, 24)) +
                             QChar(u'A' + char16_t(rng.between(0, 3)));
        }
        d.visitAddress = d.addressLine + QStringLiteral(", ") + p.city + QStringLiteral(", ") +
                         p.state + QLatin1Char(' ') + d.postalCode;
        d.consentSms = rng.chance(0.35);
        d.consentEmail = rng.chance(0.55);
    }

    // Phones: a mobile first; some have a home or a work number.
    const double u = rng.uniform();
    const int phoneCount = u < 0.68 ? 1 : (u < 0.93 ? 2 : 3);
    for (int i = 0; i < phoneCount; ++i) {
        const bool work = i > 0 && rng.chance(0.4);
        QString number;
        QString kind = i == 0 ? QStringLiteral("mobile")
                              : (work ? QStringLiteral("work") : QStringLiteral("home"));
        if (d.chinese) {
            const CnPlace& p = cnPlaces()[size_t(d.place)];
            if (work && rng.chance(0.6)) {
                number = QStringLiteral("+86") + p.landlineCode +
                         digits(rng, p.landlineCode.size() == 2 ? 8 : 7);
            } else {
                static const char* const prefixes[] = {"13", "15", "18", "17", "19"};
                number =
                    QStringLiteral("+86") + QLatin1String(prefixes[rng.index(5)]) + digits(rng, 9);
                if (!work)
                    kind = QStringLiteral("mobile");
            }
        } else {
            // Mostly an area code of the debtor's state; about 1 in 10 kept a number from
            // elsewhere (a moved debtor: the time-zone rules must check both places).
            const UsPlace& home = usPlaces()[size_t(d.place)];
            const UsPlace& p =
                rng.chance(0.9) ? home : usPlaces()[size_t(rng.index(usPlaces().size()))];
            number = QStringLiteral("+1") + p.areaCodes[rng.index(p.areaCodes.size())] +
                     QStringLiteral("555") + digits(rng, 4);
        }
        d.phoneIds.push_back(m_nextPhone++);
        d.phoneNumbers.push_back(number);
        d.phoneKinds.push_back(kind);
        d.phoneWork.push_back(work);
    }
    if (rng.chance(d.chinese ? 0.35 : 0.65)) {
        d.emailId = m_nextEmail++;
        d.emailWork = rng.chance(0.08);
        d.email = d.latinName + QString::number(rng.between(1, 99)) + QLatin1Char('@') +
                  (d.emailWork ? QStringLiteral("corp.example.com")
                               : QString::fromLatin1(emailDomains[rng.index(3)]));
    }
}

void CaseFactory::writeDebtor(Random& rng, const Debtor& d)
{
    const Window& w = m_world.window;
    *m_debtors << d.id << d.fullName << DebtorRepository::normalizeName(d.fullName) << d.language
               << d.timeZone << (d.chinese ? "CN" : "US") << d.region << d.city << d.postalCode
               << d.addressLine << int(d.consentSms) << int(d.consentEmail) << d.firstCaseMs;
    ++m_counts.debtors;

    // Opt-outs come after the last contact, so no contact ever used an opted-out endpoint.
    const qint64 after = std::max(d.lastContactMs, d.firstCaseMs);
    auto optOut = [&](double p) -> std::optional<qint64> {
        if (!rng.chance(p))
            return std::nullopt;
        const qint64 at = after + rng.between(1, 240) * hourMs;
        return at < w.endMs ? std::optional<qint64>(at) : std::nullopt;
    };
    for (size_t i = 0; i < d.phoneIds.size(); ++i) {
        *m_phones << d.phoneIds[i] << d.id << d.phoneNumbers[i] << d.phoneKinds[i]
                  << int(d.phoneWork[i]) << optOut(0.025);
        ++m_counts.phones;
    }
    if (d.emailId != 0) {
        *m_emails << d.emailId << d.id << d.email << int(d.emailWork) << optOut(0.04);
        ++m_counts.emails;
    }

    // Holds on a few percent of debtors, all types, starting after the last contact.
    if (d.lastCaseId != 0 && rng.chance(0.035)) {
        static const HoldType types[] = {HoldType::Dispute,
                                         HoldType::CeaseCommunication,
                                         HoldType::Bankruptcy,
                                         HoldType::Deceased,
                                         HoldType::AttorneyRepresented,
                                         HoldType::Hardship,
                                         HoldType::DoNotCall,
                                         HoldType::EmployerProhibits,
                                         HoldType::OriginalCreditorRequest,
                                         HoldType::ComplaintOpenSevere,
                                         HoldType::PaidPendingConfirmation};
        static constexpr double weights[] = {25, 10, 7, 3, 7, 15, 12, 6, 5, 4, 6};
        const HoldType type = types[rng.weighted(weights)];
        const bool caseScoped =
            type == HoldType::Dispute || type == HoldType::OriginalCreditorRequest ||
            type == HoldType::ComplaintOpenSevere || type == HoldType::PaidPendingConfirmation;
        const bool liftable = caseScoped || type == HoldType::Hardship;
        const qint64 since = after + rng.between(1, 72) * hourMs;
        if (since < w.endMs) {
            std::optional<qint64> until;
            if (liftable && rng.chance(0.35)) {
                const qint64 end = since + rng.between(10, 60) * dayMs;
                if (end < w.endMs)
                    until = end;
            }
            *m_holds << m_nextHold++ << d.id
                     << (caseScoped ? std::optional<qint64>(d.lastCaseId) : std::nullopt)
                     << codeOf(type) << since << until
                     << (d.chinese ? u"依据客户书面材料登记。"
                                   : u"Recorded from the debtor's written notice.")
                     << d.lastAgentId << std::nullopt;
            ++m_counts.holds;
        }
    }
}

} // namespace caseloop::demo
