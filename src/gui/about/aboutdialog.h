#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace caseloop {

/// Help → About CaseLoop: version, licence, Qt version and the open database.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace caseloop
