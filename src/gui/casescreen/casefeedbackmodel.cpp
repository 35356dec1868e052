#include "casescreen/casefeedbackmodel.h"

#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"

#include <QLocale>

namespace caseloop {

namespace {

QVariant rating(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

CaseFeedbackModel::CaseFeedbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseFeedbackModel::setResponses(std::vector<SurveyResponse> responses)
{
    beginResetModel();
    m_rows = std::move(responses);
    endResetModel();
}

int CaseFeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseFeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseFeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SurveyResponse& r = m_rows[size_t(index.row())];
    const auto score = [](const std::optional<int>& v, int max) {
        return v ? tr("%1 / %2").arg(QLocale().toString(*v), QLocale().toString(max)) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RespondedAt:
            return CaseLabels::dateTime(r.respondedAt);
        case Respondent:
            return CaseLabels::respondent(r.respondentType);
        case SurveyChannelColumn:
            return CaseLabels::surveyChannel(r.channel);
        case Overall:
            return score(r.overall, 5);
        case Attitude:
            return score(r.attitude, 5);
        case Efficiency:
            return score(r.efficiency, 5);
        case Nps:
            return r.npsScore ? QLocale().toString(*r.npsScore) : QString();
        case Comment:
            return role == Qt::DisplayRole ? r.comment.simplified() : r.comment;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Overall && index.column() <= Nps)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ToneRole:
        if (index.column() == Overall && r.overall) {
            using Tone = CaseListModel::Tone;
            return int(*r.overall >= 4 ? Tone::Good
                                       : (*r.overall <= 2 ? Tone::Bad : Tone::Warning));
        }
        return {};
    case ResponseIdRole:
        return r.id;
    case RawValueRole:
        switch (index.column()) {
        case RespondedAt:
            return r.respondedAt;
        case Respondent:
            return toCode(r.respondentType);
        case SurveyChannelColumn:
            return toCode(r.channel);
        case Overall:
            return rating(r.overall);
        case Attitude:
            return rating(r.attitude);
        case Efficiency:
            return rating(r.efficiency);
        case Nps:
            return rating(r.npsScore);
        case Comment:
            return r.comment;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseFeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RespondedAt:
        return tr("Answered");
    case Respondent:
        return tr("Respondent");
    case SurveyChannelColumn:
        return tr("Channel");
    case Overall:
        return tr("Overall");
    case Attitude:
        return tr("Attitude");
    case Efficiency:
        return tr("Efficiency");
    case Nps:
        return tr("NPS", "net promoter score 0-10");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace caseloop
