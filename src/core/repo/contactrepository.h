#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of contacts (calls, messages, letters, visits) logged on cases, with their amendment
/// notes and attachment records. Contacts are facts: ContactLogService changes or removes one
/// only inside its edit grace period. Throws caseloop::Error.
class ContactRepository {
public:
    virtual ~ContactRepository() = default;

    /// Stores a new contact and returns its id (the id field of @p contact is ignored).
    virtual qint64 add(const Contact& contact) = 0;
    virtual std::optional<Contact> find(qint64 id) = 0;
    /// Contacts of a case, newest first (by start time, then id).
    virtual std::vector<Contact> listByCase(qint64 caseId) = 0;
    /// Writes every field of the contact with @p contact.id; throws NotFound when there is none.
    virtual void update(const Contact& contact) = 0;
    /// Deletes a contact with its amendments and attachment records (not the files); throws
    /// NotFound when there is none. Rows of other tables that refer to it must be gone first.
    virtual void remove(qint64 id) = 0;
    /// Start of the latest contact of a case (nullopt when it has none).
    virtual std::optional<QDateTime> latestStart(qint64 caseId) = 0;
    /// The contact logged under the supervisor override audit entry @p auditId, if any.
    virtual std::optional<qint64> findByOverride(qint64 auditId) = 0;

    /// Appends an amendment note and returns its id.
    virtual qint64 addAmendment(const ContactAmendment& amendment) = 0;
    /// Amendments of a contact, oldest first.
    virtual std::vector<ContactAmendment> amendments(qint64 contactId) = 0;

    /// Stores an attachment record (the file is already in the attachment store).
    virtual qint64 addAttachment(const Attachment& attachment) = 0;
    /// Attachments of a contact in the order they were added.
    virtual std::vector<Attachment> attachments(qint64 contactId) = 0;
};

} // namespace caseloop
