#include "casescreen/overridedialog.h"

#include "casescreen/caselabels.h"
#include "error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace caseloop {

OverrideDialog::OverrideDialog(Connection& connection, const UserContext& user, qint64 caseId,
                               Channel channel, ContactTarget target, const GateDecision& decision,
                               QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_user(user)
    , m_caseId(caseId)
    , m_channel(channel)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override the contact rules"));
    auto* intro = new QLabel(
        tr("This %1 is blocked by the contact rules. As %2 you may allow it once, within %n "
           "minute(s). The override and your reason are written to the audit log.",
           nullptr, ContactLogService::overrideValidityMinutes)
            .arg(CaseLabels::channel(channel).toLower(), CaseLabels::role(user.role).toLower()),
        this);
    intro->setWordWrap(true);

    QStringList lines;
    for (const BlockReason& r : decision.blockedBy) {
        QString line = QStringLiteral("<b>%1</b> — %2")
                           .arg(r.ruleId.toHtmlEscaped(), r.reason.toHtmlEscaped());
        if (!r.citation.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(r.citation.toHtmlEscaped());
        lines << line;
    }
    auto* rulesTitle = new QLabel(tr("Rules being overridden:"), this);
    m_rules = new QLabel(lines.join(QStringLiteral("<br>")), this);
    m_rules->setObjectName(QStringLiteral("overriddenRules"));
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setWordWrap(true);
    m_rules->setContentsMargins(12, 0, 0, 6);

    auto* reasonTitle = new QLabel(tr("&Reason (required):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(
        tr("Why this contact must happen now, e.g. “Debtor asked to be called back at this "
           "time today”."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    reasonTitle->setBuddy(m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rulesTitle);
    layout->addWidget(m_rules);
    layout->addWidget(reasonTitle);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updateButtons();
    m_reason->setFocus();
}

bool OverrideDialog::mayOverride(Role role)
{
    return role == Role::Supervisor || role == Role::Compliance || role == Role::Admin;
}

void OverrideDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

void OverrideDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Type the reason for the override."));
        m_error->show();
        return;
    }
    try {
        m_token = ContactCheckService::override(m_connection, m_user, m_caseId, m_channel,
                                                QDateTime::currentDateTimeUtc(), reason, m_target);
    } catch (const Error& e) {
        spdlog::warn("case screen: override refused (kind {})", static_cast<int>(e.kind()));
        m_error->setText(tr("The override was not recorded. %1").arg(e.message()));
        m_error->setToolTip(e.details());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace caseloop
