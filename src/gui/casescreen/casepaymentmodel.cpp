#include "casescreen/casepaymentmodel.h"

#include "casescreen/caselabels.h"

namespace caseloop {

CasePaymentModel::CasePaymentModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CasePaymentModel::setPayments(std::vector<Payment> payments,
                                   const std::vector<Promise>& promises)
{
    beginResetModel();
    m_rows = std::move(payments);
    m_promiseDue.clear();
    for (const Payment& pay : m_rows) {
        std::optional<QDate> due;
        for (const Promise& p : promises) {
            if (pay.promiseId && p.id == *pay.promiseId)
                due = p.dueDate;
        }
        m_promiseDue.push_back(due);
    }
    endResetModel();
}

Money CasePaymentModel::total() const
{
    Money sum;
    if (!m_rows.empty())
        sum.currency = m_rows.front().amount.currency;
    for (const Payment& p : m_rows) {
        if (p.amount.currency == sum.currency)
            sum.minor += p.amount.minor;
    }
    return sum;
}

int CasePaymentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasePaymentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasePaymentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment& p = m_rows[size_t(index.row())];
    const std::optional<QDate>& due = m_promiseDue[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PaidAt:
            return CaseLabels::dateTime(p.paidAt);
        case Amount:
            return CaseLabels::money(p.amount);
        case MatchedPromise:
            return due ? tr("promise due %1").arg(CaseLabels::date(*due)) : tr("not matched");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case PaymentIdRole:
        return p.id;
    case RawValueRole:
        switch (index.column()) {
        case PaidAt:
            return p.paidAt;
        case Amount:
            return p.amount.minor;
        case MatchedPromise:
            return p.promiseId ? QVariant(*p.promiseId) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CasePaymentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PaidAt:
        return tr("Paid on");
    case Amount:
        return tr("Amount");
    case MatchedPromise:
        return tr("Matched to");
    default:
        return {};
    }
}

} // namespace caseloop
