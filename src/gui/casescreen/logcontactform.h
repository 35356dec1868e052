#pragma once

#include "casescreen/caseloader.h"
#include "services/contactcheckservice.h"
#include "services/contactlogservice.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace caseloop {

class Session;

/// The "Log contact" form beside the timeline: channel, direction, contact point, outcome,
/// notes, right-party flag, an optional next follow-up, promise to pay and visit details.
/// While it is filled in the contact gate previews the decision (on every channel or contact
/// point change and every minute); a blocked outbound contact cannot be saved except under a
/// supervisor override. Saving is one ContactLogService::log call; a failure keeps the input.
class LogContactForm final : public QWidget {
    Q_OBJECT

public:
    static constexpr int gateRefreshMs = 60'000;

    explicit LogContactForm(Session& session, QWidget* parent = nullptr);
    ~LogContactForm() override;

    /// The case the form logs for (its debtor's phones, e-mails, address and currency).
    void setCase(const CaseSnapshot& snapshot);
    qint64 caseId() const { return m_caseId; }
    /// Opens or closes the promise section (Ctrl+P opens the form with it open).
    void setPromiseExpanded(bool expanded);

    /// True when something was typed or chosen that closing would lose.
    bool hasUnsavedInput() const;
    /// Empties every field (keeps the channel and contact point).
    void clear();
    /// Saves the contact; true when it was stored. Shows the reason and keeps the input when not.
    bool save();
    /// Runs the gate preview for the current channel and contact point.
    void refreshGate();
    /// Esc: asks before discarding typed input; true when the form was closed.
    bool requestClose();
    /// Replaces the "discard?" question (tests); returns true to discard.
    void setDiscardConfirmation(std::function<bool()> confirm) { m_confirm = std::move(confirm); }

    /// The contact the form would submit now.
    NewContact draft() const;
    const std::optional<GateDecision>& gateDecision() const { return m_gate; }
    std::optional<qint64> overrideToken() const { return m_token; }
    bool saveAllowed() const;

    QComboBox* channelBox() const { return m_channel; }
    QComboBox* directionBox() const { return m_direction; }
    QComboBox* contactPointBox() const { return m_point; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QCheckBox* rpcBox() const { return m_rpc; }
    QGroupBox* followUpGroup() const { return m_followUp; }
    QComboBox* followUpTypeBox() const { return m_followUpType; }
    QDateTimeEdit* followUpDueEdit() const { return m_followUpDue; }
    QGroupBox* promiseGroup() const { return m_promise; }
    QDoubleSpinBox* amountBox() const { return m_amount; }
    QRadioButton* instalmentsButton() const { return m_instalments; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* frequencyBox() const { return m_frequency; }
    QDateEdit* firstDueEdit() const { return m_firstDue; }
    QLabel* scheduleLabel() const { return m_schedule; }
    QGroupBox* visitGroup() const { return m_visit; }
    QLineEdit* visitAddressEdit() const { return m_visitAddress; }
    QComboBox* metPersonBox() const { return m_metPerson; }
    QListWidget* attachmentList() const { return m_attachments; }
    QFrame* gatePanel() const { return m_gatePanel; }
    QLabel* gateLabel() const { return m_gateText; }
    QPushButton* overrideButton() const { return m_overrideButton; }
    QLabel* askSupervisorLabel() const { return m_askSupervisor; }
    QFrame* errorPanel() const { return m_errorPanel; }
    QLabel* errorLabel() const { return m_errorText; }
    QPlainTextEdit* errorDetails() const { return m_errorDetails; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* savedLabel() const { return m_saved; }

    /// Selects the outcome with @p code; false when the channel does not offer it.
    bool selectOutcome(const QString& code);

Q_SIGNALS:
    /// A contact was stored (the form is empty again).
    void contactLogged(qint64 contactId);
    /// The user closed the form (Esc or the close button).
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void onChannelChanged();
    void onTargetChanged();
    void onOutcomeChanged();
    void fillContactPoints();
    void fillOutcomes();
    void updateSchedule();
    void updateGatePanel();
    void updateSaveButton();
    void showError(const QString& what, const QString& why, const QString& details);
    void hideError();
    void overrideGate();
    void addAttachments();
    Channel channel() const;
    Direction direction() const;
    ContactTarget target() const;
    QString targetKey() const;

    Session& m_session;
    qint64 m_caseId = 0;
    QString m_currency = QStringLiteral("USD");
    QString m_debtorAddress;
    std::vector<Phone> m_phones;
    std::vector<Email> m_emails;
    std::vector<OutcomeCode> m_outcomes; ///< of the current channel
    std::optional<GateDecision> m_gate;
    QString m_gateError;
    std::optional<qint64> m_token;
    QString m_tokenKey; ///< channel and contact point the token was given for
    std::function<bool()> m_confirm;
    QTimer* m_gateTimer = nullptr;

    QLabel* m_title = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_channelLabel = nullptr;
    QComboBox* m_channel = nullptr;
    QLabel* m_directionLabel = nullptr;
    QComboBox* m_direction = nullptr;
    QLabel* m_pointLabel = nullptr;
    QComboBox* m_point = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_notesLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_rpc = nullptr;
    QGroupBox* m_visit = nullptr;
    QLabel* m_visitAddressLabel = nullptr;
    QLineEdit* m_visitAddress = nullptr;
    QLabel* m_metPersonLabel = nullptr;
    QComboBox* m_metPerson = nullptr;
    QLabel* m_gpsLabel = nullptr;
    QLineEdit* m_lat = nullptr;
    QLineEdit* m_lon = nullptr;
    QLabel* m_attachmentsLabel = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_addAttachment = nullptr;
    QPushButton* m_removeAttachment = nullptr;
    QGroupBox* m_followUp = nullptr;
    QLabel* m_followUpTypeLabel = nullptr;
    QComboBox* m_followUpType = nullptr;
    QLabel* m_followUpDueLabel = nullptr;
    QDateTimeEdit* m_followUpDue = nullptr;
    QLabel* m_followUpNoteLabel = nullptr;
    QLineEdit* m_followUpNote = nullptr;
    QGroupBox* m_promise = nullptr;
    QLabel* m_amountLabel = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QRadioButton* m_single = nullptr;
    QRadioButton* m_instalments = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_frequencyLabel = nullptr;
    QComboBox* m_frequency = nullptr;
    QLabel* m_firstDueLabel = nullptr;
    QDateEdit* m_firstDue = nullptr;
    QLabel* m_schedule = nullptr;
    QFrame* m_gatePanel = nullptr;
    QLabel* m_gateText = nullptr;
    QPushButton* m_overrideButton = nullptr;
    QLabel* m_askSupervisor = nullptr;
    QFrame* m_errorPanel = nullptr;
    QLabel* m_errorText = nullptr;
    QPushButton* m_errorToggle = nullptr;
    QPlainTextEdit* m_errorDetails = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_shortcutHint = nullptr;
};

} // namespace caseloop
