#include "casescreen/casecomplaintmodel.h"

#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"

namespace caseloop {

CaseComplaintModel::CaseComplaintModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseComplaintModel::setComplaints(std::vector<Complaint> complaints, const QDateTime& now)
{
    beginResetModel();
    m_rows = std::move(complaints);
    m_now = now;
    endResetModel();
}

int CaseComplaintModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseComplaintModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseComplaintModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Complaint& c = m_rows[size_t(index.row())];
    const bool open = c.status != ComplaintStatus::Resolved && c.status != ComplaintStatus::Closed;
    using Tone = CaseListModel::Tone;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Ref:
            return c.ref;
        case Received:
            return CaseLabels::dateTime(c.receivedAt);
        case Category:
            return c.category;
        case SeverityColumn:
            return CaseLabels::severity(c.severity);
        case Status:
            return CaseLabels::complaintStatus(c.status);
        case ResolveBy:
            return CaseLabels::dateTime(c.resolveDueAt);
        case Description:
            return role == Qt::DisplayRole ? c.description.simplified() : c.description;
        default:
            return {};
        }
    case ToneRole:
        if (index.column() == SeverityColumn) {
            switch (c.severity) {
            case Severity::Low:
                return int(Tone::Muted);
            case Severity::Medium:
                return int(Tone::Neutral);
            case Severity::High:
                return int(Tone::Warning);
            case Severity::Critical:
                return int(Tone::Bad);
            }
        }
        if (index.column() == Status) {
            if (!open)
                return int(c.status == ComplaintStatus::Resolved ? Tone::Good : Tone::Muted);
            return int(c.resolveDueAt < m_now ? Tone::Bad : Tone::Warning);
        }
        return {};
    case ComplaintIdRole:
        return c.id;
    case RawValueRole:
        switch (index.column()) {
        case Ref:
            return c.ref;
        case Received:
            return c.receivedAt;
        case Category:
            return c.category;
        case SeverityColumn:
            return toCode(c.severity);
        case Status:
            return toCode(c.status);
        case ResolveBy:
            return c.resolveDueAt;
        case Description:
            return c.description;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseComplaintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Reference");
    case Received:
        return tr("Received");
    case Category:
        return tr("Category");
    case SeverityColumn:
        return tr("Severity");
    case Status:
        return tr("Status");
    case ResolveBy:
        return tr("Resolve by");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace caseloop
