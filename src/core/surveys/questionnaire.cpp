#include "surveys/questionnaire.h"

#include "error.h"
#include "rules/jsonfields.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <set>

namespace caseloop {

namespace {

using jsonfields::ObjectReader;
using nlohmann::json;

QString tr(const char* text)
{
    return Questionnaire::tr(text);
}

QString index(const QString& path, std::size_t i)
{
    return path + u'[' + QString::number(i) + u']';
}

BilingualText readText(const ObjectReader& parent, const char* key, bool mandatory)
{
    if (parent.isNull(key)) {
        if (mandatory)
            parent.fail(parent.child(key), tr("missing required field"));
        return {};
    }
    const ObjectReader r(parent.raw(key), parent.child(key), parent.source());
    r.allowOnly({"en", "zh"});
    BilingualText t;
    t.en = r.string("en").trimmed();
    t.zh = r.string("zh").trimmed();
    if (t.en.isEmpty())
        r.fail(r.child("en"), tr("the English text is empty"));
    if (t.zh.isEmpty())
        r.fail(r.child("zh"), tr("the Chinese text is empty"));
    if (t.en.size() > Questionnaire::maxTextLength || t.zh.size() > Questionnaire::maxTextLength)
        r.fail(r.path(), tr("longer than %1 characters").arg(Questionnaire::maxTextLength));
    return t;
}

/// Anchors keyed "1".."5" (dimensions) or "0".."10" (NPS). @p required lists the points that
/// must be labelled; every key must be a whole number within [low, high].
std::map<int, BilingualText> readAnchors(const ObjectReader& parent, int low, int high,
                                         const std::vector<int>& required)
{
    const json& value = parent.required("anchors");
    const QString path = parent.child("anchors");
    if (!value.is_object())
        parent.fail(path, tr("expected an object mapping each score to its label"));
    const ObjectReader r(value, path, parent.source());
    std::map<int, BilingualText> anchors;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        bool ok = false;
        const int point = key.toInt(&ok);
        if (!ok || key != QString::number(point))
            r.fail(path + u'.' + key, tr("“%1” is not a score (use \"1\", \"2\", ...)").arg(key));
        if (point < low || point > high)
            r.fail(path + u'.' + key,
                   tr("score %1 is outside the scale %2–%3").arg(point).arg(low).arg(high));
        anchors[point] = readText(r, it.key().c_str(), true);
    }
    for (const int point : required) {
        if (!anchors.contains(point))
            r.fail(path + u'.' + QString::number(point),
                   tr("missing anchor: every score from %1 to %2 needs a label")
                       .arg(required.front())
                       .arg(required.back()));
    }
    return anchors;
}

QuestionnaireDimension readDimension(const ObjectReader& r)
{
    r.allowOnly({"key", "label", "help", "min", "max", "anchors", "comment"});
    QuestionnaireDimension d;
    const QString key = r.string("key");
    const std::optional<SurveyDimension> k = fromCode<SurveyDimension>(key);
    if (!k)
        r.fail(r.child("key"), tr("unknown dimension “%1” (expected one of: %2)")
                                   .arg(key, allCodes<SurveyDimension>().join(u", ")));
    d.key = *k;
    d.label = readText(r, "label", true);
    d.help = readText(r, "help", false);
    d.min = r.integer("min", 1, 5, 1);
    d.max = r.integer("max", 1, 5, 5);
    if (d.max <= d.min)
        r.fail(r.child("max"), tr("must be greater than min (%1)").arg(d.min));
    std::vector<int> points;
    for (int p = d.min; p <= d.max; ++p)
        points.push_back(p);
    d.anchors = readAnchors(r, d.min, d.max, points);
    d.comment = r.boolean("comment", false);
    return d;
}

NpsQuestion readNps(const ObjectReader& r)
{
    r.allowOnly({"label", "help", "min", "max", "anchors"});
    NpsQuestion n;
    n.label = readText(r, "label", true);
    n.help = readText(r, "help", false);
    r.integer("min", NpsQuestion::min, NpsQuestion::min, NpsQuestion::min);
    r.integer("max", NpsQuestion::max, NpsQuestion::max, NpsQuestion::max);
    n.anchors =
        readAnchors(r, NpsQuestion::min, NpsQuestion::max, {NpsQuestion::min, NpsQuestion::max});
    return n;
}

json textJson(const BilingualText& t)
{
    return json{{"en", t.en.toStdString()}, {"zh", t.zh.toStdString()}};
}

json anchorsJson(const std::map<int, BilingualText>& anchors)
{
    json out = json::object();
    for (const auto& [point, text] : anchors)
        out[std::to_string(point)] = textJson(text);
    return out;
}

} // namespace

QString BilingualText::text(const QString& locale) const
{
    const bool chinese = locale.startsWith(u"zh", Qt::CaseInsensitive);
    const QString& preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

Questionnaire Questionnaire::parse(const QByteArray& bytes, const QString& source)
{
    const json root = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (root.is_discarded()) {
        const QString what = tr("not valid JSON");
        throw Error(Error::Kind::InvalidInput, source.isEmpty() ? what : source + u": " + what);
    }
    const ObjectReader r(root, {}, source);
    r.allowOnly({"code", "version", "respondent_type", "name", "description", "dimensions", "nps",
                 "comment"});
    Questionnaire q;
    q.code = r.string("code");
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9-]{0,39}$"));
    if (!codePattern.match(q.code).hasMatch())
        r.fail(QStringLiteral("code"),
               tr("“%1” is not a valid code (lower-case letters, digits and '-', starting with a "
                  "letter, at most 40 characters)")
                   .arg(q.code));
    q.version = r.integer("version", 1, 1'000'000);
    const QString respondent = r.string("respondent_type");
    const std::optional<RespondentType> type = fromCode<RespondentType>(respondent);
    if (!type)
        r.fail(QStringLiteral("respondent_type"),
               tr("unknown value “%1” (expected one of: %2)")
                   .arg(respondent, allCodes<RespondentType>().join(u", ")));
    q.respondentType = *type;
    q.name = readText(r, "name", true);
    q.description = readText(r, "description", false);

    const json& dims = r.required("dimensions");
    if (!dims.is_array() || dims.empty())
        r.fail(QStringLiteral("dimensions"), tr("expected a non-empty array of dimensions"));
    std::set<SurveyDimension> seen;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const QString path = index(QStringLiteral("dimensions"), i);
        QuestionnaireDimension d = readDimension(ObjectReader(dims[i], path, source));
        if (!seen.insert(d.key).second)
            r.fail(path + QStringLiteral(".key"),
                   tr("dimension “%1” appears more than once").arg(toCode(d.key)));
        q.dimensions.push_back(std::move(d));
    }
    if (!seen.contains(SurveyDimension::Overall))
        r.fail(QStringLiteral("dimensions"),
               tr("the dimension “overall” is required (satisfaction figures are based on it)"));

    if (!r.isNull("nps"))
        q.nps = readNps(ObjectReader(r.raw("nps"), QStringLiteral("nps"), source));
    if (!r.isNull("comment")) {
        const ObjectReader c(r.raw("comment"), QStringLiteral("comment"), source);
        c.allowOnly({"label"});
        q.commentLabel = readText(c, "label", true);
    }
    return q;
}

Questionnaire Questionnaire::fromFile(const QString& path)
{
    QFile file(path);
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1: the survey definition cannot be read.").arg(name),
                    file.errorString());
    return parse(file.readAll(), name);
}

QStringList Questionnaire::shippedFiles()
{
    return {QStringLiteral(":/surveys/debtor-default.json"),
            QStringLiteral(":/surveys/client-default.json")};
}

std::vector<Questionnaire> Questionnaire::shipped()
{
    std::vector<Questionnaire> out;
    for (const QString& file : shippedFiles())
        out.push_back(fromFile(file));
    return out;
}

json Questionnaire::toJson() const
{
    json root{{"code", code.toStdString()},
              {"version", version},
              {"respondent_type", toCode(respondentType).toStdString()},
              {"name", textJson(name)}};
    if (!description.en.isEmpty())
        root["description"] = textJson(description);
    json dims = json::array();
    for (const QuestionnaireDimension& d : dimensions) {
        json dim{{"key", toCode(d.key).toStdString()},
                 {"label", textJson(d.label)},
                 {"min", d.min},
                 {"max", d.max},
                 {"anchors", anchorsJson(d.anchors)},
                 {"comment", d.comment}};
        if (!d.help.en.isEmpty())
            dim["help"] = textJson(d.help);
        dims.push_back(std::move(dim));
    }
    root["dimensions"] = std::move(dims);
    if (nps) {
        json n{{"label", textJson(nps->label)},
               {"min", NpsQuestion::min},
               {"max", NpsQuestion::max},
               {"anchors", anchorsJson(nps->anchors)}};
        if (!nps->help.en.isEmpty())
            n["help"] = textJson(nps->help);
        root["nps"] = std::move(n);
    }
    if (commentLabel)
        root["comment"] = json{{"label", textJson(*commentLabel)}};
    return root;
}

QString Questionnaire::toJsonText() const
{
    return QString::fromStdString(toJson().dump());
}

const QuestionnaireDimension* Questionnaire::dimension(SurveyDimension key) const
{
    for (const QuestionnaireDimension& d : dimensions) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

bool Questionnaire::sameContent(const Questionnaire& other) const
{
    Questionnaire a = *this;
    a.version = other.version;
    return a == other;
}

} // namespace caseloop
