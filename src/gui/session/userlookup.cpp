#include "session/userlookup.h"

#include "db/query.h"

namespace caseloop {

namespace {

const QString kColumns = QStringLiteral("SELECT id, login, display_name, role, locale FROM users ");

std::optional<SessionUser> readUser(Query& q)
{
    if (!q.exec().next())
        return std::nullopt;
    SessionUser user;
    user.context.userId = q.value(0).toLongLong();
    user.context.login = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.context.role = fromCode<Role>(q.value(3).toString()).value_or(Role::Agent);
    user.context.locale = q.value(4).toString();
    return user;
}

} // namespace

std::optional<SessionUser> UserLookup::byLogin(Connection& connection, const QString& login)
{
    Query q(connection, kColumns + QStringLiteral("WHERE login = :login AND active = 1"));
    q.bind(QStringLiteral(":login"), login);
    return readUser(q);
}

std::optional<SessionUser> UserLookup::defaultUser(Connection& connection)
{
    Query supervisor(connection, kColumns + QStringLiteral("WHERE role = :role AND active = 1 "
                                                           "ORDER BY id LIMIT 1"));
    supervisor.bind(QStringLiteral(":role"), toCode(Role::Supervisor));
    if (auto user = readUser(supervisor))
        return user;
    Query anyone(connection, kColumns + QStringLiteral("WHERE active = 1 ORDER BY id LIMIT 1"));
    return readUser(anyone);
}

} // namespace caseloop
