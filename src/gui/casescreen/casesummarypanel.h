#pragma once

#include "casescreen/caseloader.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace caseloop {

class FlowLayout;

/// The left column of the case screen: who the debtor is and whether they may be called now
/// (local times, the gate's verdict with every reason, attempts in the window), the holds and
/// opt-outs strip, contact points and the account.
class CaseSummaryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit CaseSummaryPanel(QWidget* parent = nullptr);

    void setSnapshot(const CaseSnapshot& snapshot);
    /// The verdict for a call now; @p error when the gate could not be evaluated.
    void setGate(const std::optional<GateDecision>& decision, const QString& error = {});
    /// Redraws the local times for the current minute.
    void updateClock();

    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* reasonsLabel() const { return m_reasons; }
    QLabel* attemptsLabel() const { return m_attempts; }
    QLabel* localTimeLabel() const { return m_localTimes; }
    /// The texts of the badges in the holds & opt-outs strip.
    QStringList stripTexts() const;
    /// The zones whose local time is shown.
    const QStringList& zones() const { return m_zones; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rebuildStrip();
    void retranslateUi();
    QLabel* sectionTitle();
    QLabel* valueLabel(Qt::Alignment align = Qt::AlignLeft);

    std::optional<CaseSnapshot> m_snapshot;
    std::optional<GateDecision> m_gate;
    QString m_gateError;
    QStringList m_zones;

    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_contactTitle = nullptr;
    QLabel* m_localTimes = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_reasons = nullptr;
    QLabel* m_attempts = nullptr;
    QLabel* m_stripTitle = nullptr;
    QWidget* m_strip = nullptr;
    FlowLayout* m_stripLayout = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QFormLayout* m_detailsForm = nullptr;
    QLabel* m_phonesCaption = nullptr;
    QLabel* m_phones = nullptr;
    QLabel* m_emailsCaption = nullptr;
    QLabel* m_emails = nullptr;
    QLabel* m_addressCaption = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_languageCaption = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_accountTitle = nullptr;
    QFormLayout* m_accountForm = nullptr;
    QLabel* m_clientCaption = nullptr;
    QLabel* m_client = nullptr;
    QLabel* m_creditorCaption = nullptr;
    QLabel* m_creditor = nullptr;
    QLabel* m_clientRefCaption = nullptr;
    QLabel* m_clientRef = nullptr;
    QLabel* m_placedCaption = nullptr;
    QLabel* m_placed = nullptr;
    QLabel* m_placedBalanceCaption = nullptr;
    QLabel* m_placedBalance = nullptr;
    QLabel* m_balanceCaption = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_paymentsCaption = nullptr;
    QLabel* m_payments = nullptr;
};

} // namespace caseloop
