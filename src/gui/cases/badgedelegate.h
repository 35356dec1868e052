#pragma once

#include <QStyledItemDelegate>

namespace caseloop {

/// Paints cells that carry a CaseListModel::ToneRole as a small rounded badge: a tinted
/// background in the tone's colour with the text on it (colour never carries meaning alone).
class BadgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Text colour of a tone (CaseListModel::Tone as int); invalid for no tone.
    static QColor toneColor(int tone);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace caseloop
