#include "complaints/complainttaxonomy.h"

#include "error.h"
#include "rules/jsonfields.h"

#include <QFile>

#include <set>

namespace caseloop {

namespace {

using jsonfields::ObjectReader;
using nlohmann::json;

BilingualText readLabel(const ObjectReader& parent)
{
    const ObjectReader r(parent.required("label"), parent.child("label"), parent.source());
    r.allowOnly({"en", "zh"});
    BilingualText t{r.string("en").trimmed(), r.string("zh").trimmed()};
    if (t.en.isEmpty() || t.zh.isEmpty())
        r.fail(r.path(),
               ComplaintTaxonomy::tr("both the English and the Chinese label are needed"));
    return t;
}

} // namespace

ComplaintTaxonomy ComplaintTaxonomy::parse(const QByteArray& bytes, const QString& source)
{
    const json root = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (root.is_discarded()) {
        const QString what = tr("not valid JSON");
        throw Error(Error::Kind::InvalidInput, source.isEmpty() ? what : source + u": " + what);
    }
    const ObjectReader r(root, {}, source);
    r.allowOnly({"version", "note", "categories"});
    r.integer("version", 1, 1'000'000);
    const json& list = r.required("categories");
    if (!list.is_array() || list.empty())
        r.fail(QStringLiteral("categories"), tr("expected a non-empty array of categories"));

    ComplaintTaxonomy t;
    std::set<QString> codes;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const ObjectReader c(list[i], QStringLiteral("categories[%1]").arg(i), source);
        c.allowOnly({"code", "family", "label", "severity", "conduct", "issue", "sub_issue", "era",
                     "maps_to"});
        TaxonomyCategory cat;
        cat.code = c.string("code").trimmed();
        if (cat.code.isEmpty() || cat.code.size() > 80)
            c.fail(c.child("code"), tr("a code of 1 to 80 characters is needed"));
        if (!codes.insert(cat.code).second)
            c.fail(c.child("code"), tr("the code “%1” appears more than once").arg(cat.code));
        cat.family = c.string("family");
        cat.label = readLabel(c);
        if (cat.family == u"cn") {
            const QString severity = c.string("severity");
            cat.severity = fromCode<Severity>(severity);
            if (!cat.severity)
                c.fail(c.child("severity"), tr("unknown value “%1” (expected one of: %2)")
                                                .arg(severity, allCodes<Severity>().join(u", ")));
            cat.conduct = c.boolean("conduct", false);
            for (const char* key : {"issue", "sub_issue", "era", "maps_to"}) {
                if (c.has(key))
                    c.fail(c.child(key), tr("only CFPB categories have this field"));
            }
        } else if (cat.family == u"cfpb") {
            cat.issue = c.string("issue");
            cat.subIssue = c.string("sub_issue", false);
            cat.era = c.string("era");
            if (cat.era != u"old" && cat.era != u"new" && cat.era != u"both")
                c.fail(c.child("era"),
                       tr("unknown value “%1” (expected one of: old, new, both)").arg(cat.era));
            cat.mapsTo = c.string("maps_to");
            for (const char* key : {"severity", "conduct"}) {
                if (c.has(key))
                    c.fail(c.child(key), tr("only Chinese categories have this field"));
            }
        } else {
            c.fail(c.child("family"),
                   tr("unknown value “%1” (expected one of: cn, cfpb)").arg(cat.family));
        }
        t.m_categories.push_back(std::move(cat));
    }
    for (std::size_t i = 0; i < t.m_categories.size(); ++i) {
        const TaxonomyCategory& cat = t.m_categories[i];
        if (cat.family != u"cfpb")
            continue;
        const TaxonomyCategory* target = t.find(cat.mapsTo);
        if (!target || target->family != u"cn")
            r.fail(QStringLiteral("categories[%1].maps_to").arg(i),
                   tr("“%1” is not a Chinese category of this taxonomy").arg(cat.mapsTo));
        for (std::size_t j = 0; j < i; ++j) {
            const TaxonomyCategory& other = t.m_categories[j];
            if (other.family == u"cfpb" && other.issue == cat.issue &&
                other.subIssue == cat.subIssue)
                r.fail(QStringLiteral("categories[%1].sub_issue").arg(i),
                       tr("the same issue and sub-issue appear more than once"));
        }
    }
    return t;
}

const ComplaintTaxonomy& ComplaintTaxonomy::shipped()
{
    static const ComplaintTaxonomy taxonomy = [] {
        const QString path = QStringLiteral(":/complaints/taxonomy.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io, tr("The complaint taxonomy cannot be read."),
                        file.errorString());
        return parse(file.readAll(), path);
    }();
    return taxonomy;
}

std::vector<TaxonomyCategory> ComplaintTaxonomy::family(const QString& family) const
{
    std::vector<TaxonomyCategory> out;
    for (const TaxonomyCategory& c : m_categories) {
        if (c.family == family)
            out.push_back(c);
    }
    return out;
}

const TaxonomyCategory* ComplaintTaxonomy::find(const QString& code) const
{
    for (const TaxonomyCategory& c : m_categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const TaxonomyCategory* ComplaintTaxonomy::findCfpb(const QString& issue,
                                                    const QString& subIssue) const
{
    for (const TaxonomyCategory& c : m_categories) {
        if (c.family == u"cfpb" && c.issue == issue && c.subIssue == subIssue)
            return &c;
    }
    return nullptr;
}

} // namespace caseloop
