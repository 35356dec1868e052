#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace caseloop {

class AppView;
class Session;

/// One page of the main window: its stable name (used by --view and QSettings), icon,
/// translatable title and the function that builds it.
struct ViewDescriptor {
    QString name;
    QString iconPath;
    const char* title = nullptr;       ///< source text, context "ViewRegistry"
    const char* description = nullptr; ///< one sentence for the empty state, context "ViewRegistry"
    std::function<AppView*(Session&, QWidget*)> create;
};

/// The list of views in navigation order. Adding a view = one entry in viewregistry.cpp.
class ViewRegistry final {
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)

public:
    static const std::vector<ViewDescriptor>& all();
    /// The view with this name, or nullptr.
    static const ViewDescriptor* find(const QString& name);
    static QStringList names();
    /// Translated title and description of a view.
    static QString title(const ViewDescriptor& view);
    static QString description(const ViewDescriptor& view);
};

} // namespace caseloop
