#include "casescreen/caselabels.h"

#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>

namespace caseloop {

QString CaseLabels::channel(Channel channel)
{
    switch (channel) {
    case Channel::Call:
        return tr("Call");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Visit:
        return tr("Field visit");
    }
    return {};
}

QString CaseLabels::channelIcon(Channel channel)
{
    return QStringLiteral(":/icons/channel-%1.svg").arg(toCode(channel));
}

QString CaseLabels::direction(Direction direction)
{
    return direction == Direction::Outbound ? tr("Outbound") : tr("Inbound");
}

QString CaseLabels::hold(HoldType type)
{
    switch (type) {
    case HoldType::Dispute:
        return tr("Dispute pending verification");
    case HoldType::CeaseCommunication:
        return tr("Cease communication");
    case HoldType::Bankruptcy:
        return tr("Bankruptcy");
    case HoldType::Deceased:
        return tr("Deceased");
    case HoldType::AttorneyRepresented:
        return tr("Represented by an attorney");
    case HoldType::Hardship:
        return tr("Hardship pause");
    case HoldType::DoNotCall:
        return tr("Do not call");
    case HoldType::EmployerProhibits:
        return tr("Employer prohibits contact");
    case HoldType::OriginalCreditorRequest:
        return tr("Original creditor request");
    case HoldType::ComplaintOpenSevere:
        return tr("Severe complaint open");
    case HoldType::PaidPendingConfirmation:
        return tr("Paid, pending confirmation");
    }
    return {};
}

QString CaseLabels::followUpType(FollowUpType type)
{
    switch (type) {
    case FollowUpType::Call:
        return tr("Call");
    case FollowUpType::Sms:
        return tr("SMS");
    case FollowUpType::Email:
        return tr("E-mail");
    case FollowUpType::Letter:
        return tr("Letter");
    case FollowUpType::Visit:
        return tr("Field visit");
    case FollowUpType::Review:
        return tr("Review");
    }
    return {};
}

QString CaseLabels::frequency(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Once:
        return tr("Once");
    case PlanFrequency::Weekly:
        return tr("Weekly");
    case PlanFrequency::Biweekly:
        return tr("Every two weeks");
    case PlanFrequency::Monthly:
        return tr("Monthly");
    }
    return {};
}

QString CaseLabels::complaintStatus(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return tr("Received");
    case ComplaintStatus::Acknowledged:
        return tr("Acknowledged");
    case ComplaintStatus::Investigating:
        return tr("Investigating");
    case ComplaintStatus::Resolved:
        return tr("Resolved");
    case ComplaintStatus::Closed:
        return tr("Closed", "complaint status");
    }
    return {};
}

QString CaseLabels::severity(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString CaseLabels::surveyChannel(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::PhoneCallback:
        return tr("Phone call-back");
    case SurveyChannel::Sms:
        return tr("SMS");
    case SurveyChannel::Email:
        return tr("E-mail");
    case SurveyChannel::Web:
        return tr("Web");
    case SurveyChannel::ThirdParty:
        return tr("Third party");
    case SurveyChannel::Internal:
        return tr("Internal");
    }
    return {};
}

QString CaseLabels::respondent(RespondentType type)
{
    return type == RespondentType::Debtor ? tr("Debtor") : tr("Client");
}

QString CaseLabels::phoneKind(const QString& kind)
{
    if (kind == QStringLiteral("mobile"))
        return tr("mobile");
    if (kind == QStringLiteral("home"))
        return tr("home");
    if (kind == QStringLiteral("work"))
        return tr("work");
    return kind;
}

QStringList CaseLabels::metPersonCodes()
{
    return {QStringLiteral("debtor"), QStringLiteral("relative"), QStringLiteral("third_party"),
            QStringLiteral("nobody")};
}

QString CaseLabels::metPerson(const QString& code)
{
    if (code == QStringLiteral("debtor"))
        return tr("The debtor");
    if (code == QStringLiteral("relative"))
        return tr("A relative");
    if (code == QStringLiteral("third_party"))
        return tr("Another person");
    if (code == QStringLiteral("nobody") || code.isEmpty())
        return tr("Nobody");
    return code;
}

QString CaseLabels::role(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Compliance:
        return tr("Compliance officer");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

bool CaseLabels::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString CaseLabels::outcome(const OutcomeCode& outcome)
{
    const QString label = chineseUi() ? outcome.labelZh : outcome.labelEn;
    return label.isEmpty() ? outcome.code : label;
}

QString CaseLabels::outcome(const QString& code, const std::vector<OutcomeCode>& outcomes)
{
    for (const OutcomeCode& o : outcomes) {
        if (o.code == code)
            return outcome(o);
    }
    return code;
}

QString CaseLabels::money(const Money& money)
{
    return CaseListModel::formatMoney(money);
}

QString CaseLabels::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString CaseLabels::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString CaseLabels::zoneTime(const QDateTime& utc, const QString& zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!utc.isValid() || zoneId.isEmpty() || !zone.isValid())
        return {};
    const QDateTime there = utc.toTimeZone(zone);
    const QLocale locale;
    const QString time = locale.toString(there.time(), QLocale::ShortFormat);
    if (there.date() == utc.toLocalTime().date())
        return time;
    return tr("%1, %2", "day, time")
        .arg(locale.toString(there.date(), QStringLiteral("ddd")), time);
}

QString CaseLabels::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s));
    return QStringLiteral("%1:%2").arg(m).arg(two(s));
}

void CaseLabels::setBadge(QLabel* label, const QString& text, int tone)
{
    QColor color = BadgeDelegate::toneColor(tone);
    if (!color.isValid())
        color = BadgeDelegate::toneColor(int(CaseListModel::Tone::Muted));
    QColor fill = color;
    fill.setAlphaF(0.12);
    QColor border = color;
    border.setAlphaF(0.5);
    const auto rgba = [](const QColor& c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(c.alphaF(), 0, 'f', 2);
    };
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                                        "border-radius: 8px; padding: 1px 7px; }")
                             .arg(color.name(), rgba(fill), rgba(border)));
    label->setProperty("tone", tone);
}

QLabel* CaseLabels::badge(const QString& text, int tone, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    setBadge(label, text, tone);
    return label;
}

} // namespace caseloop
