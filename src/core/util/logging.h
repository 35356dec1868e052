#pragma once

#include <QString>

namespace caseloop {

/// Sets up spdlog: a rotating file in appinfo::logDirectory() (5 × 5 MB) and, when
/// @p toStderr, the terminal. Messages never carry personal data (see docs/architecture.md).
void initLogging(const QString& logName, bool verbose, bool toStderr);

} // namespace caseloop
