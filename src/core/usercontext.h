#pragma once

#include "domain/enums.h"

#include <QString>

namespace caseloop {

/// Who is acting: passed to every service call so that permissions, audit entries and
/// attribution have one source. The system context is used by batch jobs (demo, migrations).
struct UserContext {
    qint64 userId = 0; ///< 0 for the system context
    QString login;
    Role role = Role::Admin;
    QString locale = QStringLiteral("en");

    bool isSystem() const { return userId == 0; }
    static UserContext system()
    {
        return UserContext{0, QStringLiteral("system"), Role::Admin, {}};
    }
};

} // namespace caseloop
