#include "about/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>

namespace caseloop {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const int iconSize = fontMetrics().height() * 4;
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/caseloop.svg")).pixmap(iconSize));
    QFont nameFont = m_ui->name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_ui->name->setFont(nameFont);
    m_ui->name->setText(QStringLiteral("CaseLoop"));
    m_ui->version->setText(QStringLiteral(CASELOOP_VERSION));
    m_ui->licence->setText(QStringLiteral("Apache-2.0"));
    m_ui->qt->setText(QString::fromLatin1(qVersion()));
    m_ui->database->setText(databasePath);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("About CaseLoop"));
    m_ui->tagline->setText(tr("Case management for debt-collection agencies, with a closed "
                              "feedback loop."));
    m_ui->versionLabel->setText(tr("Version:"));
    m_ui->licenceLabel->setText(tr("Licence:"));
    m_ui->qtLabel->setText(tr("Qt version:"));
    m_ui->databaseLabel->setText(tr("Database:"));
}

} // namespace caseloop
