#include "casescreen/casetimelinemodel.h"

#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace caseloop {

static_assert(int(CaseTimelineModel::ToneRole) == int(CaseListModel::ToneRole),
              "the badge delegate reads CaseListModel::ToneRole");

CaseTimelineModel::CaseTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseTimelineModel::setTimeline(std::vector<TimelineEntry> entries,
                                    QHash<qint64, QString> userNames,
                                    std::vector<OutcomeCode> outcomes, QString debtorZone)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_userNames = std::move(userNames);
    m_outcomes = std::move(outcomes);
    m_zone = std::move(debtorZone);
    rebuildRows();
    endResetModel();
}

void CaseTimelineModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_entries.size()); ++i) {
        m_rows.push_back(RowRef{i, -1});
        for (int a = 0; a < int(m_entries[size_t(i)].amendments.size()); ++a)
            m_rows.push_back(RowRef{i, a});
    }
}

void CaseTimelineModel::upsert(const TimelineEntry& entry)
{
    removeContact(entry.contact.id);
    // Newest first: the place of the contact by start time, then id.
    int at = 0;
    while (at < int(m_entries.size())) {
        const Contact& c = m_entries[size_t(at)].contact;
        if (c.startedAt < entry.contact.startedAt ||
            (c.startedAt == entry.contact.startedAt && c.id < entry.contact.id))
            break;
        ++at;
    }
    int firstRow = 0;
    for (int i = 0; i < at; ++i)
        firstRow += 1 + int(m_entries[size_t(i)].amendments.size());
    const int rows = 1 + int(entry.amendments.size());
    beginInsertRows(QModelIndex(), firstRow, firstRow + rows - 1);
    m_entries.insert(m_entries.begin() + at, entry);
    rebuildRows();
    endInsertRows();
}

void CaseTimelineModel::removeContact(qint64 contactId)
{
    const int row = rowOfContact(contactId);
    if (row < 0)
        return;
    const int entry = m_rows[size_t(row)].entry;
    const int rows = 1 + int(m_entries[size_t(entry)].amendments.size());
    beginRemoveRows(QModelIndex(), row, row + rows - 1);
    m_entries.erase(m_entries.begin() + entry);
    rebuildRows();
    endRemoveRows();
}

int CaseTimelineModel::rowOfContact(qint64 contactId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const RowRef& r = m_rows[size_t(row)];
        if (r.amendment < 0 && m_entries[size_t(r.entry)].contact.id == contactId)
            return row;
    }
    return -1;
}

const TimelineEntry* CaseTimelineModel::entryAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_entries[size_t(m_rows[size_t(row)].entry)];
}

int CaseTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseTimelineModel::userName(std::optional<qint64> id) const
{
    if (!id)
        return {};
    return m_userNames.value(*id, tr("user %1").arg(*id));
}

QVariant CaseTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowRef& r = m_rows[size_t(index.row())];
    const TimelineEntry& e = m_entries[size_t(r.entry)];
    switch (role) {
    case ContactIdRole:
        return e.contact.id;
    case AmendmentRole:
        return r.amendment >= 0;
    case EditableRole:
        return e.editableUntil.has_value() && *e.editableUntil > QDateTime::currentDateTimeUtc();
    default:
        break;
    }
    if (r.amendment >= 0)
        return amendmentData(e.amendments[size_t(r.amendment)], index.column(), role);
    return contactData(e, index.column(), role);
}

QVariant CaseTimelineModel::contactData(const TimelineEntry& e, int column, int role) const
{
    const Contact& c = e.contact;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case ChannelColumn:
            return CaseLabels::channel(c.channel);
        case DirectionColumn:
            return CaseLabels::direction(c.direction);
        case Time:
            return CaseLabels::dateTime(c.startedAt);
        case DebtorTime: {
            const QString t = CaseLabels::zoneTime(c.startedAt, m_zone);
            if (role == Qt::ToolTipRole && !t.isEmpty())
                return tr("%1 in %2").arg(t, m_zone);
            return t;
        }
        case Agent:
            return userName(c.agentId);
        case Outcome:
            return CaseLabels::outcome(c.outcome, m_outcomes);
        case Duration:
            // Only calls and visits last; messages and letters have no duration to show.
            if (!c.endedAt || (c.channel != Channel::Call && c.channel != Channel::Visit))
                return QString();
            return CaseLabels::duration(c.startedAt.secsTo(*c.endedAt));
        case Rpc:
            return c.rpc ? tr("RPC", "right-party contact") : QString();
        case Notes: {
            QStringList parts;
            if (c.channel == Channel::Visit) {
                parts << tr("Met: %1").arg(CaseLabels::metPerson(c.metPerson));
                if (!c.visitAddress.isEmpty() && role == Qt::ToolTipRole)
                    parts << c.visitAddress;
            }
            if (!c.notes.isEmpty())
                parts << (role == Qt::DisplayRole ? c.notes.simplified() : c.notes);
            if (e.attachments > 0)
                parts << tr("%n attachment(s)", nullptr, e.attachments);
            if (c.overrideAuditId)
                parts << tr("logged under a supervisor override");
            if (role == Qt::ToolTipRole && e.editableUntil)
                parts << tr("Can be edited until %1").arg(CaseLabels::dateTime(*e.editableUntil));
            return parts.join(role == Qt::DisplayRole ? QStringLiteral(" · ")
                                                      : QStringLiteral("\n"));
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DecorationRole:
        if (column == ChannelColumn)
            return QIcon(CaseLabels::channelIcon(c.channel));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ToneRole:
        if (column == Rpc && c.rpc)
            return int(CaseListModel::Tone::Good);
        return {};
    case RawValueRole:
        switch (column) {
        case ChannelColumn:
            return toCode(c.channel);
        case DirectionColumn:
            return toCode(c.direction);
        case Time:
        case DebtorTime:
            return c.startedAt;
        case Agent:
            return c.agentId;
        case Outcome:
            return c.outcome;
        case Duration:
            return c.endedAt ? QVariant(c.startedAt.secsTo(*c.endedAt)) : QVariant();
        case Rpc:
            return c.rpc;
        case Notes:
            return c.notes;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseTimelineModel::amendmentData(const ContactAmendment& a, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case ChannelColumn:
            return tr("↳ Amendment");
        case Time:
            return CaseLabels::dateTime(a.at);
        case Agent:
            return userName(a.authorId);
        case Notes:
            return role == Qt::DisplayRole ? a.note.simplified() : a.note;
        default:
            return {};
        }
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return QVariant::fromValue(QColor(0x55, 0x5f, 0x6d));
    case RawValueRole:
        if (column == Time)
            return a.at;
        if (column == Notes)
            return a.note;
        return {};
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case DirectionColumn:
        return tr("Direction");
    case Time:
        return tr("Time");
    case DebtorTime:
        return tr("Debtor's time");
    case Agent:
        return tr("Agent");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Rpc:
        return tr("RPC", "column: right-party contact");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace caseloop
