#pragma once

#include "db/bulkwriter.h"

struct sqlite3;
struct sqlite3_stmt;

namespace caseloop {

/// SQLite's fast path: one prepared statement stepped per row through the C API on the
/// connection's own handle (the Qt driver's); integers bound as int64, text as UTF-8 straight
/// from the BulkRows arena without a copy. Part of the SQLite dialect; nothing outside db/
/// knows it exists.
class SqliteBulkWriter final : public BulkWriter {
public:
    /// @p table and @p columns come from code constants, never from input.
    SqliteBulkWriter(Connection& connection, const QString& table, const QStringList& columns);
    ~SqliteBulkWriter() override;
    void insertRows(const BulkRows& rows) override;

private:
    [[noreturn]] void fail(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_table;
    int m_width = 0;
};

} // namespace caseloop
