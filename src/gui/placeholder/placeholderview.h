#pragma once

#include "appview.h"
#include "viewregistry.h"

#include <memory>

namespace Ui {
class PlaceholderView;
}

namespace caseloop {

/// The tidy empty state of a view a later release fills: icon, title and one sentence on what
/// the view will hold.
class PlaceholderView final : public AppView {
    Q_OBJECT

public:
    PlaceholderView(Session& session, const ViewDescriptor& view, QWidget* parent = nullptr);
    ~PlaceholderView() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::PlaceholderView> m_ui;
    ViewDescriptor m_view;
};

} // namespace caseloop
