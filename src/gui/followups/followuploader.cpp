#include "followups/followuploader.h"

#include "db/connection.h"
#include "error.h"

#include <QThread>

#include <memory>
#include <spdlog/spdlog.h>
#include <utility>

namespace caseloop {

FollowUpLoader::FollowUpLoader(QString databasePath, UserContext user, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_user(std::move(user))
{}

FollowUpLoader::~FollowUpLoader()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

quint64 FollowUpLoader::load(const QDateTime& now, const QTimeZone& zone, bool withItems)
{
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<FollowUpLoadResult>();
    result->generation = generation;
    result->now = now;
    result->zone = zone;
    result->withItems = withItems;
    QThread* thread = QThread::create([path = m_path, user = m_user, result] {
        try {
            auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::ReadOnly});
            FollowUpQuery query(*connection, user);
            if (result->withItems)
                result->items = query.list(result->now, result->zone);
            result->counts = query.counts(result->now, result->zone);
            result->seesOthers = query.seesOthers();
        } catch (const Error& e) {
            result->error = e.message();
            result->errorDetails = e.details();
            spdlog::warn("follow-ups: loading failed (kind {})", static_cast<int>(e.kind()));
        }
    });
    thread->setObjectName(QStringLiteral("followups"));
    m_threads.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_threads.remove(thread);
        thread->deleteLater();
        if (result->generation == m_generation)
            Q_EMIT finished(*result);
    });
    thread->start();
    return generation;
}

} // namespace caseloop
