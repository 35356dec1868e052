#pragma once

#include <QByteArray>

namespace caseloop {

class Connection;

/// SHA-256 over the content of every domain table except audit_log (which records wall-clock
/// times): rows in primary-key order, each value with its type, so two databases with equal
/// content have equal hashes whatever order the rows were inserted in. Throws caseloop::Error.
QByteArray contentHash(Connection& connection);

} // namespace caseloop
