#include "casescreen/casepromisemodel.h"

#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"

namespace caseloop {

CasePromiseModel::CasePromiseModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CasePromiseModel::setPromises(std::vector<Promise> promises, QHash<qint64, QString> userNames)
{
    beginResetModel();
    m_rows = std::move(promises);
    m_userNames = std::move(userNames);
    m_planSizes.clear();
    for (const Promise& p : m_rows) {
        if (p.planId && p.instalmentNo)
            m_planSizes[*p.planId] = std::max(m_planSizes.value(*p.planId), *p.instalmentNo);
    }
    endResetModel();
}

const Promise* CasePromiseModel::promiseAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int CasePromiseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasePromiseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasePromiseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Promise& p = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueDate:
            return CaseLabels::date(p.dueDate);
        case Amount:
            return CaseLabels::money(p.amount);
        case Paid:
            return CaseLabels::money(Money{p.paidMinor, p.amount.currency});
        case Status:
            return CaseListModel::promiseLabel(p.status);
        case Instalment:
            if (p.planId && p.instalmentNo)
                return tr("%1 of %2").arg(*p.instalmentNo).arg(m_planSizes.value(*p.planId));
            return tr("single");
        case Agent:
            return m_userNames.value(p.agentId);
        case Made:
            return CaseLabels::dateTime(p.createdAt);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Paid)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ToneRole:
        if (index.column() == Status)
            return int(CaseListModel::promiseTone(p.status));
        return {};
    case PromiseIdRole:
        return p.id;
    case RawValueRole:
        switch (index.column()) {
        case DueDate:
            return p.dueDate;
        case Amount:
            return p.amount.minor;
        case Paid:
            return p.paidMinor;
        case Status:
            return toCode(p.status);
        case Instalment:
            return p.instalmentNo ? QVariant(*p.instalmentNo) : QVariant();
        case Agent:
            return p.agentId;
        case Made:
            return p.createdAt;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CasePromiseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Paid:
        return tr("Paid");
    case Status:
        return tr("Status");
    case Instalment:
        return tr("Instalment");
    case Agent:
        return tr("Agent");
    case Made:
        return tr("Made");
    default:
        return {};
    }
}

} // namespace caseloop
