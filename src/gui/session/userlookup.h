#pragma once

#include "usercontext.h"

#include <QString>

#include <optional>

namespace caseloop {

class Connection;

/// A user as the GUI shows it: the context passed to services plus the display name.
struct SessionUser {
    UserContext context;
    QString displayName;
};

/// Reads users from the users table for the start-up (logins with passwords come later).
class UserLookup final {
public:
    /// The active user with this login, or nullopt.
    static std::optional<SessionUser> byLogin(Connection& connection, const QString& login);
    /// The first active supervisor (the demo default), else the first active user, else nullopt.
    static std::optional<SessionUser> defaultUser(Connection& connection);
};

} // namespace caseloop
