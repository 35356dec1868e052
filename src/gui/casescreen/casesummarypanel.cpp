#include "casescreen/casesummarypanel.h"

#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"
#include "casescreen/flowlayout.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caseloop {

namespace {

using Tone = CaseListModel::Tone;

QString colored(const QString& text, Tone tone)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(BadgeDelegate::toneColor(int(tone)).name(), text.toHtmlEscaped());
}

} // namespace

CaseSummaryPanel::CaseSummaryPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("debtorName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status = CaseLabels::badge(QString(), int(Tone::Neutral), this);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_subtitle, 1);
    layout->addWidget(m_name);
    layout->addLayout(statusRow);

    m_contactTitle = sectionTitle();
    layout->addWidget(m_contactTitle);
    m_localTimes = valueLabel();
    m_localTimes->setObjectName(QStringLiteral("localTimes"));
    m_localTimes->setTextFormat(Qt::RichText);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_reasons = valueLabel();
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setTextFormat(Qt::RichText);
    m_attempts = valueLabel();
    m_attempts->setObjectName(QStringLiteral("attempts"));
    layout->addWidget(m_localTimes);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reasons);
    layout->addWidget(m_attempts);

    m_stripTitle = sectionTitle();
    layout->addWidget(m_stripTitle);
    m_strip = new QWidget(this);
    m_strip->setObjectName(QStringLiteral("holdStrip"));
    m_stripLayout = new FlowLayout(m_strip, 4);
    layout->addWidget(m_strip);

    m_detailsTitle = sectionTitle();
    layout->addWidget(m_detailsTitle);
    m_detailsForm = new QFormLayout;
    m_detailsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_detailsForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailsForm->setHorizontalSpacing(10);
    const auto row = [this](QFormLayout* form, QLabel*& caption, QLabel*& value,
                            Qt::Alignment align = Qt::AlignLeft) {
        caption = new QLabel(this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        value = valueLabel(align);
        form->addRow(caption, value);
    };
    row(m_detailsForm, m_phonesCaption, m_phones);
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setTextFormat(Qt::RichText);
    row(m_detailsForm, m_emailsCaption, m_emails);
    m_emails->setObjectName(QStringLiteral("emails"));
    m_emails->setTextFormat(Qt::RichText);
    row(m_detailsForm, m_addressCaption, m_address);
    row(m_detailsForm, m_languageCaption, m_language);
    layout->addLayout(m_detailsForm);

    m_accountTitle = sectionTitle();
    layout->addWidget(m_accountTitle);
    m_accountForm = new QFormLayout;
    m_accountForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_accountForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accountForm->setHorizontalSpacing(10);
    row(m_accountForm, m_clientCaption, m_client);
    row(m_accountForm, m_creditorCaption, m_creditor);
    row(m_accountForm, m_clientRefCaption, m_clientRef);
    row(m_accountForm, m_placedCaption, m_placed);
    row(m_accountForm, m_placedBalanceCaption, m_placedBalance, Qt::AlignRight);
    row(m_accountForm, m_balanceCaption, m_balance, Qt::AlignRight);
    row(m_accountForm, m_paymentsCaption, m_payments, Qt::AlignRight);
    m_balance->setObjectName(QStringLiteral("currentBalance"));
    QFont bold = m_balance->font();
    bold.setWeight(QFont::DemiBold);
    m_balance->setFont(bold);
    layout->addLayout(m_accountForm);
    layout->addStretch(1);

    retranslateUi();
}

QLabel* CaseSummaryPanel::sectionTitle()
{
    auto* label = new QLabel(this);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    label->setForegroundRole(QPalette::WindowText);
    return label;
}

QLabel* CaseSummaryPanel::valueLabel(Qt::Alignment align)
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setAlignment(align | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void CaseSummaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseSummaryPanel::retranslateUi()
{
    m_contactTitle->setText(tr("Contact now"));
    m_stripTitle->setText(tr("Holds and opt-outs"));
    m_detailsTitle->setText(tr("Contact details"));
    m_accountTitle->setText(tr("Account"));
    m_phonesCaption->setText(tr("Phones"));
    m_emailsCaption->setText(tr("E-mails"));
    m_addressCaption->setText(tr("Address"));
    m_languageCaption->setText(tr("Language"));
    m_clientCaption->setText(tr("Client"));
    m_creditorCaption->setText(tr("Original creditor"));
    m_clientRefCaption->setText(tr("Client reference"));
    m_placedCaption->setText(tr("Placed"));
    m_placedBalanceCaption->setText(tr("Placed balance"));
    m_balanceCaption->setText(tr("Current balance"));
    m_paymentsCaption->setText(tr("Payments"));
    rebuild();
}

void CaseSummaryPanel::setSnapshot(const CaseSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_gate = snapshot.callGate;
    m_gateError = snapshot.gateError;
    rebuild();
}

void CaseSummaryPanel::setGate(const std::optional<GateDecision>& decision, const QString& error)
{
    m_gate = decision;
    m_gateError = error;
    rebuild();
}

QStringList CaseSummaryPanel::stripTexts() const
{
    QStringList texts;
    for (const QLabel* badge : m_strip->findChildren<QLabel*>())
        texts << badge->text();
    return texts;
}

void CaseSummaryPanel::rebuild()
{
    if (!m_snapshot) {
        m_name->setText(tr("Loading…"));
        return;
    }
    const CaseSnapshot& s = *m_snapshot;
    const QLocale locale;
    m_name->setText(s.debtor.fullName);
    CaseLabels::setBadge(m_status, CaseListModel::statusLabel(s.caseRecord.status),
                         int(CaseListModel::statusTone(s.caseRecord.status)));
    m_subtitle->setText(tr("Case %1").arg(s.caseRecord.ref));

    // Contact points with their marks in words (never colour alone).
    QStringList phones;
    for (const Phone& p : s.debtor.phones) {
        QString line = QStringLiteral("%1 <span style=\"color:#6b7280\">%2</span>")
                           .arg(p.number.toHtmlEscaped(), CaseLabels::phoneKind(p.kind));
        if (p.workplace)
            line += QStringLiteral(" · ") + tr("workplace").toHtmlEscaped();
        if (p.optedOutAt)
            line += QStringLiteral(" · ") + colored(tr("opted out — do not call"), Tone::Bad);
        phones << line;
    }
    m_phones->setText(phones.isEmpty() ? tr("none") : phones.join(QStringLiteral("<br>")));
    QStringList emails;
    for (const Email& e : s.debtor.emails) {
        QString line = e.address.toHtmlEscaped();
        if (e.workplace)
            line += QStringLiteral(" · ") + tr("workplace").toHtmlEscaped();
        if (e.optedOutAt)
            line += QStringLiteral(" · ") + colored(tr("opted out"), Tone::Bad);
        emails << line;
    }
    m_emails->setText(emails.isEmpty() ? tr("none") : emails.join(QStringLiteral("<br>")));
    QStringList address;
    if (!s.debtor.addressLine.isEmpty())
        address << s.debtor.addressLine;
    const QString cityLine = QStringList{s.debtor.city, s.debtor.region, s.debtor.postalCode}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QLatin1Char(' '));
    if (!cityLine.isEmpty())
        address << cityLine;
    if (!s.debtor.country.isEmpty())
        address << s.debtor.country;
    m_address->setText(address.join(QLatin1Char('\n')));
    const QLocale debtorLocale(s.debtor.preferredLanguage);
    m_language->setText(debtorLocale.language() == QLocale::C
                            ? s.debtor.preferredLanguage
                            : QLocale::languageToString(debtorLocale.language()) +
                                  QStringLiteral(" (") + debtorLocale.nativeLanguageName() +
                                  QLatin1Char(')'));

    m_client->setText(s.client.name);
    m_creditor->setText(s.caseRecord.originalCreditor);
    m_clientRef->setText(s.caseRecord.clientRef);
    m_placed->setText(CaseLabels::date(s.caseRecord.placedDate));
    m_placedBalance->setText(CaseLabels::money(s.caseRecord.placedBalance));
    m_balance->setText(CaseLabels::money(s.caseRecord.currentBalance));
    Money paid{0, s.caseRecord.currentBalance.currency};
    for (const Payment& p : s.payments) {
        if (p.amount.currency == paid.currency)
            paid.minor += p.amount.minor;
    }
    m_payments->setText(
        tr("%1 in %n payment(s)", nullptr, int(s.payments.size())).arg(CaseLabels::money(paid)));

    // The verdict for a call now.
    m_zones.clear();
    if (m_gate) {
        const GateDecision& g = *m_gate;
        m_zones = g.zones;
        if (m_zones.isEmpty()) {
            for (const ZoneLocalTime& z : g.localTimes)
                m_zones << z.zone;
        }
        const Tone tone = g.allowed ? Tone::Good : Tone::Bad;
        const QColor color = BadgeDelegate::toneColor(int(tone));
        m_verdict->setText(g.allowed ? tr("✔ Calling allowed now") : tr("✖ Calling blocked"));
        m_verdict->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, 0.10); "
                           "border: 1px solid rgba(%2, %3, %4, 0.45); border-radius: 4px; "
                           "padding: 4px 8px; font-weight: 600; }")
                .arg(color.name())
                .arg(color.red())
                .arg(color.green())
                .arg(color.blue()));
        m_verdict->setProperty("allowed", g.allowed);
        QStringList lines;
        for (const BlockReason& r : g.blockedBy)
            lines << QStringLiteral("• ") + r.reason.toHtmlEscaped();
        for (const BlockReason& r : g.warnings)
            lines << colored(tr("Warning: %1").arg(r.reason), Tone::Warning);
        if (!g.allowed) {
            if (g.nextAllowedAt) {
                const QString zone = m_zones.isEmpty() ? QString() : m_zones.constFirst();
                const QString there = CaseLabels::zoneTime(*g.nextAllowedAt, zone);
                lines << (there.isEmpty()
                              ? tr("Next allowed at %1 (your time).")
                                    .arg(CaseLabels::dateTime(*g.nextAllowedAt))
                              : tr("Next allowed at %1 debtor's time (%2 your time).")
                                    .arg(QLocale().toString(
                                             g.nextAllowedAt->toTimeZone(QTimeZone(zone.toUtf8())),
                                             QLocale::ShortFormat),
                                         CaseLabels::dateTime(*g.nextAllowedAt)))
                             .toHtmlEscaped();
            } else {
                lines << tr("No time is known at which calling would be allowed.").toHtmlEscaped();
            }
        }
        m_reasons->setText(lines.join(QStringLiteral("<br>")));
        m_reasons->setVisible(!lines.isEmpty());
        if (g.maxAttempts > 0) {
            m_attempts->setText(
                g.windowDays == 7
                    ? tr("%1 of %2 calls this week").arg(g.countedCallsInWindow).arg(g.maxAttempts)
                    : tr("%1 of %2 calls in %n day(s)", nullptr, g.windowDays)
                          .arg(g.countedCallsInWindow)
                          .arg(g.maxAttempts));
            m_attempts->setVisible(true);
        } else {
            m_attempts->setVisible(false);
        }
    } else {
        m_verdict->setText(m_gateError.isEmpty() ? tr("Checking the contact rules…")
                                                 : tr("The contact rules could not be checked."));
        m_verdict->setStyleSheet(QString());
        m_verdict->setProperty("allowed", QVariant());
        m_reasons->setText(m_gateError.toHtmlEscaped());
        m_reasons->setVisible(!m_gateError.isEmpty());
        m_attempts->setVisible(false);
    }
    if (m_zones.isEmpty() && !s.debtor.timeZone.isEmpty())
        m_zones << s.debtor.timeZone;
    updateClock();
    rebuildStrip();
}

void CaseSummaryPanel::updateClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    QStringList lines;
    for (const QString& zoneId : m_zones) {
        const QTimeZone zone(zoneId.toUtf8());
        if (!zone.isValid())
            continue;
        const QDateTime there = now.toTimeZone(zone);
        lines << tr("<b>%1</b> %2 · %3")
                     .arg(locale.toString(there.time(), QLocale::ShortFormat),
                          locale.toString(there.date(), QStringLiteral("ddd")).toHtmlEscaped(),
                          zoneId.toHtmlEscaped());
    }
    if (lines.isEmpty()) {
        m_localTimes->setText(tr("Debtor's local time unknown").toHtmlEscaped());
        return;
    }
    const QString heading = lines.size() > 1
                                ? tr("Debtor's local times (every zone must allow a contact):")
                                : tr("Debtor's local time:");
    m_localTimes->setText(heading.toHtmlEscaped() + QStringLiteral("<br>") +
                          lines.join(QStringLiteral("<br>")));
}

void CaseSummaryPanel::rebuildStrip()
{
    while (QLayoutItem* item = m_stripLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_snapshot)
        return;
    const CaseSnapshot& s = *m_snapshot;
    QStringList blocking;
    if (m_gate) {
        for (const BlockReason& r : m_gate->blockedBy)
            blocking << r.ruleId;
    }
    for (const Hold& h : s.holds) {
        const QString id = QStringLiteral("hold:") + toCode(h.type);
        const bool blocks =
            m_gate ? blocking.contains(id) : h.type != HoldType::PaidPendingConfirmation;
        QString text = CaseLabels::hold(h.type);
        text += QStringLiteral(" · ") +
                tr("since %1").arg(CaseLabels::date(h.since.toLocalTime().date()));
        if (h.until)
            text += QStringLiteral(" · ") +
                    tr("until %1").arg(CaseLabels::date(h.until->toLocalTime().date()));
        QLabel* badge = CaseLabels::badge(text, int(blocks ? Tone::Bad : Tone::Muted), m_strip);
        badge->setToolTip(h.note);
        m_stripLayout->addWidget(badge);
    }
    for (const Phone& p : s.debtor.phones) {
        if (p.optedOutAt)
            m_stripLayout->addWidget(
                CaseLabels::badge(tr("Do not call %1").arg(p.number), int(Tone::Bad), m_strip));
    }
    for (const Email& e : s.debtor.emails) {
        if (e.optedOutAt)
            m_stripLayout->addWidget(CaseLabels::badge(tr("E-mail opt-out %1").arg(e.address),
                                                       int(Tone::Muted), m_strip));
    }
    if (m_stripLayout->count() == 0) {
        auto* none = new QLabel(tr("No holds or opt-outs"), m_strip);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_stripLayout->addWidget(none);
    }
    m_strip->updateGeometry();
}

} // namespace caseloop
