#include "startup/demodatabasecreator.h"

#include "db/connection.h"
#include "error.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

/// What the worker thread hands back to the GUI thread; guarded by the mutex.
struct SharedState {
    QMutex mutex;
    DemoProgress progress;
    std::optional<DemoResult> result;
    std::optional<Error> error;
};

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

DemoOptions DemoDatabaseCreator::firstStartOptions()
{
    DemoOptions options;
    options.agents = 40;
    options.cases = 4000;
    options.months = 12;
    options.seed = 1;
    return options;
}

QString DemoDatabaseCreator::phaseLabel(const QString& phase)
{
    struct Label {
        const char* code;
        const char* text;
    };
    static constexpr Label labels[] = {
        {"teams", QT_TR_NOOP("Teams and agents")},
        {"users", QT_TR_NOOP("Teams and agents")},
        {"clients", QT_TR_NOOP("Clients")},
        {"debtors", QT_TR_NOOP("Debtors")},
        {"cases", QT_TR_NOOP("Cases")},
        {"contacts", QT_TR_NOOP("Contact histories")},
        {"followups", QT_TR_NOOP("Follow-ups")},
        {"promises", QT_TR_NOOP("Promises and payments")},
        {"payments", QT_TR_NOOP("Promises and payments")},
        {"surveys", QT_TR_NOOP("Survey responses")},
        {"complaints", QT_TR_NOOP("Complaints")},
        {"indexes", QT_TR_NOOP("Indexes")},
    };
    for (const Label& label : labels) {
        if (phase == QLatin1StringView(label.code))
            return tr(label.text);
    }
    return tr("Preparing");
}

DemoResult DemoDatabaseCreator::create(const QString& path, const DemoOptions& options,
                                       bool showProgress, QWidget* parent)
{
    const QFileInfo info(path);
    if (info.exists()) {
        throw Error(Error::Kind::InvalidInput,
                    tr("“%1” already exists; demo data is only written to a new file.").arg(path));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        throw Error(Error::Kind::Io, tr("Cannot create the folder “%1”. Check that you may write "
                                        "there, or start CaseLoop with --db and another file.")
                                         .arg(info.absolutePath()));
    }

    auto shared = std::make_shared<SharedState>();
    std::unique_ptr<QThread> thread(QThread::create([shared, path, options] {
        try {
            auto connection = Connection::open(OpenOptions{path, OpenOptions::Mode::Create});
            const DemoResult result = DemoGenerator::generate(
                *connection, UserContext::system(), options, [&shared](const DemoProgress& p) {
                    const QMutexLocker lock(&shared->mutex);
                    shared->progress = p;
                });
            const QMutexLocker lock(&shared->mutex);
            shared->result = result;
        } catch (const Error& e) {
            const QMutexLocker lock(&shared->mutex);
            shared->error = e;
        } catch (const std::exception& e) {
            const QMutexLocker lock(&shared->mutex);
            shared->error = Error(Error::Kind::Database, tr("Creating the demo database failed."),
                                  QString::fromUtf8(e.what()));
        }
    }));

    std::unique_ptr<QProgressDialog> dialog;
    if (showProgress) {
        dialog = std::make_unique<QProgressDialog>(parent);
        dialog->setWindowTitle(tr("CaseLoop"));
        dialog->setCancelButton(nullptr);
        dialog->setRange(0, 0);
        dialog->setMinimumDuration(0);
        dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->setLabelText(tr("Creating a demo database for the first start…"));
        dialog->show();
    }
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&shared, &dialog] {
        if (!dialog)
            return;
        DemoProgress progress;
        {
            const QMutexLocker lock(&shared->mutex);
            progress = shared->progress;
        }
        dialog->setLabelText(tr("Creating a demo database for the first start…\n%1")
                                 .arg(phaseLabel(progress.phase)));
        if (progress.total > 0) {
            dialog->setRange(0, 1000);
            dialog->setValue(int(progress.done * 1000 / progress.total));
        }
    });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    spdlog::info("demo: creating first-start database ({} cases)", options.cases);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();

    const QMutexLocker lock(&shared->mutex);
    if (shared->error) {
        removeDatabaseFiles(path);
        throw *shared->error;
    }
    if (!shared->result) // the generator never returned (cannot happen without an exception)
        throw Error(Error::Kind::Database, tr("Creating the demo database failed."));
    spdlog::info("demo: {} rows in {:.1f} s", shared->result->rows, shared->result->seconds);
    return *shared->result;
}

} // namespace caseloop
