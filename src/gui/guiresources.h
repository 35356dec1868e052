#pragma once

namespace caseloop {

/// Registers the icons and the user guide compiled into caseloop_gui (a static library, so
/// the linker would otherwise drop them). Call once after creating the QApplication.
void initGuiResources();

} // namespace caseloop
