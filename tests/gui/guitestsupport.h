#pragma once

#include <QString>
#include <QTemporaryDir>

namespace caseloop::test {

/// A private copy of a small demo database (made once per test run with DemoGenerator:
/// 4 agents, 120 cases, 2 months, seed 7) in its own temporary folder.
class DemoDatabaseCopy {
public:
    DemoDatabaseCopy();
    QString path() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// count(*) of a query on @p path, read through its own connection.
qint64 countRows(const QString& path, const QString& sql);

} // namespace caseloop::test
