#include "cases/badgedelegate.h"

#include "cases/caselistmodel.h"

#include <QApplication>
#include <QPainter>

namespace caseloop {

namespace {

constexpr int kPadX = 6;
constexpr int kPadY = 1;

} // namespace

QColor BadgeDelegate::toneColor(int tone)
{
    using Tone = CaseListModel::Tone;
    switch (Tone(tone)) {
    case Tone::Neutral:
        return QColor(0x2f, 0x5d, 0x8a); // blue: in progress
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32); // green: kept, paying, resolved
    case Tone::Warning:
        return QColor(0xa8, 0x5d, 0x00); // amber: due soon, pending
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28); // red: broken, blocked
    case Tone::Muted:
        return QColor(0x6b, 0x72, 0x80); // grey: closed, on hold
    case Tone::None:
        break;
    }
    return {};
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const QVariant tone = index.data(CaseListModel::ToneRole);
    const QColor color = tone.isValid() ? toneColor(tone.toInt()) : QColor();
    if (!color.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const QFontMetrics fm(opt.font);
    const QRect cell = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int textWidth = fm.horizontalAdvance(text) + 1;
    const bool fits = textWidth + 2 * kPadX <= cell.width();
    const int width = std::min(textWidth + 2 * kPadX, cell.width());
    const int height = std::min(fm.height() + 2 * kPadY, cell.height());
    const QRect badge(cell.left(), cell.top() + (cell.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(0.13);
    QColor border = color;
    border.setAlphaF(0.45);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    const qreal radius = height / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : color);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter | Qt::TextSingleLine,
                      fits ? text : fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPadX));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(CaseListModel::ToneRole).isValid())
        size.rwidth() += 2 * kPadX;
    return size;
}

} // namespace caseloop
