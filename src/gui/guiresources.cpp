#include "guiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initCaseloopIcons()
{
    Q_INIT_RESOURCE(caseloop_icons);
}

namespace caseloop {

void initGuiResources()
{
    initCaseloopIcons();
}

} // namespace caseloop
