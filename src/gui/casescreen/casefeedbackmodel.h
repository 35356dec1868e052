#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>

#include <vector>

namespace caseloop {

/// Survey responses about a case (newest first): who answered, how, the ratings and comment.
class CaseFeedbackModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RespondedAt,
        Respondent,
        SurveyChannelColumn,
        Overall,
        Attitude,
        Efficiency,
        Nps,
        Comment,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, ToneRole, ResponseIdRole };

    explicit CaseFeedbackModel(QObject* parent = nullptr);
    void setResponses(std::vector<SurveyResponse> responses);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SurveyResponse> m_rows;
};

} // namespace caseloop
