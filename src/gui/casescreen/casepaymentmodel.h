#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseloop {

/// The payments received on a case (newest first) and the promise each was matched to.
class CasePaymentModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PaidAt, Amount, MatchedPromise, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ToneRole, PaymentIdRole };

    explicit CasePaymentModel(QObject* parent = nullptr);
    /// @p promises are used to name the promise a payment was matched to (its due date).
    void setPayments(std::vector<Payment> payments, const std::vector<Promise>& promises);
    /// Sum of the payments in their currency (the case's currency).
    Money total() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Payment> m_rows;
    std::vector<std::optional<QDate>> m_promiseDue; ///< per row
};

} // namespace caseloop
