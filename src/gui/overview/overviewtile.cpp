#include "overview/overviewtile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace caseloop {

OverviewTile::OverviewTile(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewTile"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("#overviewTile { background: palette(base); "
                                 "border: 1px solid palette(midlight); border-radius: 6px; }"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setLoading();
}

void OverviewTile::setTitle(const QString& title)
{
    m_title->setText(title);
}

void OverviewTile::setLoading()
{
    m_value->setText(QStringLiteral("—"));
    m_value->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setText(QStringLiteral(" "));
}

void OverviewTile::setValue(const QString& value)
{
    m_value->setText(value);
    m_value->setForegroundRole(QPalette::WindowText);
}

void OverviewTile::setDetail(const QString& detail, Tone tone)
{
    m_detail->setText(detail);
    if (tone == Tone::Warning) {
        QPalette p = m_detail->palette();
        p.setColor(QPalette::WindowText, QColor(0xb4, 0x53, 0x09)); // amber: due soon / overdue
        m_detail->setPalette(p);
        m_detail->setForegroundRole(QPalette::WindowText);
    } else {
        m_detail->setPalette(palette());
        m_detail->setForegroundRole(QPalette::PlaceholderText);
    }
}

QString OverviewTile::title() const
{
    return m_title->text();
}
QString OverviewTile::value() const
{
    return m_value->text();
}
QString OverviewTile::detail() const
{
    return m_detail->text();
}

} // namespace caseloop
