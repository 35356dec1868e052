#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace caseloop {

/// A text shown to people in both languages of the product.
struct BilingualText {
    QString en;
    QString zh;
    /// The text for @p locale ("zh", "zh-CN", "zh_CN" → Chinese; anything else → English).
    QString text(const QString& locale) const;
    bool operator==(const BilingualText&) const = default;
};

/// One rated dimension of a survey: a score from min to max (within 1–5), every point labelled.
struct QuestionnaireDimension {
    SurveyDimension key = SurveyDimension::Overall;
    BilingualText label;
    BilingualText help; ///< may be empty in both languages
    int min = 1;
    int max = 5;
    std::map<int, BilingualText> anchors; ///< one per point min..max
    bool comment = false;                 ///< the form offers a comment on this dimension
    bool operator==(const QuestionnaireDimension&) const = default;
};

/// The "would you recommend" question, scored 0–10; anchors label at least 0 and 10.
struct NpsQuestion {
    static constexpr int min = 0;
    static constexpr int max = 10;
    BilingualText label;
    BilingualText help;
    std::map<int, BilingualText> anchors;
    bool operator==(const NpsQuestion&) const = default;
};

/// A parsed and validated survey definition (the JSON of resources/surveys/, stored versioned in
/// the surveys table; caseloop::SurveyDefinition is that stored row). parse() is strict: unknown
/// keys, missing or extra anchors and out-of-range values are refused with an InvalidInput error
/// naming the field (e.g. "dimensions[1].anchors.3"). Format: docs/feedback.md.
struct Questionnaire {
    QString code; ///< [a-z][a-z0-9-]*, at most 40 characters
    int version = 1;
    RespondentType respondentType = RespondentType::Debtor;
    BilingualText name;
    BilingualText description;
    std::vector<QuestionnaireDimension> dimensions; ///< in form order; always has overall
    std::optional<NpsQuestion> nps;
    std::optional<BilingualText> commentLabel; ///< the general comment's prompt; none: no prompt

    static constexpr int maxTextLength = 500;

    /// Parses @p json; @p source (a file name) prefixes messages. Throws Error(InvalidInput).
    static Questionnaire parse(const QByteArray& json, const QString& source = {});
    /// Reads and parses a file (also ":/surveys/..." resources). Throws Error (Io/InvalidInput).
    static Questionnaire fromFile(const QString& path);
    /// The survey definitions shipped with CaseLoop (resources/surveys/*.json), in a fixed order.
    static QStringList shippedFiles();
    static std::vector<Questionnaire> shipped();

    /// The canonical JSON (keys sorted): what is stored in surveys.definition_json.
    nlohmann::json toJson() const;
    QString toJsonText() const;
    /// The dimension with @p key, or nullptr.
    const QuestionnaireDimension* dimension(SurveyDimension key) const;
    /// Same questions, labels and anchors; the version is not compared.
    bool sameContent(const Questionnaire& other) const;

    bool operator==(const Questionnaire&) const = default;

    Q_DECLARE_TR_FUNCTIONS(Questionnaire) // last: the macro ends with "private:"
};

} // namespace caseloop
