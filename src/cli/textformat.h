#pragma once

#include <QString>

namespace caseloop::cli {

/// Number formatting for human-readable CLI output ("2,345,000", "12.3 s").
namespace textformat {

/// A count with digit grouping in the user's locale (English grouping under the C locale).
QString count(qint64 n);
/// Seconds with one decimal and the unit, e.g. "12.3 s".
QString seconds(double s);

} // namespace textformat
} // namespace caseloop::cli
