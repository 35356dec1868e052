#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace caseloop {

/// The follow-ups of a case (newest due first) with their state: open, overdue or done.
class CaseFollowUpModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Type, State, Agent, Note, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ToneRole, FollowUpIdRole };

    explicit CaseFollowUpModel(QObject* parent = nullptr);
    void setFollowUps(std::vector<FollowUp> followUps, QHash<qint64, QString> userNames,
                      const QDateTime& now);
    const FollowUp* followUpAt(int row) const;
    /// The translated state of a follow-up at @p now and its badge tone.
    static QString stateLabel(const FollowUp& followUp, const QDateTime& now);
    static int stateTone(const FollowUp& followUp, const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<FollowUp> m_rows;
    QHash<qint64, QString> m_userNames;
    QDateTime m_now;
};

} // namespace caseloop
