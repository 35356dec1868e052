#include "appview.h"

namespace caseloop {

AppView::AppView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{}

void AppView::setLoaded(bool loaded)
{
    m_loaded = loaded;
    if (loaded)
        Q_EMIT this->loaded();
}

} // namespace caseloop
