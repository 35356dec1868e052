#pragma once

#include "casescreen/caseloader.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace caseloop {

/// The contact log of a case as a table, newest contact first; the amendment notes of a contact
/// follow it as rows of their own (kind AmendmentRow) so they are read under the contact.
class CaseTimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ChannelColumn,
        DirectionColumn,
        Time,       ///< agent's local time
        DebtorTime, ///< debtor's local time
        Agent,
        Outcome,
        Duration,
        Rpc,
        Notes,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< unformatted value (codes, UTC times, seconds)
        ToneRole,                        ///< badge tone (same value as CaseListModel::ToneRole)
        ContactIdRole,                   ///< the contact of the row (amendment rows too)
        AmendmentRole,                   ///< true on an amendment row
        EditableRole,                    ///< true while the contact is inside its grace period
    };

    explicit CaseTimelineModel(QObject* parent = nullptr);

    void setTimeline(std::vector<TimelineEntry> entries, QHash<qint64, QString> userNames,
                     std::vector<OutcomeCode> outcomes, QString debtorZone);
    /// Puts a contact just logged at the top (or replaces it when it is already there).
    void upsert(const TimelineEntry& entry);
    void removeContact(qint64 contactId);
    /// The first row of a contact, or -1.
    int rowOfContact(qint64 contactId) const;
    const TimelineEntry* entryAt(int row) const;
    int contactCount() const { return int(m_entries.size()); }
    const QString& debtorZone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowRef {
        int entry = 0;
        int amendment = -1; ///< -1: the contact itself
    };
    void rebuildRows();
    QVariant contactData(const TimelineEntry& e, int column, int role) const;
    QVariant amendmentData(const ContactAmendment& a, int column, int role) const;
    QString userName(std::optional<qint64> id) const;

    std::vector<TimelineEntry> m_entries;
    std::vector<RowRef> m_rows;
    QHash<qint64, QString> m_userNames;
    std::vector<OutcomeCode> m_outcomes;
    QString m_zone;
};

} // namespace caseloop
