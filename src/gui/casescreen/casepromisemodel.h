#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace caseloop {

/// The promises to pay of a case (newest first) with instalment number, paid amount and status.
class CasePromiseModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueDate, Amount, Paid, Status, Instalment, Agent, Made, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ToneRole, PromiseIdRole };

    explicit CasePromiseModel(QObject* parent = nullptr);
    void setPromises(std::vector<Promise> promises, QHash<qint64, QString> userNames);
    const Promise* promiseAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Promise> m_rows;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, int> m_planSizes; ///< plan id → instalments seen
};

} // namespace caseloop
