#include "error.h"
#include "rules/zoneresolver.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace caseloop;

namespace {

QStringList zones(std::initializer_list<const char*> ids)
{
    QStringList out;
    for (const char* id : ids)
        out << QString::fromLatin1(id);
    return out;
}

const QStringList usStatesAndDc{
    QStringLiteral("AL"), QStringLiteral("AK"), QStringLiteral("AZ"), QStringLiteral("AR"),
    QStringLiteral("CA"), QStringLiteral("CO"), QStringLiteral("CT"), QStringLiteral("DE"),
    QStringLiteral("DC"), QStringLiteral("FL"), QStringLiteral("GA"), QStringLiteral("HI"),
    QStringLiteral("ID"), QStringLiteral("IL"), QStringLiteral("IN"), QStringLiteral("IA"),
    QStringLiteral("KS"), QStringLiteral("KY"), QStringLiteral("LA"), QStringLiteral("ME"),
    QStringLiteral("MD"), QStringLiteral("MA"), QStringLiteral("MI"), QStringLiteral("MN"),
    QStringLiteral("MS"), QStringLiteral("MO"), QStringLiteral("MT"), QStringLiteral("NE"),
    QStringLiteral("NV"), QStringLiteral("NH"), QStringLiteral("NJ"), QStringLiteral("NM"),
    QStringLiteral("NY"), QStringLiteral("NC"), QStringLiteral("ND"), QStringLiteral("OH"),
    QStringLiteral("OK"), QStringLiteral("OR"), QStringLiteral("PA"), QStringLiteral("RI"),
    QStringLiteral("SC"), QStringLiteral("SD"), QStringLiteral("TN"), QStringLiteral("TX"),
    QStringLiteral("UT"), QStringLiteral("VT"), QStringLiteral("VA"), QStringLiteral("WA"),
    QStringLiteral("WV"), QStringLiteral("WI"), QStringLiteral("WY")};

} // namespace

TEST(ZoneResolver, AreaCodeTableRowsAreValid)
{
    const auto& table = ZoneResolver::shared().areaCodes();
    EXPECT_GE(table.size(), 340u);
    QSet<QString> seen;
    for (const auto& row : table) {
        SCOPED_TRACE(row.code.toStdString());
        EXPECT_EQ(row.code.size(), 3);
        EXPECT_GE(row.code.at(0), u'2');
        EXPECT_FALSE(seen.contains(row.code)) << "duplicate";
        seen.insert(row.code);
        ASSERT_FALSE(row.zones.isEmpty());
        for (const QString& z : row.zones)
            EXPECT_TRUE(QTimeZone(z.toUtf8()).isValid()) << z.toStdString();
        EXPECT_TRUE(row.check == u"lpn2018" || row.check == u"added") << row.check.toStdString();
        // Every area code's region is known, and its zones are zones of that region (928 adds
        // America/Denver for the Navajo Nation, which observes DST; see README).
        const QStringList regionZones = ZoneResolver::shared().zonesForRegion(u"US", row.region);
        ASSERT_FALSE(regionZones.isEmpty()) << row.region.toStdString();
        for (const QString& z : row.zones) {
            if (row.code == u"928" && z == u"America/Denver")
                continue;
            EXPECT_TRUE(regionZones.contains(z)) << z.toStdString();
        }
    }
}

TEST(ZoneResolver, EveryStateHasAreaCodesAndZones)
{
    QSet<QString> regions;
    for (const auto& row : ZoneResolver::shared().areaCodes())
        regions.insert(row.region);
    for (const QString& s : usStatesAndDc) {
        EXPECT_TRUE(regions.contains(s)) << s.toStdString();
        EXPECT_FALSE(ZoneResolver::shared().zonesForRegion(u"US", s).isEmpty()) << s.toStdString();
    }
    for (const char* territory : {"PR", "VI", "GU", "MP", "AS"})
        EXPECT_TRUE(regions.contains(QString::fromLatin1(territory))) << territory;
}

TEST(ZoneResolver, AreaCodeAnchors)
{
    const auto& r = ZoneResolver::shared();
    const auto first = [&](const char* code) {
        const QStringList z = r.zonesForAreaCode(QString::fromLatin1(code));
        return z.isEmpty() ? QString() : z.first();
    };
    EXPECT_EQ(first("212"), QStringLiteral("America/New_York"));
    EXPECT_EQ(first("213"), QStringLiteral("America/Los_Angeles"));
    EXPECT_EQ(first("602"), QStringLiteral("America/Phoenix"));
    EXPECT_EQ(r.zonesForAreaCode(u"602"), zones({"America/Phoenix"}));
    EXPECT_EQ(first("808"), QStringLiteral("Pacific/Honolulu"));
    EXPECT_EQ(first("907"), QStringLiteral("America/Anchorage"));
    EXPECT_EQ(first("312"), QStringLiteral("America/Chicago"));
    EXPECT_EQ(first("303"), QStringLiteral("America/Denver"));
    EXPECT_EQ(first("787"), QStringLiteral("America/Puerto_Rico"));
    EXPECT_EQ(r.zonesForAreaCode(u"850"), zones({"America/New_York", "America/Chicago"}));
    EXPECT_EQ(r.zonesForAreaCode(u"915"), zones({"America/Denver"}));
    EXPECT_TRUE(r.zonesForAreaCode(u"416").isEmpty()); // Toronto: not a US code
    EXPECT_TRUE(r.zonesForAreaCode(u"800").isEmpty()); // toll-free: no place
}

TEST(ZoneResolver, StatesSplitAcrossZonesGiveAllZones)
{
    const auto& r = ZoneResolver::shared();
    for (const char* s : {"TX", "FL", "IN", "KY", "TN", "MI", "ND", "SD", "NE", "KS", "OR", "ID"})
        EXPECT_GE(r.zonesForRegion(u"US", QString::fromLatin1(s)).size(), 2) << s;
    EXPECT_EQ(r.zonesForRegion(u"US", u"TX"), zones({"America/Chicago", "America/Denver"}));
    EXPECT_EQ(r.zonesForRegion(u"US", u"AZ"), zones({"America/Phoenix"}));
    EXPECT_EQ(r.zonesForRegion(u"US", u"HI"), zones({"Pacific/Honolulu"}));
    EXPECT_TRUE(r.zonesForRegion(u"US", u"AK").contains(QStringLiteral("America/Anchorage")));
    EXPECT_EQ(r.zonesForRegion(u"usa", u"ny"), zones({"America/New_York"}));
    EXPECT_EQ(r.zonesForRegion(u"PR", u""), zones({"America/Puerto_Rico"}));
    EXPECT_EQ(r.zonesForRegion(u"CN", u"GD"), zones({"Asia/Shanghai"}));
    EXPECT_EQ(r.zonesForRegion(u"China", u""), zones({"Asia/Shanghai"}));
    EXPECT_EQ(r.zonesForRegion(u"FR", u""), zones({"Europe/Paris"})); // single-zone country
    EXPECT_TRUE(r.zonesForRegion(u"RU", u"").isEmpty());              // many zones: unknown
    EXPECT_TRUE(r.zonesForRegion(u"US", u"XX").isEmpty());
}

TEST(ZoneResolver, ParsesPhoneNumbers)
{
    struct Case {
        const char* text;
        const char* defaultCountry;
        int countryCode;
        const char* national;
        const char* area;
    };
    const Case cases[] = {
        {"+1 602 555 0100", "", 1, "6025550100", "602"},
        {"(212) 555-0100", "", 1, "2125550100", "212"},
        {"1-212-555-0100", "US", 1, "2125550100", "212"},
        {"212.555.0100", "", 1, "2125550100", "212"},
        {"001 808 555 0100", "", 1, "8085550100", "808"},
        {"+86 138 0013 8000", "", 86, "13800138000", ""},
        {"+86 (10) 8888 8888", "", 86, "1088888888", ""},
        {"13800138000", "CN", 86, "13800138000", ""},
        {"010-8888 8888", "CN", 86, "1088888888", ""},
        {"0086 139 0013 9000", "", 86, "13900139000", ""},
        {"+44 20 7946 0958", "", 0, "442079460958", ""},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        const auto p = ZoneResolver::parsePhone(QString::fromUtf8(c.text),
                                                QString::fromLatin1(c.defaultCountry));
        ASSERT_TRUE(p.has_value());
        EXPECT_EQ(p->countryCode, c.countryCode);
        EXPECT_EQ(p->nationalNumber, QString::fromLatin1(c.national));
        EXPECT_EQ(p->areaCode, QString::fromLatin1(c.area));
    }
    EXPECT_EQ(ZoneResolver::parsePhone(u"(212) 555-0100")->e164(), QStringLiteral("+12125550100"));
    for (const char* bad : {"555-0100", "+1 112 555 0100", "+1 212 155 0100", "+1 911 555 0100",
                            "call me", "212-555-0100 ext 5", "", "+", "13800138000"}) {
        EXPECT_FALSE(ZoneResolver::parsePhone(QString::fromLatin1(bad)).has_value()) << bad;
    }
}

TEST(ZoneResolver, ResolvesAllCandidatesInSourceOrder)
{
    const auto& r = ZoneResolver::shared();
    DebtorLocation where;
    where.phones = {QStringLiteral("+1 212 555 0100")};
    where.country = QStringLiteral("US");
    where.region = QStringLiteral("CA");
    auto c = r.resolve(where);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].zone, QStringLiteral("America/Los_Angeles"));
    EXPECT_EQ(c[0].sources, QStringList{QStringLiteral("postal_address")});
    EXPECT_EQ(c[1].zone, QStringLiteral("America/New_York"));
    EXPECT_EQ(c[1].sources, QStringList{QStringLiteral("phone")});

    // Same zone from address and phone: one candidate with both sources; stated zone first.
    where.region = QStringLiteral("NY");
    where.timezone = QStringLiteral("America/Chicago");
    c = r.resolve(where);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].zone, QStringLiteral("America/Chicago"));
    EXPECT_EQ(c[1].sources,
              (QStringList{QStringLiteral("postal_address"), QStringLiteral("phone")}));

    // Sources can be limited; unknown stated zones are ignored.
    c = r.resolve(where, {QStringLiteral("phone")});
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].zone, QStringLiteral("America/New_York"));
    where.timezone = QStringLiteral("Mars/Olympus");
    EXPECT_EQ(r.resolve(where).size(), 1u);

    // National Chinese numbers need the country (from the address or a default).
    DebtorLocation cn;
    cn.phones = {QStringLiteral("138 0013 8000")};
    EXPECT_TRUE(r.resolve(cn).empty());
    ASSERT_EQ(r.resolve(cn, {}, QStringLiteral("CN")).size(), 1u);
    EXPECT_EQ(r.resolve(cn, {}, QStringLiteral("CN"))[0].zone, QStringLiteral("Asia/Shanghai"));
}

TEST(ZoneResolver, RejectsBrokenTables)
{
    const QByteArray states = "region,zones\nNY,America/New_York\n";
    const auto message = [&](const QByteArray& area, const QByteArray& st) -> QString {
        try {
            ZoneResolver::fromCsv(area, st);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::InvalidInput);
            return e.message();
        }
        return {};
    };
    const QByteArray header = "# comment\narea_code,region,zones,check\n";
    EXPECT_TRUE(message(header + "212,NY,America/New_York,lpn2018\n", states).isEmpty());
    EXPECT_TRUE(message(header + "212,NY,America/New_York,x\n212,NY,America/New_York,x\n", states)
                    .contains(QStringLiteral("duplicate area code 212")));
    EXPECT_TRUE(
        message(header + "212,NY,America/Gotham,x\n", states).contains(QStringLiteral("line 3")));
    EXPECT_TRUE(message(header + "112,NY,America/New_York,x\n", states)
                    .contains(QStringLiteral("not a NANP area code")));
    EXPECT_TRUE(message("code,zones\n", states).contains(QStringLiteral("header")));
    EXPECT_TRUE(message(header, "region,zones\nNY\n").contains(QStringLiteral("columns")));
}
