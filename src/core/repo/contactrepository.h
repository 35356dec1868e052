#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of contacts (calls, messages, letters, visits) logged on cases. Contacts are facts
/// and are not edited. Throws caseloop::Error.
class ContactRepository {
public:
    virtual ~ContactRepository() = default;

    /// Stores a new contact and returns its id (the id field of @p contact is ignored).
    virtual qint64 add(const Contact& contact) = 0;
    virtual std::optional<Contact> find(qint64 id) = 0;
    /// Contacts of a case, newest first (by start time, then id).
    virtual std::vector<Contact> listByCase(qint64 caseId) = 0;
};

} // namespace caseloop
