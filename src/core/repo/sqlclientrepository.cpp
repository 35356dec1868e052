#include "repo/sqlclientrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString selectSql = QStringLiteral("SELECT id, code, name, country FROM clients ");

Client readClient(const Query& q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.country = q.value(3).toString();
    return c;
}

} // namespace

qint64 SqlClientRepository::add(const Client& client)
{
    Query q(m_connection, QStringLiteral("INSERT INTO clients (code, name, country) VALUES (:code, "
                                         ":name, :country) RETURNING id"));
    q.bind(QStringLiteral(":code"), text(client.code))
        .bind(QStringLiteral(":name"), text(client.name))
        .bind(QStringLiteral(":country"), text(client.country));
    return execInsert(q);
}

std::optional<Client> SqlClientRepository::find(qint64 clientId)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), clientId);
    return readOne<Client>(q, readClient);
}

std::optional<Client> SqlClientRepository::findByCode(const QString& code)
{
    Query q(m_connection, selectSql + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), text(code));
    return readOne<Client>(q, readClient);
}

std::vector<Client> SqlClientRepository::list()
{
    Query q(m_connection, selectSql + QStringLiteral("ORDER BY code, id"));
    return readAll<Client>(q, readClient);
}

} // namespace caseloop
