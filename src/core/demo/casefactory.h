#pragma once

#include "demo/bulkinserter.h"
#include "demo/demorandom.h"
#include "demo/demoworld.h"

#include <vector>

namespace caseloop::demo {

/// Row counts of the case-level tables.
struct CaseCounts {
    qint64 debtors = 0, phones = 0, emails = 0, cases = 0, holds = 0, contacts = 0, followups = 0,
           promises = 0, payments = 0, responses = 0, complaints = 0;
};

/// A table the CaseFactory fills: name and columns (code constants).
struct TableSpec {
    QString name;
    QStringList columns;
};

/// Generates debtors with their cases and everything that happens on them (contacts, holds,
/// follow-ups, promises, payments, survey responses, complaints) into row buffers, one per
/// table of tables() in dependency order. Each debtor draws from its own random stream; ids
/// are assigned in generation order. Touches no database, so it may run on a worker thread.
class CaseFactory final {
public:
    explicit CaseFactory(const World& world);
    ~CaseFactory();

    /// The tables of a batch, parents first.
    static const std::vector<TableSpec>& tables();

    /// Generates one debtor with up to @p maxCases cases; returns the number of cases made.
    int addDebtor(qint64 debtorIndex, int maxCases);
    /// Hands over the rows generated since the last call (one buffer per table of tables()).
    std::vector<RowBuffer> takeBatch();

    const CaseCounts& counts() const { return m_counts; }
    qint64 nextResponseId() const { return m_nextResponse; }

private:
    struct Debtor;
    struct Case;
    struct ContactRow;

    void makeCase(Random& rng, Debtor& debtor, Case& kase);
    void makeContacts(Random& rng, Debtor& debtor, Case& kase);
    qint64 addPromise(Random& rng, Case& kase, const ContactRow& contact, qint64 amount, int dueDay,
                      bool forceKept);
    void addResponse(Random& rng, const Debtor& debtor, const Case& kase,
                     const ContactRow& contact);
    void addComplaint(Random& rng, const Debtor& debtor, const Case& kase,
                      const std::vector<ContactRow>& contacts, size_t index);
    void addFollowUp(Random& rng, const Case& kase, FollowUpType type, qint64 createdMs,
                     qint64 dueMs, QStringView note, std::optional<qint64> contactId);
    qint64 localTime(Random& rng, const Debtor& debtor, int day, bool outOfHours) const;
    void makePerson(Random& rng, Debtor& debtor);
    void writeDebtor(Random& rng, const Debtor& debtor);
    QUtf8StringView dateText(int day) const;

    void pointBuffers(const std::vector<RowBuffer>* previous);

    const World& m_world;
    CaseCounts m_counts;
    qint64 m_nextDebtor = 1, m_nextPhone = 1, m_nextEmail = 1, m_nextCase = 1, m_nextHold = 1,
           m_nextContact = 1, m_nextFollowUp = 1, m_nextPromise = 1, m_nextPayment = 1,
           m_nextResponse = 1, m_nextComplaint = 1;
    std::vector<QByteArray> m_dates;       ///< ISO dates from window day -1 on
    std::vector<QByteArray> m_clientCodes; ///< last 3 letters of each client code
    std::vector<RowBuffer> m_batch;        ///< one per table of tables()
    RowBuffer *m_debtors = nullptr, *m_phones = nullptr, *m_emails = nullptr, *m_cases = nullptr,
              *m_holds = nullptr, *m_contacts = nullptr, *m_followUps = nullptr,
              *m_promises = nullptr, *m_payments = nullptr, *m_responses = nullptr,
              *m_complaints = nullptr, *m_complaintContacts = nullptr;
};

} // namespace caseloop::demo
