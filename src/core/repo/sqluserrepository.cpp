#include "repo/sqluserrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral("SELECT id, login, display_name, role, team_id, active, "
                                         "locale, password_hash, created_at FROM users ");

User readUser(const Query& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = enumFromDb<Role>(q.value(3), "users.role");
    u.teamId = optIdFromDb(q.value(4));
    u.active = q.value(5).toInt() != 0;
    u.locale = q.value(6).toString();
    u.passwordHash = q.value(7).toString();
    u.createdAt = timeFromDb(q.value(8));
    return u;
}

void validate(const User& user)
{
    requireOptionalId(user.teamId, "teamId");
    requireTime(user.createdAt, "createdAt");
}

void bindFields(Query& q, const User& user)
{
    q.bind(QStringLiteral(":login"), text(user.login))
        .bind(QStringLiteral(":display"), text(user.displayName))
        .bind(QStringLiteral(":role"), toCode(user.role))
        .bind(QStringLiteral(":team"), id(user.teamId))
        .bind(QStringLiteral(":active"), user.active ? 1 : 0)
        .bind(QStringLiteral(":locale"), text(user.locale))
        .bind(QStringLiteral(":hash"), textOrNull(user.passwordHash))
        .bind(QStringLiteral(":created"), toDb(user.createdAt));
}

} // namespace

qint64 SqlUserRepository::add(const User& user)
{
    validate(user);
    Query q(m_connection,
            QStringLiteral("INSERT INTO users (login, display_name, role, team_id, active, locale, "
                           "password_hash, created_at) VALUES (:login, :display, :role, :team, "
                           ":active, :locale, :hash, :created) RETURNING id"));
    bindFields(q, user);
    return execInsert(q);
}

std::optional<User> SqlUserRepository::find(qint64 userId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    return readOne<User>(q, readUser);
}

std::optional<User> SqlUserRepository::findByLogin(const QString& login)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE login = :login"));
    q.bind(QStringLiteral(":login"), text(login));
    return readOne<User>(q, readUser);
}

void SqlUserRepository::update(const User& user)
{
    requireId(user.id, "user.id");
    validate(user);
    Query q(
        m_connection,
        QStringLiteral("UPDATE users SET login = :login, display_name = :display, role = :role, "
                       "team_id = :team, active = :active, locale = :locale, "
                       "password_hash = :hash, created_at = :created WHERE id = :id"));
    bindFields(q, user);
    q.bind(QStringLiteral(":id"), user.id).exec();
    requireUpdated(q, "user", user.id);
}

std::vector<User> SqlUserRepository::listByRole(Role role)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE role = :role ORDER BY login, id"));
    q.bind(QStringLiteral(":role"), toCode(role));
    return readAll<User>(q, readUser);
}

std::vector<User> SqlUserRepository::listByTeam(qint64 teamId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE team_id = :team ORDER BY login, id"));
    q.bind(QStringLiteral(":team"), teamId);
    return readAll<User>(q, readUser);
}

} // namespace caseloop
