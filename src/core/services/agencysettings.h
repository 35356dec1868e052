#pragma once

#include <QString>
#include <QTimeZone>

namespace caseloop {

class Connection;

/// Agency-wide settings kept in the settings table (key → text value).
class AgencySettings final {
public:
    /// Key of the agency's time zone (an IANA id); periods of metrics and exports use it.
    static constexpr const char* timeZoneKey = "agency.time_zone";

    /// The stored value of @p key, or @p fallback when there is none.
    static QString value(Connection& connection, const QString& key, const QString& fallback = {});
    /// The agency's time zone: the stored IANA id when valid, else the system zone.
    static QTimeZone timeZone(Connection& connection);
};

} // namespace caseloop
