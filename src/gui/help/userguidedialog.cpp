#include "help/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caseloop {

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("CaseLoop User Guide"));
    m_browser->setOpenExternalLinks(true);
    QFile file(QStringLiteral(":/help/user-guide.md"));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);
}

} // namespace caseloop
