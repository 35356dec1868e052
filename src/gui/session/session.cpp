#include "session/session.h"

#include "db/connection.h"
#include "error.h"

#include <QFileInfo>

namespace caseloop {

Session::~Session() = default;

std::unique_ptr<Session> Session::open(const QString& path, const QString& login)
{
    std::unique_ptr<Session> session(new Session);
    session->m_connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadWrite});
    session->m_path = QFileInfo(path).absoluteFilePath();
    session->m_schemaVersion = session->m_connection->schemaVersion();

    std::optional<SessionUser> user;
    if (!login.isEmpty()) {
        user = UserLookup::byLogin(*session->m_connection, login);
        if (!user) {
            throw Error(Error::Kind::NotFound,
                        tr("There is no active user “%1” in this database. Check the login, or "
                           "start without --user to use the default user.")
                            .arg(login));
        }
    } else {
        user = UserLookup::defaultUser(*session->m_connection);
    }
    if (user) {
        session->m_user = *user;
    } else {
        // An empty database (no users yet): act as the system so the shell still opens.
        session->m_user = SessionUser{UserContext::system(), tr("System")};
    }
    return session;
}

QString Session::roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Compliance:
        return tr("Compliance officer");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace caseloop
