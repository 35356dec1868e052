#pragma once

#include "domain/records.h"
#include "services/contactlogservice.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QLabel;
class QWidget;

namespace caseloop {

/// Translated labels, icons and formats the case screen shows for domain codes, so that every
/// tab and the contact form say the same thing for the same value.
class CaseLabels final {
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    static QString channel(Channel channel);
    static QString channelIcon(Channel channel);
    static QString direction(Direction direction);
    static QString hold(HoldType type);
    static QString followUpType(FollowUpType type);
    static QString frequency(PlanFrequency frequency);
    static QString complaintStatus(ComplaintStatus status);
    static QString severity(Severity severity);
    static QString surveyChannel(SurveyChannel channel);
    static QString respondent(RespondentType type);
    static QString phoneKind(const QString& kind);
    static QString metPerson(const QString& code);
    /// Codes offered for "who was met" on a field visit.
    static QStringList metPersonCodes();
    static QString role(Role role);
    /// Whether the user interface currently speaks Chinese (outcome labels come in en and zh).
    static bool chineseUi();
    /// The label of an outcome code in the interface language; the code when it is unknown.
    static QString outcome(const QString& code, const std::vector<OutcomeCode>& outcomes);
    static QString outcome(const OutcomeCode& outcome);
    static QString money(const Money& money);
    /// A UTC instant in the agent's local time, short date and time.
    static QString dateTime(const QDateTime& utc);
    static QString date(const QDate& date);
    /// A UTC instant as wall time in @p zoneId (time only, with the day when it differs from
    /// the agent's local day).
    static QString zoneTime(const QDateTime& utc, const QString& zoneId);
    /// "1:05" / "1:02:03" for a duration in seconds.
    static QString duration(qint64 seconds);
    /// A small rounded badge: tinted background, coloured border and text (never colour alone).
    /// @p tone is a CaseListModel::Tone value.
    static QLabel* badge(const QString& text, int tone, QWidget* parent);
    static void setBadge(QLabel* label, const QString& text, int tone);
};

} // namespace caseloop
