#include "textformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace caseloop::cli::textformat {

namespace {

QLocale displayLocale()
{
    QLocale locale = QLocale::system();
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

} // namespace

QString count(qint64 n)
{
    return displayLocale().toString(n);
}

QString seconds(double s)
{
    return QCoreApplication::translate("textformat", "%1 s")
        .arg(displayLocale().toString(s, 'f', 1));
}

} // namespace caseloop::cli::textformat
