#include "followups/followupmodel.h"

#include "casescreen/caselabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>

namespace caseloop {

namespace {

constexpr quintptr kGroupId = 0; ///< internal id of group rows; item rows: group row + 1

const QColor kOverdue(0xc6, 0x28, 0x28);

/// Small line icons (24×24 viewBox) for the follow-up types, drawn in @p colour.
QByteArray typeSvg(FollowUpType type)
{
    QByteArray body;
    switch (type) {
    case FollowUpType::Call:
        body = "<path d='M6.6 3.5l2.6 0.3 1.3 4-2 1.6a12 12 0 0 0 6.1 6.1l1.6-2 4 1.3 "
               "0.3 2.6a2 2 0 0 1-2 2A16 16 0 0 1 4.6 5.5a2 2 0 0 1 2-2z'/>";
        break;
    case FollowUpType::Sms:
        body = "<path d='M4 5h16v10H10l-4 4v-4H4z'/><path d='M8 9h8M8 12h5'/>";
        break;
    case FollowUpType::Email:
        body = "<rect x='3' y='5.5' width='18' height='13' rx='1.5'/><path d='M3.5 6.5l8.5 "
               "6.5 8.5-6.5'/>";
        break;
    case FollowUpType::Letter:
        body = "<path d='M6 3h9l4 4v14H6z'/><path d='M15 3v4h4M9 11h7M9 14h7M9 17h5'/>";
        break;
    case FollowUpType::Visit:
        body = "<path d='M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z'/>"
               "<circle cx='12' cy='10' r='2.3'/>";
        break;
    case FollowUpType::Review:
        body = "<circle cx='10.5' cy='10.5' r='6'/><path d='M15 15l5.5 5.5'/>";
        break;
    }
    return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' "
           "stroke='#3f5873' stroke-width='1.8' stroke-linecap='round' stroke-linejoin='round'>" +
           body + "</svg>";
}

QIcon renderIcon(FollowUpType type)
{
    QSvgRenderer renderer(typeSvg(type));
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

FollowUpModel::FollowUpModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{}

void FollowUpModel::setItems(std::vector<FollowUpItem> items, const QDateTime& now,
                             const QTimeZone& zone)
{
    beginResetModel();
    m_now = now;
    m_zone = zone;
    m_groups.clear();
    m_total = items.size();
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem& a, const FollowUpItem& b) {
        return a.dueAt < b.dueAt || (a.dueAt == b.dueAt && a.id < b.id);
    });
    for (FollowUpItem& item : items) {
        const FollowUpGroup group = FollowUpQuery::groupOf(item.dueAt, now, zone);
        if (m_groups.empty() || m_groups.back().group != group)
            m_groups.push_back(Group{group, {}});
        m_groups.back().items.push_back(std::move(item));
    }
    endResetModel();
}

void FollowUpModel::retranslate()
{
    if (m_groups.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(int(g), 0);
        const int n = int(m_groups[g].items.size());
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

int FollowUpModel::groupRow(FollowUpGroup group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].group == group)
            return int(i);
    }
    return -1;
}

const FollowUpItem* FollowUpModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const size_t group = size_t(index.internalId() - 1);
    if (group >= m_groups.size() || size_t(index.row()) >= m_groups[group].items.size())
        return nullptr;
    return &m_groups[group].items[size_t(index.row())];
}

QString FollowUpModel::groupLabel(FollowUpGroup group)
{
    switch (group) {
    case FollowUpGroup::Overdue:
        return tr("Overdue");
    case FollowUpGroup::Today:
        return tr("Today");
    case FollowUpGroup::Upcoming:
        return tr("Upcoming");
    }
    return {};
}

QString FollowUpModel::groupCode(FollowUpGroup group)
{
    switch (group) {
    case FollowUpGroup::Overdue:
        return QStringLiteral("overdue");
    case FollowUpGroup::Today:
        return QStringLiteral("today");
    case FollowUpGroup::Upcoming:
        return QStringLiteral("upcoming");
    }
    return {};
}

QString FollowUpModel::typeLabel(FollowUpType type)
{
    // One wording for follow-up types everywhere (case screen tab and this list).
    return CaseLabels::followUpType(type);
}

QIcon FollowUpModel::typeIcon(FollowUpType type)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(type));
    if (it == icons.end())
        it = icons.insert(int(type), renderIcon(type));
    return *it;
}

QModelIndex FollowUpModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 ||
        size_t(parent.row()) >= m_groups.size())
        return {};
    if (size_t(row) >= m_groups[size_t(parent.row())].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FollowUpModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FollowUpModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0 &&
        size_t(parent.row()) < m_groups.size())
        return int(m_groups[size_t(parent.row())].items.size());
    return 0;
}

int FollowUpModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kGroupId) {
        if (size_t(index.row()) >= m_groups.size())
            return {};
        const Group& g = m_groups[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != 0)
                return {};
            return tr("%1 (%2)").arg(groupLabel(g.group),
                                     QLocale().toString(qint64(g.items.size())));
        case RawValueRole:
            return index.column() == 0 ? QVariant(groupCode(g.group)) : QVariant();
        case GroupRole:
            return int(g.group);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            return g.group == FollowUpGroup::Overdue ? QVariant(QBrush(kOverdue)) : QVariant();
        default:
            return {};
        }
    }
    const FollowUpItem* it = item(index);
    if (!it)
        return {};
    return itemData(m_groups[size_t(index.internalId() - 1)], *it, index.column(), role);
}

QVariant FollowUpModel::itemData(const Group& group, const FollowUpItem& item, int column,
                                 int role) const
{
    const bool overdue = group.group == FollowUpGroup::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(group, item, column);
    case Qt::DecorationRole:
        return column == Type ? QVariant(typeIcon(item.type)) : QVariant();
    case Qt::ForegroundRole:
        return column == Due && overdue ? QVariant(QBrush(kOverdue)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Due) {
            return QLocale().toString(item.dueAt.toTimeZone(m_zone), QLocale::LongFormat);
        }
        if (column == Note || column == Address)
            return displayText(group, item, column);
        return {};
    case RawValueRole:
        return rawValue(item, column);
    case CaseIdRole:
        return item.caseId;
    case FollowUpIdRole:
        return item.id;
    case GroupRole:
        return int(group.group);
    default:
        return {};
    }
}

QVariant FollowUpModel::displayText(const Group& group, const FollowUpItem& item, int column) const
{
    const QLocale locale;
    switch (column) {
    case Ref:
        return item.caseRef;
    case Debtor:
        return item.debtorName;
    case Type:
        return typeLabel(item.type);
    case Due: {
        const QDateTime local = item.dueAt.toTimeZone(m_zone);
        const QString when = group.group == FollowUpGroup::Upcoming
                                 ? locale.toString(local, QLocale::ShortFormat)
                                 : locale.toString(local.time(), QLocale::ShortFormat);
        if (group.group != FollowUpGroup::Overdue)
            return when;
        // Overdue: the day too unless it was today, and said in words (not colour alone).
        const bool sameDay = local.date() == m_now.toTimeZone(m_zone).date();
        return tr("%1 · overdue")
            .arg(sameDay ? when : locale.toString(local, QLocale::ShortFormat));
    }
    case Note:
        return item.note;
    case Address:
        return item.visitAddress;
    case Agent:
        return item.agentName;
    default:
        return {};
    }
}

QVariant FollowUpModel::rawValue(const FollowUpItem& item, int column)
{
    switch (column) {
    case Ref:
        return item.caseRef;
    case Debtor:
        return item.debtorName;
    case Type:
        return toCode(item.type);
    case Due:
        return item.dueAt;
    case Note:
        return item.note;
    case Address:
        return item.visitAddress;
    case Agent:
        return item.agentId;
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Case");
    case Debtor:
        return tr("Debtor");
    case Type:
        return tr("Type");
    case Due:
        return tr("Due");
    case Note:
        return tr("Note");
    case Address:
        return tr("Visit address");
    case Agent:
        return tr("Agent");
    default:
        return {};
    }
}

} // namespace caseloop
