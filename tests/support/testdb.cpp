#include "support/testdb.h"

#include <QFile>

namespace caseloop::test {

TempDatabase::TempDatabase() = default;

std::unique_ptr<Connection> TempDatabase::open(OpenOptions::Mode mode) const
{
    return Connection::open(OpenOptions{path(), mode});
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace caseloop::test
