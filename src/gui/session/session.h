#pragma once

#include "session/userlookup.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace caseloop {

class Connection;

/// The open database and the signed-in user of one main window: the single place the GUI
/// takes its UserContext from when it calls services. Owns the GUI thread's Connection;
/// worker threads open their own connection to databasePath().
class Session final {
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    /// Opens (and migrates) @p path read-write and picks the user: @p login when given,
    /// else the default user (see UserLookup::defaultUser). Throws caseloop::Error.
    static std::unique_ptr<Session> open(const QString& path, const QString& login = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Connection& connection() { return *m_connection; }
    const QString& databasePath() const { return m_path; }
    const UserContext& user() const { return m_user.context; }
    const QString& displayName() const { return m_user.displayName; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The translated name of a role ("Supervisor", "主管").
    static QString roleLabel(Role role);

private:
    Session() = default;

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    SessionUser m_user;
    int m_schemaVersion = 0;
};

} // namespace caseloop
