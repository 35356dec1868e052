#include "repo/repositories.h"

#include "db/connection.h"
#include "repo/sqlauditentryrepository.h"
#include "repo/sqlcaserepository.h"
#include "repo/sqlclientrepository.h"
#include "repo/sqlcomplaintrepository.h"
#include "repo/sqlcontactrepository.h"
#include "repo/sqldebtorrepository.h"
#include "repo/sqlfollowuprepository.h"
#include "repo/sqlholdrepository.h"
#include "repo/sqlimprovementactionrepository.h"
#include "repo/sqlpaymentrepository.h"
#include "repo/sqlpromiserepository.h"
#include "repo/sqlsurveyrepository.h"
#include "repo/sqlteamrepository.h"
#include "repo/sqluserrepository.h"

namespace caseloop {

Repositories::Repositories(Connection& connection)
    : m_connection(connection)
    // The SQL implementations use portable SQL only, so they serve every dialect for now.
    , m_teams(std::make_unique<SqlTeamRepository>(connection))
    , m_users(std::make_unique<SqlUserRepository>(connection))
    , m_clients(std::make_unique<SqlClientRepository>(connection))
    , m_debtors(std::make_unique<SqlDebtorRepository>(connection))
    , m_cases(std::make_unique<SqlCaseRepository>(connection))
    , m_holds(std::make_unique<SqlHoldRepository>(connection))
    , m_contacts(std::make_unique<SqlContactRepository>(connection))
    , m_followUps(std::make_unique<SqlFollowUpRepository>(connection))
    , m_promises(std::make_unique<SqlPromiseRepository>(connection))
    , m_payments(std::make_unique<SqlPaymentRepository>(connection))
    , m_surveys(std::make_unique<SqlSurveyRepository>(connection))
    , m_complaints(std::make_unique<SqlComplaintRepository>(connection))
    , m_improvementActions(std::make_unique<SqlImprovementActionRepository>(connection))
    , m_auditEntries(std::make_unique<SqlAuditEntryRepository>(connection))
{}

Repositories::~Repositories() = default;

} // namespace caseloop
