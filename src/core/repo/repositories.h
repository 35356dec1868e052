#pragma once

#include "repo/auditentryrepository.h"
#include "repo/caserepository.h"
#include "repo/clientrepository.h"
#include "repo/complaintrepository.h"
#include "repo/contactrepository.h"
#include "repo/debtorrepository.h"
#include "repo/followuprepository.h"
#include "repo/holdrepository.h"
#include "repo/improvementactionrepository.h"
#include "repo/paymentrepository.h"
#include "repo/promiserepository.h"
#include "repo/surveyrepository.h"
#include "repo/teamrepository.h"
#include "repo/userrepository.h"

#include <memory>

namespace caseloop {

class Connection;

/// One repository of each kind over one connection: the single place that picks the storage
/// implementations (SQL today; a PostgreSQL backend may swap some). Lives no longer than the
/// connection and is used on the connection's thread only.
class Repositories final {
public:
    explicit Repositories(Connection& connection);
    ~Repositories();
    Repositories(const Repositories&) = delete;
    Repositories& operator=(const Repositories&) = delete;

    Connection& connection() const { return m_connection; }

    TeamRepository& teams() const { return *m_teams; }
    UserRepository& users() const { return *m_users; }
    ClientRepository& clients() const { return *m_clients; }
    DebtorRepository& debtors() const { return *m_debtors; }
    CaseRepository& cases() const { return *m_cases; }
    HoldRepository& holds() const { return *m_holds; }
    ContactRepository& contacts() const { return *m_contacts; }
    FollowUpRepository& followUps() const { return *m_followUps; }
    PromiseRepository& promises() const { return *m_promises; }
    PaymentRepository& payments() const { return *m_payments; }
    SurveyRepository& surveys() const { return *m_surveys; }
    ComplaintRepository& complaints() const { return *m_complaints; }
    ImprovementActionRepository& improvementActions() const { return *m_improvementActions; }
    AuditEntryRepository& auditEntries() const { return *m_auditEntries; }

private:
    Connection& m_connection;
    std::unique_ptr<TeamRepository> m_teams;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<DebtorRepository> m_debtors;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<HoldRepository> m_holds;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<FollowUpRepository> m_followUps;
    std::unique_ptr<PromiseRepository> m_promises;
    std::unique_ptr<PaymentRepository> m_payments;
    std::unique_ptr<SurveyRepository> m_surveys;
    std::unique_ptr<ComplaintRepository> m_complaints;
    std::unique_ptr<ImprovementActionRepository> m_improvementActions;
    std::unique_ptr<AuditEntryRepository> m_auditEntries;
};

} // namespace caseloop
