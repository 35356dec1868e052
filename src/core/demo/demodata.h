#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/// Fixed reference tables of the demo generator: names, places, clients and short texts.
/// Everything is fictional; e-mail domains are the reserved example.* names.
namespace caseloop::demo {

struct UsPlace {
    QString city;
    QString state;
    int zipBase = 0;
    QString zone;
    QStringList areaCodes;
    double weight = 1;
};

struct CnPlace {
    QString province;
    QString city;
    int postalBase = 0;
    QString zone;
    QStringList districts;
    QString landlineCode; ///< without the leading 0, e.g. "21" for Shanghai
    double weight = 1;
};

struct ClientDef {
    QString code;
    QString name;
    QString country;               ///< "US" or "CN"
    QStringList originalCreditors; ///< empty: the client is the original creditor
    double balanceMedian = 0;      ///< major units
    double balanceSigma = 0.8;
    double weight = 1;
};

struct HanName {
    QString hanzi;
    QString pinyin;
};

struct TextPools {
    QStringList positiveEn, positiveZh, neutralEn, neutralZh, negativeEn, negativeZh, junk;
};

const std::vector<UsPlace>& usPlaces();
const std::vector<CnPlace>& cnPlaces();
const std::vector<ClientDef>& clients();

const QStringList& usFirstNames();
const QStringList& usLastNames();
const QStringList& usStreets();
const std::vector<HanName>& cnSurnames();
const std::vector<HanName>& cnGivenChars();
const QStringList& cnRoads();

/// Survey comments, grouped by sentiment and language.
const TextPools& surveyComments();
/// Contact notes for conversations, by language (index 0 English, 1 Chinese).
const QStringList& conversationNotes(int language);
const QStringList& attemptNotes(int language);
const QStringList& visitResults(int language,
                                int outcome); ///< outcome: 0 met, 1 not home, 2 invalid

/// Complaint categories (rules-reference.md §3 codes) with default weights and severities.
struct ComplaintCategory {
    QString code;
    double weight = 1;      ///< for agents with normal behaviour
    double worseWeight = 1; ///< for the agents whose behaviour is the problem
    int severity = 1;       ///< typical severity 0 low .. 3 critical
    bool conduct = false;   ///< about the agent's conduct (rather than data or process)
};
const std::vector<ComplaintCategory>& complaintCategories();
QString complaintDescription(const QString& category, bool chinese);
QString complaintRootCause(const QString& category, bool conduct, bool chinese);
QString complaintCorrectiveAction(bool conduct, int variant, bool chinese);

} // namespace caseloop::demo
