#include "util/logging.h"

#include "util/appinfo.h"

#include <QDir>

#include <chrono>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace caseloop {

void initLogging(const QString& logName, bool verbose, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString dir = appinfo::logDirectory();
    if (QDir().mkpath(dir)) {
        try {
            const QString file = dir + QLatin1Char('/') + logName + QStringLiteral(".log");
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 5 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the program; stderr still works.
        }
    }
    if (toStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger =
        std::make_shared<spdlog::logger>(logName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // A killed or crashed process still leaves its last lines in the file.
    spdlog::flush_every(std::chrono::seconds(2));
}

} // namespace caseloop
