#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace caseloop {

class ZoneClock;

/// Where a debtor may be: the inputs from which candidate time zones are derived.
struct DebtorLocation {
    QString timezone;   ///< IANA zone the consumer stated; empty if none
    QStringList phones; ///< free-form numbers ("+1 602 555 0100", "(212) 555-0100")
    QString country;    ///< ISO 3166-1 alpha-2 (also "USA", "CHN" and "China" are understood)
    QString region;     ///< US state / territory code (USPS), or a province
    QString postalCode;
};

/// A phone number split into country code and national number.
struct ParsedPhone {
    int countryCode = 0;    ///< 1 (NANP), 86 (China), other, or 0 when unknown
    QString nationalNumber; ///< digits only, without trunk prefix
    QString areaCode;       ///< NANP area code (3 digits); empty elsewhere
    QString e164() const;   ///< "+<country><national>", or the digits when the country is unknown
};

/// One candidate zone and where it came from (consumer_stated, postal_address, phone).
struct ZoneCandidate {
    QString zone;
    QStringList sources;
    std::shared_ptr<const ZoneClock> clock; ///< never null
};

/// Derives a debtor's candidate IANA time zones from the stated zone, the postal address
/// (US states split across zones give all their zones) and phone numbers (US area-code table).
class ZoneResolver final {
public:
    struct AreaCode {
        QString code;
        QString region;
        QStringList zones; ///< most populous first
        QString check;     ///< provenance marker of the row (see resources/rules/README.md)
    };

    /// The resolver over the shipped tables (":/rules/us-area-codes.csv",
    /// ":/rules/us-state-zones.csv"), loaded once. Throws Error if a table is broken.
    static const ZoneResolver& shared();
    /// Builds a resolver from CSV text; throws Error(InvalidInput) naming the bad line.
    static ZoneResolver fromCsv(const QByteArray& areaCodesCsv, const QByteArray& stateZonesCsv);

    const std::vector<AreaCode>& areaCodes() const noexcept { return m_areaCodes; }
    QStringList zonesForAreaCode(QStringView code) const;
    /// Zones of a country/region (US states and territories, China, single-zone countries).
    QStringList zonesForRegion(QStringView country, QStringView region) const;
    QStringList zonesForPhone(const ParsedPhone& phone) const;

    /// Parses a phone number; \a defaultCountry (ISO code) decides how numbers without a '+'
    /// are read (default: NANP). Returns nullopt for text that is not a phone number.
    static std::optional<ParsedPhone> parsePhone(QStringView text, QStringView defaultCountry = {});
    /// Normalises a country ("us", "USA", "China") to ISO alpha-2 upper case.
    static QString normaliseCountry(QStringView country);

    /// All candidate zones, de-duplicated, in source order: stated, address, phones.
    /// \a sources limits the sources used (empty = all). Invalid stated zones are skipped.
    /// \a defaultCountry is used to read national phone numbers when where.country is empty.
    /// If \a parsedPhones is given it receives the parse result of each of where.phones (for
    /// callers that need them too, so numbers are parsed once).
    std::vector<ZoneCandidate>
    resolve(const DebtorLocation& where, const QStringList& sources = {},
            const QString& defaultCountry = {},
            std::vector<std::optional<ParsedPhone>>* parsedPhones = nullptr) const;

private:
    using Clocks = std::vector<std::shared_ptr<const ZoneClock>>;
    const Clocks& clocksForRegion(QStringView country, QStringView region, Clocks& scratch) const;

    std::vector<AreaCode> m_areaCodes;
    std::vector<Clocks> m_areaClocks; ///< parallel to m_areaCodes
    QHash<QString, int> m_areaIndex;  ///< code -> index in m_areaCodes
    QHash<QString, QStringList> m_regionZones;
    QHash<QString, Clocks> m_regionClocks;
    Clocks m_shanghai;
};

} // namespace caseloop
