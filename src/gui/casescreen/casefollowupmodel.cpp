#include "casescreen/casefollowupmodel.h"

#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"

namespace caseloop {

CaseFollowUpModel::CaseFollowUpModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseFollowUpModel::setFollowUps(std::vector<FollowUp> followUps,
                                     QHash<qint64, QString> userNames, const QDateTime& now)
{
    beginResetModel();
    m_rows = std::move(followUps);
    m_userNames = std::move(userNames);
    m_now = now;
    endResetModel();
}

const FollowUp* CaseFollowUpModel::followUpAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

QString CaseFollowUpModel::stateLabel(const FollowUp& f, const QDateTime& now)
{
    if (f.doneAt)
        return tr("Done %1").arg(CaseLabels::date(f.doneAt->toLocalTime().date()));
    if (f.dueAt < now)
        return tr("Overdue");
    if (f.dueAt.toLocalTime().date() == now.toLocalTime().date())
        return tr("Due today");
    return tr("Open");
}

int CaseFollowUpModel::stateTone(const FollowUp& f, const QDateTime& now)
{
    using Tone = CaseListModel::Tone;
    if (f.doneAt)
        return int(Tone::Good);
    if (f.dueAt < now)
        return int(Tone::Bad);
    if (f.dueAt.toLocalTime().date() == now.toLocalTime().date())
        return int(Tone::Warning);
    return int(Tone::Neutral);
}

int CaseFollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseFollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseFollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp& f = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Due:
            return CaseLabels::dateTime(f.dueAt);
        case Type:
            return CaseLabels::followUpType(f.type);
        case State:
            return stateLabel(f, m_now);
        case Agent:
            return m_userNames.value(f.agentId);
        case Note: {
            QString text = role == Qt::DisplayRole ? f.note.simplified() : f.note;
            if (!f.visitAddress.isEmpty())
                text = tr("%1 · at %2").arg(text, f.visitAddress);
            return text;
        }
        default:
            return {};
        }
    case ToneRole:
        return index.column() == State ? QVariant(stateTone(f, m_now)) : QVariant();
    case FollowUpIdRole:
        return f.id;
    case RawValueRole:
        switch (index.column()) {
        case Due:
            return f.dueAt;
        case Type:
            return toCode(f.type);
        case State:
            return f.doneAt
                       ? QStringLiteral("done")
                       : (f.dueAt < m_now ? QStringLiteral("overdue") : QStringLiteral("open"));
        case Agent:
            return f.agentId;
        case Note:
            return f.note;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Agent:
        return tr("Agent");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace caseloop
