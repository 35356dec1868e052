#include "repo/sqlteamrepository.h"

#include "db/connection.h"
#include "repo/sqlsupport.h"

namespace caseloop {

using namespace repo;

namespace {

const QString columns = QStringLiteral("id, name, supervisor_id");

Team readTeam(const Query& q)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.supervisorId = optIdFromDb(q.value(2));
    return t;
}

} // namespace

qint64 SqlTeamRepository::add(const Team& team)
{
    requireOptionalId(team.supervisorId, "supervisorId");
    Query q(m_connection, QStringLiteral("INSERT INTO teams (name, supervisor_id) VALUES (:name, "
                                         ":supervisor) RETURNING id"));
    q.bind(QStringLiteral(":name"), text(team.name))
        .bind(QStringLiteral(":supervisor"), id(team.supervisorId));
    return execInsert(q);
}

std::optional<Team> SqlTeamRepository::find(qint64 teamId)
{
    Query q(m_connection,
            QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM teams WHERE id = :id"));
    q.bind(QStringLiteral(":id"), teamId);
    return readOne<Team>(q, readTeam);
}

std::vector<Team> SqlTeamRepository::list()
{
    Query q(m_connection,
            QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM teams ORDER BY name, id"));
    return readAll<Team>(q, readTeam);
}

} // namespace caseloop
