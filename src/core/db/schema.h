#pragma once

#include <QStringList>

namespace caseloop {

class Connection;

/// The DDL of each schema version. Times are INTEGER UTC epoch milliseconds (columns *_at),
/// dates TEXT YYYY-MM-DD (columns *_date), money INTEGER minor units beside a currency code.
namespace schema {

void createVersion1(Connection& connection);
void createVersion2(Connection& connection);
void createVersion3(Connection& connection);

/// Domain tables of the latest version in dependency order (parents first); audit_log is last.
QStringList domainTables();

} // namespace schema
} // namespace caseloop
