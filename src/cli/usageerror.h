#pragma once

#include <QString>

#include <stdexcept>

namespace caseloop::cli {

/// A bad command line (unknown command or option, missing or malformed value). The dispatcher
/// prints the message with a hint to the command's help and exits with code 2.
class UsageError final : public std::runtime_error {
public:
    explicit UsageError(QString message)
        : std::runtime_error(message.toStdString())
        , m_message(std::move(message))
    {}

    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace caseloop::cli
