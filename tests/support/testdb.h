#pragma once

#include "db/connection.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caseloop::test {

/// A fresh SQLite file in a private temporary folder, removed with the object.
class TempDatabase {
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dirPath() const { return m_dir.path(); }
    /// Opens (and creates/migrates) the file.
    std::unique_ptr<Connection> open(OpenOptions::Mode mode = OpenOptions::Mode::Create) const;

private:
    QTemporaryDir m_dir;
};

/// Reads a whole file as bytes (to show that a refused file was not changed).
QByteArray readFile(const QString& path);

} // namespace caseloop::test
