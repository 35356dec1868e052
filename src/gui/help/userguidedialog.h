#pragma once

#include <QDialog>

class QTextBrowser;

namespace caseloop {

/// Help → User guide: the user guide (docs/user-guide.md, compiled in) in a text browser.
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

private:
    QTextBrowser* m_browser;
};

} // namespace caseloop
