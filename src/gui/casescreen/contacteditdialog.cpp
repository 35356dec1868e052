#include "casescreen/contacteditdialog.h"

#include "casescreen/caselabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caseloop {

ContactEditDialog::ContactEditDialog(const Contact& contact,
                                     const std::vector<OutcomeCode>& outcomes,
                                     const QDateTime& editableUntil, QWidget* parent)
    : QDialog(parent)
    , m_endedAt(contact.endedAt)
{
    setObjectName(QStringLiteral("contactEditDialog"));
    setWindowTitle(tr("Edit Contact"));
    auto* intro = new QLabel(tr("%1 of %2. You can change it until %3; after that only an "
                                "amendment note can be added.")
                                 .arg(CaseLabels::channel(contact.channel),
                                      CaseLabels::dateTime(contact.startedAt),
                                      CaseLabels::dateTime(editableUntil)),
                             this);
    intro->setWordWrap(true);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (const OutcomeCode& o : outcomes)
        m_outcome->addItem(CaseLabels::outcome(o), o.code);
    if (m_outcome->findData(contact.outcome) < 0)
        m_outcome->addItem(contact.outcome, contact.outcome);
    m_outcome->setCurrentIndex(m_outcome->findData(contact.outcome));
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_rpc = new QCheckBox(tr("Right-party contact"), this);
    m_rpc->setObjectName(QStringLiteral("rpc"));
    m_rpc->setChecked(contact.rpc);
    auto* form = new QFormLayout;
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), m_rpc);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ContactEdit ContactEditDialog::edit() const
{
    ContactEdit e;
    e.outcome = m_outcome->currentData().toString();
    e.notes = m_notes->toPlainText().trimmed();
    e.rpc = m_rpc->isChecked();
    e.endedAt = m_endedAt;
    return e;
}

} // namespace caseloop
