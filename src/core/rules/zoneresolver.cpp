#include "rules/zoneresolver.h"

#include "error.h"
#include "rules/zoneclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

namespace caseloop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::ZoneResolver", text);
}

/// Non-comment, non-empty lines split by ','; the first such line is the header.
std::vector<std::pair<int, QStringList>> csvRows(const QByteArray& csv, const QString& name,
                                                 const QStringList& header)
{
    std::vector<std::pair<int, QStringList>> rows;
    const QList<QByteArray> lines = csv.split('\n');
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u',');
        if (!headerSeen) {
            if (cells != header)
                throw Error(Error::Kind::InvalidInput,
                            tr("%1, line %2: expected the header %3")
                                .arg(name, QString::number(i + 1), header.join(u',')));
            headerSeen = true;
            continue;
        }
        if (cells.size() != header.size())
            throw Error(Error::Kind::InvalidInput,
                        tr("%1, line %2: expected %3 columns")
                            .arg(name, QString::number(i + 1), QString::number(header.size())));
        rows.emplace_back(i + 1, cells);
    }
    return rows;
}

QStringList parseZones(const QString& cell, const QString& name, int line)
{
    const QStringList zones = cell.split(u';', Qt::SkipEmptyParts);
    if (zones.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    tr("%1, line %2: no time zone").arg(name, QString::number(line)));
    for (const QString& z : zones) {
        if (!ZoneClock::get(z))
            throw Error(
                Error::Kind::InvalidInput,
                tr("%1, line %2: unknown IANA time zone '%3'").arg(name, QString::number(line), z));
    }
    return zones;
}

bool isNanpCode(QStringView three)
{
    // NXX: first digit 2-9; N11 codes are service codes, not area codes / exchanges.
    return three.size() == 3 && three[0] >= u'2' && three[0] <= u'9' &&
           !(three[1] == u'1' && three[2] == u'1');
}

void addUnique(std::vector<ZoneCandidate>& out, const std::shared_ptr<const ZoneClock>& clock,
               const QString& source)
{
    for (auto& c : out) {
        if (c.clock == clock) { // clocks are shared per zone id
            if (!c.sources.contains(source))
                c.sources << source;
            return;
        }
    }
    out.push_back({clock->id(), {source}, clock});
}

std::vector<std::shared_ptr<const ZoneClock>> clocksOf(const QStringList& zones)
{
    std::vector<std::shared_ptr<const ZoneClock>> clocks;
    for (const QString& z : zones) {
        if (auto c = ZoneClock::get(z))
            clocks.push_back(std::move(c));
    }
    return clocks;
}

} // namespace

QString ParsedPhone::e164() const
{
    return countryCode > 0 ? u'+' + QString::number(countryCode) + nationalNumber : nationalNumber;
}

const ZoneResolver& ZoneResolver::shared()
{
    static const ZoneResolver instance = [] {
        const auto read = [](const QString& path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw Error(Error::Kind::NotFound, tr("Missing built-in table %1").arg(path));
            return f.readAll();
        };
        return fromCsv(read(QStringLiteral(":/rules/us-area-codes.csv")),
                       read(QStringLiteral(":/rules/us-state-zones.csv")));
    }();
    return instance;
}

ZoneResolver ZoneResolver::fromCsv(const QByteArray& areaCodesCsv, const QByteArray& stateZonesCsv)
{
    ZoneResolver r;
    const QString areaName = QStringLiteral("us-area-codes.csv");
    for (const auto& [line, cells] : csvRows(areaCodesCsv, areaName,
                                             {QStringLiteral("area_code"), QStringLiteral("region"),
                                              QStringLiteral("zones"), QStringLiteral("check")})) {
        const QString code = cells.at(0);
        bool digits = code.size() == 3;
        for (QChar c : code)
            digits = digits && c.isDigit();
        if (!digits || !isNanpCode(code))
            throw Error(Error::Kind::InvalidInput, tr("%1, line %2: '%3' is not a NANP area code")
                                                       .arg(areaName, QString::number(line), code));
        if (r.m_areaIndex.contains(code))
            throw Error(Error::Kind::InvalidInput, tr("%1, line %2: duplicate area code %3")
                                                       .arg(areaName, QString::number(line), code));
        r.m_areaIndex.insert(code, int(r.m_areaCodes.size()));
        r.m_areaCodes.push_back(
            {code, cells.at(1), parseZones(cells.at(2), areaName, line), cells.at(3)});
        r.m_areaClocks.push_back(clocksOf(r.m_areaCodes.back().zones));
    }
    const QString stateName = QStringLiteral("us-state-zones.csv");
    for (const auto& [line, cells] :
         csvRows(stateZonesCsv, stateName, {QStringLiteral("region"), QStringLiteral("zones")})) {
        if (r.m_regionZones.contains(cells.at(0)))
            throw Error(Error::Kind::InvalidInput,
                        tr("%1, line %2: duplicate region %3")
                            .arg(stateName, QString::number(line), cells.at(0)));
        r.m_regionZones.insert(cells.at(0), parseZones(cells.at(1), stateName, line));
        r.m_regionClocks.insert(cells.at(0), clocksOf(r.m_regionZones.value(cells.at(0))));
    }
    r.m_shanghai = clocksOf({QStringLiteral("Asia/Shanghai")});
    return r;
}

QStringList ZoneResolver::zonesForAreaCode(QStringView code) const
{
    const auto it = m_areaIndex.constFind(code.toString());
    return it == m_areaIndex.constEnd() ? QStringList{} : m_areaCodes.at(*it).zones;
}

QString ZoneResolver::normaliseCountry(QStringView country)
{
    const QString c = country.trimmed().toString().toUpper();
    if (c == u"USA" || c == u"UNITED STATES" || c == u"US")
        return QStringLiteral("US");
    if (c == u"CHN" || c == u"CHINA" || c == u"PRC" || c == u"CN" || c == u"中国")
        return QStringLiteral("CN");
    return c;
}

QStringList ZoneResolver::zonesForRegion(QStringView country, QStringView region) const
{
    const QString c = normaliseCountry(country);
    const QString r = region.trimmed().toString().toUpper();
    if (c == u"US") {
        return m_regionZones.value(r);
    }
    if (c == u"CN")
        return {QStringLiteral("Asia/Shanghai")};
    // US territories given as countries (ISO codes PR, VI, GU, MP, AS).
    if (c.size() == 2 && m_regionZones.contains(c))
        return m_regionZones.value(c);
    if (c.size() == 2) {
        // Any other country with exactly one zone in tzdata.
        const auto territory = QLocale::codeToTerritory(c);
        if (territory != QLocale::AnyTerritory) {
            const auto ids = QTimeZone::availableTimeZoneIds(territory);
            if (ids.size() == 1)
                return {QString::fromUtf8(ids.first())};
        }
    }
    return {};
}

std::optional<ParsedPhone> ZoneResolver::parsePhone(QStringView text, QStringView defaultCountry)
{
    char16_t buffer[32];
    qsizetype count = 0;
    bool plus = false;
    for (QChar ch : text) {
        if (ch.unicode() >= u'0' && ch.unicode() <= u'9') {
            if (count == 32)
                return std::nullopt;
            buffer[count++] = ch.unicode();
        } else if (ch == u'+' && count == 0 && !plus) {
            plus = true;
        } else if (ch != u' ' && ch != u'-' && ch != u'.' && ch != u'(' && ch != u')' &&
                   ch != u'/' && ch != u'\u00a0') {
            return std::nullopt; // letters, extensions etc.: not a plain number
        }
    }
    QStringView digits(buffer, count);
    if (!plus && digits.startsWith(u"00")) {
        plus = true;
        digits = digits.mid(2);
    }
    const auto nanp = [](QStringView ten) -> std::optional<ParsedPhone> {
        if (ten.size() != 10 || !isNanpCode(ten.left(3)) || !isNanpCode(ten.mid(3, 3)))
            return std::nullopt;
        return ParsedPhone{1, ten.toString(), ten.left(3).toString()};
    };
    const auto chinese = [](QStringView national) -> std::optional<ParsedPhone> {
        if (national.startsWith(u'0'))
            national = national.mid(1);
        const bool mobile = national.size() == 11 && national[0] == u'1' && national[1] >= u'3';
        const bool landline = national.size() >= 9 && national.size() <= 11 && national[0] != u'1';
        const bool beijingEtc = national.size() == 10 && national[0] == u'1' && national[1] == u'0';
        if (!mobile && !landline && !beijingEtc)
            return std::nullopt;
        return ParsedPhone{86, national.toString(), {}};
    };
    if (plus) {
        if (digits.startsWith(u'1'))
            return nanp(digits.mid(1));
        if (digits.startsWith(u"86"))
            return chinese(digits.mid(2));
        if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0'))
            return std::nullopt;
        return ParsedPhone{0, digits.toString(), {}}; // valid number, country not resolved
    }
    const bool china = defaultCountry.compare(u"CN", Qt::CaseInsensitive) == 0 ||
                       (defaultCountry.size() > 2 && normaliseCountry(defaultCountry) == u"CN");
    if (china)
        return chinese(digits);
    if (digits.size() == 11 && digits.startsWith(u'1'))
        return nanp(digits.mid(1));
    return nanp(digits);
}

QStringList ZoneResolver::zonesForPhone(const ParsedPhone& phone) const
{
    if (phone.countryCode == 1)
        return zonesForAreaCode(phone.areaCode);
    if (phone.countryCode == 86)
        return {QStringLiteral("Asia/Shanghai")};
    return {};
}

const ZoneResolver::Clocks& ZoneResolver::clocksForRegion(QStringView country, QStringView region,
                                                          Clocks& scratch) const
{
    static const Clocks none;
    if (country.size() == 2 && region.size() <= 3) {
        // Fast path for the common case, without allocations: "US" + state, "CN".
        const QChar c0 = country[0].toUpper();
        const QChar c1 = country[1].toUpper();
        if (c0 == u'U' && c1 == u'S') {
            char16_t key[3] = {};
            for (qsizetype i = 0; i < region.size(); ++i)
                key[i] = region[i].toUpper().unicode();
            const auto it = m_regionClocks.constFind(
                QString::fromRawData(reinterpret_cast<const QChar*>(key), region.size()));
            return it == m_regionClocks.constEnd() ? none : *it;
        }
        if (c0 == u'C' && c1 == u'N')
            return m_shanghai;
    }
    scratch = clocksOf(zonesForRegion(country, region));
    return scratch;
}

std::vector<ZoneCandidate>
ZoneResolver::resolve(const DebtorLocation& where, const QStringList& sources,
                      const QString& defaultCountry,
                      std::vector<std::optional<ParsedPhone>>* parsedPhones) const
{
    static const QString stated = QStringLiteral("consumer_stated");
    static const QString postal = QStringLiteral("postal_address");
    static const QString phone = QStringLiteral("phone");
    std::vector<ZoneCandidate> out;
    const auto use = [&](const QString& s) { return sources.isEmpty() || sources.contains(s); };
    if (use(stated) && !where.timezone.isEmpty()) {
        if (auto clock = ZoneClock::get(where.timezone))
            addUnique(out, clock, stated);
    }
    if (use(postal) && !where.country.isEmpty()) {
        Clocks scratch;
        for (const auto& clock : clocksForRegion(where.country, where.region, scratch))
            addUnique(out, clock, postal);
    }
    const QString& country = where.country.isEmpty() ? defaultCountry : where.country;
    if (parsedPhones)
        parsedPhones->clear();
    for (const QString& p : where.phones) {
        auto parsed = parsePhone(p, country);
        if (parsed && use(phone)) {
            if (parsed->countryCode == 1) {
                const auto it = m_areaIndex.constFind(parsed->areaCode);
                if (it != m_areaIndex.constEnd()) {
                    for (const auto& clock : m_areaClocks[std::size_t(*it)])
                        addUnique(out, clock, phone);
                }
            } else if (parsed->countryCode == 86) {
                addUnique(out, m_shanghai.front(), phone);
            }
        }
        if (parsedPhones)
            parsedPhones->push_back(std::move(parsed));
    }
    return out;
}

} // namespace caseloop
