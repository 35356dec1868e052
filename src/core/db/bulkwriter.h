#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

namespace caseloop {

class Connection;
class Query;

/// Inserts many rows of one table as fast as the backend allows (demo data, imports). Created by
/// Dialect::bulkWriter(); used on the connection's thread inside a Transaction.
class BulkWriter {
public:
    virtual ~BulkWriter() = default;
    /// Inserts @p rows rows whose values (all columns of a row, then the next row) start at
    /// @p values. A null QVariant or a null QString is written as NULL.
    virtual void insertRows(const QVariant* values, qsizetype rows) = 0;
};

/// Portable writer: multi-row prepared INSERT statements through QSqlQuery, each prepared once.
class SqlBulkWriter final : public BulkWriter {
public:
    /// @p table and @p columns come from code constants, never from input.
    SqlBulkWriter(Connection& connection, QString table, QStringList columns,
                  int rowsPerStatement = 16);
    ~SqlBulkWriter() override;
    void insertRows(const QVariant* values, qsizetype rows) override;

private:
    Query& statement(int rows);
    const QString& placeholder(int index);

    Connection& m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::vector<QString> m_placeholders;
    std::map<int, std::unique_ptr<Query>> m_statements;
};

} // namespace caseloop
