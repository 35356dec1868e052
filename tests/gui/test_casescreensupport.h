#pragma once
// Helpers shared by the case screen tests (test_casescreen*.cpp, test_logcontactform.cpp,
// test_overridedialog.cpp and the case screen model tests).

#include "appview.h"
#include "db/connection.h"
#include "db/query.h"
#include "domain/records.h"
#include "repo/repositories.h"

#include <QDateTime>
#include <QString>
#include <QTest>

namespace caseloop::test {

/// The first value of a query on @p path (its own read-only connection).
inline QVariant scalarOf(const QString& path, const QString& sql)
{
    auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    return Query::scalar(*connection, sql);
}

/// A case id picked by @p sql ("SELECT id FROM cases ... LIMIT 1"); 0 when none matches.
inline qint64 pickCase(const QString& path, const QString& sql)
{
    return scalarOf(path, sql).toLongLong();
}

inline QString refOf(const QString& path, qint64 caseId)
{
    auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    Repositories repos(*connection);
    const auto c = repos.cases().find(caseId);
    return c ? c->ref : QString();
}

/// Puts a hold of @p type on the debtor of @p caseId, in force since an hour ago.
inline qint64 addHold(const QString& path, qint64 caseId, HoldType type)
{
    auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadWrite});
    Repositories repos(*connection);
    const auto c = repos.cases().find(caseId);
    Hold hold;
    hold.debtorId = c ? c->debtorId : 0;
    hold.caseId = caseId;
    hold.type = type;
    hold.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return repos.holds().add(hold);
}

/// The login of the first active user with @p role.
inline QString loginOf(const QString& path, Role role)
{
    auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
    Query q(*connection, QStringLiteral("SELECT login FROM users WHERE role = :role AND active = 1 "
                                        "ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":role"), toCode(role));
    return q.exec().next() ? q.value(0).toString() : QString();
}

inline bool waitLoaded(AppView& view, int ms = 20000)
{
    return QTest::qWaitFor([&] { return view.isLoaded(); }, ms);
}

} // namespace caseloop::test
