#pragma once

#include "domain/enums.h"
#include "surveys/questionnaire.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace caseloop {

/// One complaint category of the taxonomy: a Chinese industry category (family "cn", e.g.
/// FREQUENT 频繁骚扰) or a CFPB debt-collection issue / sub-issue (family "cfpb", with the exact
/// public values and the Chinese category it corresponds to).
struct TaxonomyCategory {
    QString code;   ///< stored in complaints.category, e.g. FREQUENT, CFPB.COMMUNICATION.FREQUENT
    QString family; ///< "cn" or "cfpb"
    BilingualText label;
    std::optional<Severity> severity; ///< cn: typical severity offered by the intake form
    bool conduct = false;             ///< cn: about an agent's conduct
    QString issue;                    ///< cfpb: the exact "Issue" value
    QString subIssue;                 ///< cfpb: the exact "Sub-issue" value; empty: issue level
    QString era;                      ///< cfpb: "old" (before 2017-04-24), "new" or "both"
    QString mapsTo;                   ///< cfpb: code of the corresponding cn category
};

/// The bilingual complaint taxonomy (resources/complaints/taxonomy.json). parse() is strict
/// like the survey definitions: unknown keys, duplicate codes and dangling maps_to are refused.
class ComplaintTaxonomy final {
    Q_DECLARE_TR_FUNCTIONS(ComplaintTaxonomy)

public:
    static ComplaintTaxonomy parse(const QByteArray& json, const QString& source = {});
    /// The shipped taxonomy (parsed once; throws Error if the resource is broken).
    static const ComplaintTaxonomy& shipped();

    const std::vector<TaxonomyCategory>& categories() const { return m_categories; }
    /// The categories of one family ("cn" or "cfpb"), in file order.
    std::vector<TaxonomyCategory> family(const QString& family) const;
    const TaxonomyCategory* find(const QString& code) const;
    /// The CFPB category with exactly these public values (an empty sub-issue finds the issue
    /// level), or nullptr.
    const TaxonomyCategory* findCfpb(const QString& issue, const QString& subIssue) const;

private:
    std::vector<TaxonomyCategory> m_categories;
};

} // namespace caseloop
