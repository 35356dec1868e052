#include "placeholder/placeholderview.h"

#include "ui_placeholderview.h"

#include <QEvent>
#include <QIcon>

namespace caseloop {

PlaceholderView::PlaceholderView(Session& session, const ViewDescriptor& view, QWidget* parent)
    : AppView(session, parent)
    , m_ui(std::make_unique<Ui::PlaceholderView>())
    , m_view(view)
{
    m_ui->setupUi(this);
    setObjectName(view.name);
    const int iconSize = fontMetrics().height() * 4;
    m_ui->icon->setPixmap(QIcon(view.iconPath).pixmap(iconSize, iconSize, QIcon::Disabled));
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_ui->title->setFont(titleFont);
    m_ui->description->setForegroundRole(QPalette::PlaceholderText);
    retranslateUi();
    setLoaded(true);
}

PlaceholderView::~PlaceholderView() = default;

void PlaceholderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    AppView::changeEvent(event);
}

void PlaceholderView::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->title->setText(ViewRegistry::title(m_view));
    m_ui->description->setText(ViewRegistry::description(m_view));
}

} // namespace caseloop
