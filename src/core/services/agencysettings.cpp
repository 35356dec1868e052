#include "services/agencysettings.h"

#include "db/query.h"

namespace caseloop {

QString AgencySettings::value(Connection& connection, const QString& key, const QString& fallback)
{
    Query q(connection, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.exec().next() ? q.value(0).toString() : fallback;
}

QTimeZone AgencySettings::timeZone(Connection& connection)
{
    const QString id = value(connection, QString::fromLatin1(timeZoneKey));
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace caseloop
