#include "guitestsupport.h"

#include "db/connection.h"
#include "db/query.h"
#include "demo/demogenerator.h"

#include <QFile>

#include <gtest/gtest.h>
#include <memory>

namespace caseloop::test {

namespace {

QString templateDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("template.db"));
        DemoOptions options;
        options.agents = 4;
        options.cases = 120;
        options.months = 2;
        options.seed = 7;
        // Closing the only connection folds the write-ahead log into the file, so a plain
        // file copy is complete.
        auto connection = Connection::open(OpenOptions{file, OpenOptions::Mode::Create});
        DemoGenerator::generate(*connection, UserContext::system(), options);
        connection.reset();
        return file;
    }();
    return path;
}

} // namespace

DemoDatabaseCopy::DemoDatabaseCopy()
{
    const bool copied = QFile::copy(templateDatabase(), path());
    EXPECT_TRUE(copied);
}

qint64 countRows(const QString& path, const QString& sql)
{
    auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    return Query::scalar(*connection, sql).toLongLong();
}

} // namespace caseloop::test
