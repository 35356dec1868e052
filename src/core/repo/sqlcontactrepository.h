#pragma once

#include "repo/contactrepository.h"

namespace caseloop {

class Connection;

/// ContactRepository over SQL (portable: SQLite now, PostgreSQL later).
class SqlContactRepository final : public ContactRepository {
public:
    explicit SqlContactRepository(Connection& connection)
        : m_connection(connection)
    {}

    qint64 add(const Contact& contact) override;
    std::optional<Contact> find(qint64 id) override;
    std::vector<Contact> listByCase(qint64 caseId) override;
    void update(const Contact& contact) override;
    void remove(qint64 id) override;
    std::optional<QDateTime> latestStart(qint64 caseId) override;
    std::optional<qint64> findByOverride(qint64 auditId) override;
    qint64 addAmendment(const ContactAmendment& amendment) override;
    std::vector<ContactAmendment> amendments(qint64 contactId) override;
    qint64 addAttachment(const Attachment& attachment) override;
    std::vector<Attachment> attachments(qint64 contactId) override;

private:
    Connection& m_connection;
};

} // namespace caseloop
