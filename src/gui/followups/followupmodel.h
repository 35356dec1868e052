#pragma once

#include "services/followupquery.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIcon>
#include <QTimeZone>

#include <vector>

namespace caseloop {

/// Open follow-ups grouped Overdue / Today / Upcoming: top-level rows are the groups (only
/// those with follow-ups), their children the follow-ups by due time.
class FollowUpModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Ref, Debtor, Type, Due, Note, Address, Agent, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< unformatted value (codes, UTC times); group code
        CaseIdRole,                      ///< case id of a follow-up row
        FollowUpIdRole,                  ///< follow-up id of a follow-up row
        GroupRole,                       ///< FollowUpGroup (int) of any row
    };

    explicit FollowUpModel(QObject* parent = nullptr);

    /// Replaces the list; @p now and @p zone decide the groups (local midnight of @p zone).
    void setItems(std::vector<FollowUpItem> items, const QDateTime& now, const QTimeZone& zone);
    /// Says that every text changed (after a change of the interface language).
    void retranslate();
    int followUpCount() const { return int(m_total); }
    /// Row of @p group among the top-level rows, or -1 when it has no follow-ups.
    int groupRow(FollowUpGroup group) const;
    /// The follow-up at @p index (nullptr for group rows and invalid indexes).
    const FollowUpItem* item(const QModelIndex& index) const;

    static QString groupLabel(FollowUpGroup group);
    static QString groupCode(FollowUpGroup group);
    static QString typeLabel(FollowUpType type);
    static QIcon typeIcon(FollowUpType type);

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        FollowUpGroup group;
        std::vector<FollowUpItem> items;
    };

    QVariant itemData(const Group& group, const FollowUpItem& item, int column, int role) const;
    QVariant displayText(const Group& group, const FollowUpItem& item, int column) const;
    static QVariant rawValue(const FollowUpItem& item, int column);

    std::vector<Group> m_groups;
    size_t m_total = 0;
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace caseloop
