#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of clients (creditors that place debts with the agency). Throws caseloop::Error.
class ClientRepository {
public:
    virtual ~ClientRepository() = default;

    /// Stores a new client and returns its id (the id field of @p client is ignored).
    virtual qint64 add(const Client& client) = 0;
    virtual std::optional<Client> find(qint64 id) = 0;
    virtual std::optional<Client> findByCode(const QString& code) = 0;
    /// All clients, by code.
    virtual std::vector<Client> list() = 0;
};

} // namespace caseloop
