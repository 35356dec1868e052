#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of users (agents, supervisors, compliance officers, admins). Throws caseloop::Error.
class UserRepository {
public:
    virtual ~UserRepository() = default;

    /// Stores a new user and returns its id (the id field of @p user is ignored).
    virtual qint64 add(const User& user) = 0;
    virtual std::optional<User> find(qint64 id) = 0;
    virtual std::optional<User> findByLogin(const QString& login) = 0;
    /// Writes every field of the user with @p user.id; throws NotFound when there is none.
    virtual void update(const User& user) = 0;
    /// Users with a role (active and inactive), by login.
    virtual std::vector<User> listByRole(Role role) = 0;
    /// Members of a team (active and inactive), by login.
    virtual std::vector<User> listByTeam(qint64 teamId) = 0;
};

} // namespace caseloop
