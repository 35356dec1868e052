#include "db/connection.h"
#include "db/query.h"
#include "db/schema.h"
#include "domain/enums.h"

namespace caseloop::schema {

namespace {

/// "col IN ('a','b')" from an enum's codes: identifiers and literals from code, never input.
template<typename E>
QString check(const QString& column, bool nullable = false)
{
    QString list =
        QStringLiteral("'") + allCodes<E>().join(QStringLiteral("','")) + QStringLiteral("'");
    QString clause = column + QStringLiteral(" IN (") + list + QStringLiteral(")");
    if (nullable)
        clause = column + QStringLiteral(" IS NULL OR ") + clause;
    return QStringLiteral("CHECK (") + clause + QStringLiteral(")");
}

QString score(const QString& column, int low, int high)
{
    return QStringLiteral("%1 INTEGER CHECK (%1 IS NULL OR %1 BETWEEN %2 AND %3)")
        .arg(column)
        .arg(low)
        .arg(high);
}

} // namespace

QStringList domainTables()
{
    return {QStringLiteral("teams"),
            QStringLiteral("users"),
            QStringLiteral("clients"),
            QStringLiteral("debtors"),
            QStringLiteral("debtor_phones"),
            QStringLiteral("debtor_emails"),
            QStringLiteral("outcome_codes"),
            QStringLiteral("cases"),
            QStringLiteral("holds"),
            QStringLiteral("contacts"),
            QStringLiteral("contact_amendments"),
            QStringLiteral("attachments"),
            QStringLiteral("followups"),
            QStringLiteral("promise_plans"),
            QStringLiteral("promises"),
            QStringLiteral("payments"),
            QStringLiteral("surveys"),
            QStringLiteral("survey_responses"),
            QStringLiteral("review_items"),
            QStringLiteral("survey_tasks"),
            QStringLiteral("complaints"),
            QStringLiteral("complaint_contacts"),
            QStringLiteral("complaint_events"),
            QStringLiteral("improvement_actions"),
            QStringLiteral("improvement_action_agents"),
            QStringLiteral("settings"),
            QStringLiteral("audit_log")};
}

void createVersion1(Connection& c)
{
    const QString id = c.dialect().idPrimaryKey();
    const QStringList ddl{
        QStringLiteral("CREATE TABLE teams (id %1, name TEXT NOT NULL UNIQUE, "
                       "supervisor_id INTEGER)")
            .arg(id),
        QStringLiteral("CREATE TABLE users (id %1, login TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL %2, "
                       "team_id INTEGER REFERENCES teams(id), active INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (active IN (0,1)), locale TEXT NOT NULL DEFAULT 'en', "
                       "password_hash TEXT, created_at INTEGER NOT NULL)")
            .arg(id, check<Role>(QStringLiteral("role"))),
        QStringLiteral(
            "CREATE TABLE clients (id %1, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
            "country TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE TABLE debtors (id %1, full_name TEXT NOT NULL, "
                       "name_norm TEXT NOT NULL, preferred_language TEXT NOT NULL DEFAULT 'en', "
                       "time_zone TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', "
                       "region TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', "
                       "postal_code TEXT NOT NULL DEFAULT '', "
                       "address_line TEXT NOT NULL DEFAULT '', "
                       "consent_sms INTEGER NOT NULL DEFAULT 0, "
                       "consent_email INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE debtor_phones (id %1, "
                       "debtor_id INTEGER NOT NULL REFERENCES debtors(id) ON DELETE CASCADE, "
                       "number TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'mobile' "
                       "CHECK (kind IN ('mobile','home','work')), "
                       "workplace INTEGER NOT NULL DEFAULT 0, opted_out_at INTEGER)")
            .arg(id),
        QStringLiteral("CREATE TABLE debtor_emails (id %1, "
                       "debtor_id INTEGER NOT NULL REFERENCES debtors(id) ON DELETE CASCADE, "
                       "address TEXT NOT NULL, workplace INTEGER NOT NULL DEFAULT 0, "
                       "opted_out_at INTEGER)")
            .arg(id),
        QStringLiteral("CREATE TABLE outcome_codes (code TEXT PRIMARY KEY, "
                       "label_en TEXT NOT NULL, label_zh TEXT NOT NULL, "
                       "connected INTEGER NOT NULL DEFAULT 0, conversation INTEGER NOT NULL "
                       "DEFAULT 0, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE cases (id %1, ref TEXT NOT NULL UNIQUE, "
                       "client_id INTEGER NOT NULL REFERENCES clients(id), "
                       "debtor_id INTEGER NOT NULL REFERENCES debtors(id), "
                       "client_ref TEXT NOT NULL DEFAULT '', "
                       "original_creditor TEXT NOT NULL DEFAULT '', placed_date TEXT NOT NULL, "
                       "placed_balance_minor INTEGER NOT NULL CHECK (placed_balance_minor >= 0), "
                       "current_balance_minor INTEGER NOT NULL, currency TEXT NOT NULL "
                       "CHECK (length(currency) = 3), status TEXT NOT NULL %2, "
                       "agent_id INTEGER REFERENCES users(id), "
                       "rule_profile TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL)")
            .arg(id, check<CaseStatus>(QStringLiteral("status"))),
        QStringLiteral("CREATE TABLE holds (id %1, "
                       "debtor_id INTEGER NOT NULL REFERENCES debtors(id), "
                       "case_id INTEGER REFERENCES cases(id), type TEXT NOT NULL %2, "
                       "since_at INTEGER NOT NULL, until_at INTEGER, note TEXT NOT NULL DEFAULT "
                       "'', created_by INTEGER REFERENCES users(id))")
            .arg(id, check<HoldType>(QStringLiteral("type"))),
        QStringLiteral("CREATE TABLE contacts (id %1, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "agent_id INTEGER NOT NULL REFERENCES users(id), "
                       "channel TEXT NOT NULL %2, direction TEXT NOT NULL %3, "
                       "started_at INTEGER NOT NULL, ended_at INTEGER, "
                       "outcome TEXT NOT NULL REFERENCES outcome_codes(code), "
                       "rpc INTEGER NOT NULL DEFAULT 0 CHECK (rpc IN (0,1)), "
                       "phone_id INTEGER REFERENCES debtor_phones(id), "
                       "email_id INTEGER REFERENCES debtor_emails(id), "
                       "notes TEXT NOT NULL DEFAULT '', visit_address TEXT NOT NULL DEFAULT '', "
                       "visit_result TEXT NOT NULL DEFAULT '')")
            .arg(id, check<Channel>(QStringLiteral("channel")),
                 check<Direction>(QStringLiteral("direction"))),
        QStringLiteral("CREATE TABLE followups (id %1, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "agent_id INTEGER NOT NULL REFERENCES users(id), type TEXT NOT NULL %2, "
                       "due_at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', done_at INTEGER)")
            .arg(id, check<FollowUpType>(QStringLiteral("type"))),
        QStringLiteral("CREATE TABLE promises (id %1, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "agent_id INTEGER NOT NULL REFERENCES users(id), "
                       "amount_minor INTEGER NOT NULL CHECK (amount_minor > 0), "
                       "currency TEXT NOT NULL CHECK (length(currency) = 3), "
                       "due_date TEXT NOT NULL, grace_days INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (grace_days >= 0), status TEXT NOT NULL %2, kept_at INTEGER, "
                       "created_at INTEGER NOT NULL)")
            .arg(id, check<PromiseStatus>(QStringLiteral("status"))),
        QStringLiteral("CREATE TABLE payments (id %1, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "agent_id INTEGER REFERENCES users(id), "
                       "amount_minor INTEGER NOT NULL CHECK (amount_minor > 0), "
                       "currency TEXT NOT NULL CHECK (length(currency) = 3), "
                       "paid_at INTEGER NOT NULL, promise_id INTEGER REFERENCES promises(id))")
            .arg(id),
        QStringLiteral("CREATE TABLE surveys (id %1, code TEXT NOT NULL, version INTEGER NOT NULL, "
                       "name TEXT NOT NULL, definition_json TEXT NOT NULL, "
                       "active INTEGER NOT NULL DEFAULT 1, UNIQUE (code, version))")
            .arg(id),
        QStringLiteral("CREATE TABLE survey_responses (id %1, "
                       "survey_id INTEGER NOT NULL REFERENCES surveys(id), "
                       "case_id INTEGER REFERENCES cases(id), "
                       "contact_id INTEGER REFERENCES contacts(id), "
                       "subject_agent_id INTEGER REFERENCES users(id), "
                       "recorded_by_id INTEGER REFERENCES users(id), "
                       "respondent_type TEXT NOT NULL %2, channel TEXT NOT NULL %3, "
                       "responded_at INTEGER NOT NULL, %4, %5, %6, %7, %8, "
                       "comment TEXT NOT NULL DEFAULT '')")
            .arg(id, check<RespondentType>(QStringLiteral("respondent_type")),
                 check<SurveyChannel>(QStringLiteral("channel")),
                 score(QStringLiteral("efficiency"), 1, 5), score(QStringLiteral("attitude"), 1, 5),
                 score(QStringLiteral("service_quality"), 1, 5),
                 score(QStringLiteral("overall"), 1, 5), score(QStringLiteral("nps_score"), 0, 10)),
        QStringLiteral("CREATE TABLE complaints (id %1, ref TEXT NOT NULL UNIQUE, "
                       "external_id TEXT NOT NULL DEFAULT '', "
                       "case_id INTEGER REFERENCES cases(id), "
                       "agent_id INTEGER REFERENCES users(id), source TEXT NOT NULL, "
                       "channel TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL %2, "
                       "received_at INTEGER NOT NULL, ack_due_at INTEGER NOT NULL, "
                       "acknowledged_at INTEGER, resolve_due_at INTEGER NOT NULL, "
                       "resolved_at INTEGER, status TEXT NOT NULL %3, outcome TEXT %4, "
                       "root_cause TEXT NOT NULL DEFAULT '', "
                       "corrective_action TEXT NOT NULL DEFAULT '', "
                       "description TEXT NOT NULL DEFAULT '', %5)")
            .arg(id, check<Severity>(QStringLiteral("severity")),
                 check<ComplaintStatus>(QStringLiteral("status")),
                 check<ComplaintOutcome>(QStringLiteral("outcome"), true),
                 score(QStringLiteral("satisfaction_after"), 1, 5)),
        QStringLiteral("CREATE TABLE complaint_contacts ("
                       "complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id), "
                       "PRIMARY KEY (complaint_id, contact_id))"),
        QStringLiteral("CREATE TABLE improvement_actions (id %1, kind TEXT NOT NULL CHECK (kind IN "
                       "('training','coaching','script_change','process_change')), "
                       "title TEXT NOT NULL, action_date TEXT NOT NULL, "
                       "created_by INTEGER REFERENCES users(id), note TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE TABLE improvement_action_agents ("
                       "action_id INTEGER NOT NULL REFERENCES improvement_actions(id) "
                       "ON DELETE CASCADE, agent_id INTEGER NOT NULL REFERENCES users(id), "
                       "PRIMARY KEY (action_id, agent_id))"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id %1, at INTEGER NOT NULL, "
                       "user_id INTEGER REFERENCES users(id), action TEXT NOT NULL, "
                       "entity TEXT NOT NULL, entity_id INTEGER, "
                       "details_json TEXT NOT NULL DEFAULT '{}', prev_hash BLOB NOT NULL, "
                       "hash BLOB NOT NULL)")
            .arg(id),
        // Secondary indexes: the demo generator drops and recreates them around a bulk load.
        QStringLiteral("CREATE INDEX idx_users_team ON users(team_id)"),
        QStringLiteral("CREATE INDEX idx_debtors_name ON debtors(name_norm)"),
        QStringLiteral("CREATE INDEX idx_phones_debtor ON debtor_phones(debtor_id)"),
        QStringLiteral("CREATE INDEX idx_phones_number ON debtor_phones(number)"),
        QStringLiteral("CREATE INDEX idx_emails_debtor ON debtor_emails(debtor_id)"),
        QStringLiteral("CREATE INDEX idx_cases_agent_status ON cases(agent_id, status)"),
        QStringLiteral("CREATE INDEX idx_cases_updated ON cases(updated_at, id)"),
        QStringLiteral("CREATE INDEX idx_cases_agent_updated ON cases(agent_id, updated_at, id)"),
        QStringLiteral("CREATE INDEX idx_cases_debtor ON cases(debtor_id)"),
        QStringLiteral("CREATE INDEX idx_cases_client ON cases(client_id)"),
        QStringLiteral("CREATE INDEX idx_holds_debtor ON holds(debtor_id)"),
        QStringLiteral("CREATE INDEX idx_holds_case ON holds(case_id)"),
        QStringLiteral("CREATE INDEX idx_contacts_case_time ON contacts(case_id, started_at)"),
        QStringLiteral("CREATE INDEX idx_contacts_agent_time ON contacts(agent_id, started_at)"),
        QStringLiteral("CREATE INDEX idx_contacts_time ON contacts(started_at)"),
        QStringLiteral("CREATE INDEX idx_followups_agent_due ON followups(agent_id, done_at, "
                       "due_at)"),
        QStringLiteral("CREATE INDEX idx_followups_case ON followups(case_id)"),
        QStringLiteral("CREATE INDEX idx_promises_case ON promises(case_id)"),
        QStringLiteral("CREATE INDEX idx_promises_agent_due ON promises(agent_id, due_date)"),
        QStringLiteral("CREATE INDEX idx_payments_case ON payments(case_id)"),
        QStringLiteral("CREATE INDEX idx_payments_agent_time ON payments(agent_id, paid_at)"),
        QStringLiteral("CREATE INDEX idx_responses_agent_time ON survey_responses("
                       "subject_agent_id, responded_at)"),
        QStringLiteral("CREATE INDEX idx_responses_case ON survey_responses(case_id)"),
        QStringLiteral("CREATE INDEX idx_responses_time ON survey_responses(responded_at)"),
        QStringLiteral("CREATE INDEX idx_complaints_agent_time ON complaints(agent_id, "
                       "received_at)"),
        QStringLiteral("CREATE INDEX idx_complaints_case ON complaints(case_id)"),
        QStringLiteral("CREATE INDEX idx_complaints_status ON complaints(status, resolve_due_at)"),
        QStringLiteral("CREATE INDEX idx_audit_entity ON audit_log(entity, entity_id)"),
        // Case list (work queue): every sort order is keyset-paged on its own index.
        QStringLiteral("CREATE INDEX idx_cases_balance ON cases(current_balance_minor, id)"),
        QStringLiteral("CREATE INDEX idx_cases_placed ON cases(placed_date, id)"),
        QStringLiteral("CREATE INDEX idx_cases_status ON cases(status, id)"),
    };
    for (const QString& statement : ddl)
        Query::run(c, statement);
    for (const QString& statement : c.dialect().appendOnlyTriggers(QStringLiteral("audit_log")))
        Query::run(c, statement);

    // Reference data every database needs: outcome codes with both languages' labels.
    struct Outcome {
        const char* code;
        const char* en;
        const char* zh;
        int connected;
        int conversation;
    };
    static constexpr Outcome outcomes[] = {
        {"answered", "Answered", "已接通", 1, 1},
        {"no_answer", "No answer", "无人接听", 1, 0},
        {"voicemail", "Voicemail", "语音信箱", 1, 0},
        {"limited_content_message", "Limited-content message", "有限内容留言", 1, 0},
        {"dropped", "Answered, then dropped", "接通后挂断", 1, 0},
        {"busy", "Busy", "占线", 0, 0},
        {"not_in_service", "Not in service", "空号/停机", 0, 0},
        {"wrong_party", "Wrong party", "非本人", 1, 0},
        {"promise_to_pay", "Promise to pay", "承诺还款", 1, 1},
        {"refused_to_pay", "Refused to pay", "拒绝还款", 1, 1},
        {"dispute_raised", "Dispute raised", "提出异议", 1, 1},
        {"callback_requested", "Call-back requested", "要求回电", 1, 1},
        {"sent", "Sent", "已发送", 0, 0},
        {"delivered", "Delivered", "已送达", 0, 0},
        {"replied", "Replied", "已回复", 0, 1},
        {"bounced", "Bounced", "退回", 0, 0},
        {"visit_met_debtor", "Visit: met debtor", "外访：见到本人", 1, 1},
        {"visit_not_home", "Visit: not at home", "外访：不在家", 0, 0},
        {"visit_address_invalid", "Visit: address invalid", "外访：地址无效", 0, 0},
    };
    Query insert(c, QStringLiteral("INSERT INTO outcome_codes (code, label_en, label_zh, "
                                   "connected, conversation) VALUES (:code, :en, :zh, :conn, "
                                   ":conv)"));
    for (const Outcome& o : outcomes) {
        insert.bind(QStringLiteral(":code"), QString::fromUtf8(o.code))
            .bind(QStringLiteral(":en"), QString::fromUtf8(o.en))
            .bind(QStringLiteral(":zh"), QString::fromUtf8(o.zh))
            .bind(QStringLiteral(":conn"), o.connected)
            .bind(QStringLiteral(":conv"), o.conversation)
            .exec();
    }
}

} // namespace caseloop::schema
