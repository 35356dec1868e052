#pragma once

#include "rules/contactgate.h"
#include "services/contactcheckservice.h"
#include "usercontext.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace caseloop {

class Connection;

/// A supervisor overrides a blocked contact: the dialog lists the rules being overridden, asks
/// for a reason (required) and records the override with ContactCheckService::override. The
/// audit entry id it returns is the token the contact form saves with.
class OverrideDialog final : public QDialog {
    Q_OBJECT

public:
    OverrideDialog(Connection& connection, const UserContext& user, qint64 caseId, Channel channel,
                   ContactTarget target, const GateDecision& decision, QWidget* parent = nullptr);

    /// Whether @p role may override the contact rules (supervisor, compliance officer, admin).
    static bool mayOverride(Role role);

    /// The override token after the dialog was accepted.
    std::optional<qint64> token() const { return m_token; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* rulesLabel() const { return m_rules; }
    QLabel* errorLabel() const { return m_error; }
    QDialogButtonBox* buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();

    Connection& m_connection;
    UserContext m_user;
    qint64 m_caseId;
    Channel m_channel;
    ContactTarget m_target;
    std::optional<qint64> m_token;
    QLabel* m_rules = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace caseloop
