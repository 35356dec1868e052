#pragma once

#include "services/contactlogservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace caseloop {

/// Changes the outcome, notes and right-party flag of a contact inside its grace period.
class ContactEditDialog final : public QDialog {
    Q_OBJECT

public:
    ContactEditDialog(const Contact& contact, const std::vector<OutcomeCode>& outcomes,
                      const QDateTime& editableUntil, QWidget* parent = nullptr);

    ContactEdit edit() const;
    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QCheckBox* rpcBox() const { return m_rpc; }

private:
    std::optional<QDateTime> m_endedAt;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_rpc = nullptr;
};

} // namespace caseloop
