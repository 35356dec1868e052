#pragma once

#include <QString>

#include <stdexcept>

namespace caseloop {

/// Error raised by core code: a user-facing message (already translated) plus technical details.
/// The message says what happened and what to do; details hold driver text for "Show details".
/// Neither may contain personal data (names, phone numbers, free text).
class Error : public std::runtime_error {
public:
    enum class Kind {
        NotFound,     ///< a file or record does not exist
        NotADatabase, ///< the file is not a CaseLoop database, or is damaged
        NewerSchema,  ///< created by a newer CaseLoop; refused without change
        ReadOnly,     ///< the database or file cannot be written
        Busy,         ///< another program holds a lock for too long
        InvalidInput, ///< a value from outside failed validation
        Permission,   ///< the current user may not do this
        Database,     ///< any other database failure
        Io,           ///< reading or writing a file failed
    };

    Error(Kind kind, QString message, QString details = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(std::move(message))
        , m_details(std::move(details))
    {}

    Kind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }
    const QString& details() const noexcept { return m_details; }

private:
    Kind m_kind;
    QString m_message;
    QString m_details;
};

} // namespace caseloop
