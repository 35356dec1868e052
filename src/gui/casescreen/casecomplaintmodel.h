#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace caseloop {

/// Complaints about a case (newest first) with severity, status and resolution deadline.
class CaseComplaintModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Ref,
        Received,
        Category,
        SeverityColumn,
        Status,
        ResolveBy,
        Description,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, ToneRole, ComplaintIdRole };

    explicit CaseComplaintModel(QObject* parent = nullptr);
    void setComplaints(std::vector<Complaint> complaints, const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Complaint> m_rows;
    QDateTime m_now;
};

} // namespace caseloop
