#pragma once

#include "domain/records.h"

#include <optional>

namespace caseloop {

/// Storage of debtors together with their phones and e-mail addresses, which are always saved
/// and loaded with the debtor. Throws caseloop::Error.
class DebtorRepository {
public:
    virtual ~DebtorRepository() = default;

    /// Stores a new debtor with its phones and e-mails in one transaction and returns the
    /// debtor's id (the id fields of @p debtor and its phones/e-mails are ignored).
    virtual qint64 add(const Debtor& debtor) = 0;
    /// The debtor with its phones and e-mails (each in the order they were added).
    virtual std::optional<Debtor> find(qint64 id) = 0;
    /// Writes the debtor's fields and makes its stored phones/e-mails match @p debtor: entries
    /// with an id are updated, entries with id 0 are added, stored entries not listed are
    /// removed (refused with an Error while a contact still refers to them). One transaction.
    virtual void update(const Debtor& debtor) = 0;

    /// The search form of a name as stored in debtors.name_norm: Unicode NFKC, simple case folding,
    /// inner whitespace collapsed to one space, trimmed. Search code normalises terms the same way.
    static QString normalizeName(const QString& name);
};

} // namespace caseloop
