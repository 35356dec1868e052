#include "db/connection.h"
#include "db/query.h"
#include "db/schema.h"

namespace caseloop::schema {

// Version 2: the agent workspace (issue 5). Logged contacts keep who recorded them and when
// (the edit grace period runs from recorded_at), visit details, amendments and attachments;
// follow-ups remember the contact that completed them; promises may be instalments of a plan;
// outcome codes say which hold they imply; cases carry the time of their latest contact so that
// "never contacted" and "days since last contact" are indexed.
void createVersion2(Connection& c)
{
    const QString id = c.dialect().idPrimaryKey();
    const QStringList ddl{
        QStringLiteral("ALTER TABLE contacts ADD COLUMN recorded_at INTEGER"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN recorded_by INTEGER REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN met_person TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN gps_lat REAL CHECK (gps_lat IS NULL OR "
                       "gps_lat BETWEEN -90 AND 90)"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN gps_lon REAL CHECK (gps_lon IS NULL OR "
                       "gps_lon BETWEEN -180 AND 180)"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN override_audit_id INTEGER"),
        QStringLiteral("CREATE TABLE contact_amendments (id %1, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id), "
                       "author_id INTEGER REFERENCES users(id), at INTEGER NOT NULL, "
                       "note TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE attachments (id %1, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id), "
                       "file_name TEXT NOT NULL, stored_name TEXT NOT NULL UNIQUE, "
                       "sha256 TEXT NOT NULL CHECK (length(sha256) = 64), "
                       "size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0), "
                       "added_at INTEGER NOT NULL, added_by INTEGER REFERENCES users(id))")
            .arg(id),
        QStringLiteral("ALTER TABLE followups ADD COLUMN completed_by_contact_id INTEGER "
                       "REFERENCES contacts(id)"),
        QStringLiteral("ALTER TABLE followups ADD COLUMN visit_address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE followups ADD COLUMN created_at INTEGER"),
        QStringLiteral("CREATE TABLE promise_plans (id %1, "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "agent_id INTEGER NOT NULL REFERENCES users(id), "
                       "contact_id INTEGER REFERENCES contacts(id), "
                       "total_minor INTEGER NOT NULL CHECK (total_minor > 0), "
                       "currency TEXT NOT NULL CHECK (length(currency) = 3), "
                       "frequency TEXT NOT NULL CHECK (frequency IN "
                       "('once','weekly','biweekly','monthly')), "
                       "instalments INTEGER NOT NULL CHECK (instalments BETWEEN 1 AND 120), "
                       "first_due_date TEXT NOT NULL, created_at INTEGER NOT NULL)")
            .arg(id),
        QStringLiteral("ALTER TABLE promises ADD COLUMN plan_id INTEGER "
                       "REFERENCES promise_plans(id)"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN instalment_no INTEGER"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN contact_id INTEGER "
                       "REFERENCES contacts(id)"),
        QStringLiteral("ALTER TABLE promises ADD COLUMN paid_minor INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (paid_minor >= 0)"),
        // The rows a logged contact created with it (removed with the contact inside its edit
        // grace period; edits of the outcome replace the implied hold).
        QStringLiteral("ALTER TABLE holds ADD COLUMN contact_id INTEGER REFERENCES contacts(id)"),
        QStringLiteral("ALTER TABLE followups ADD COLUMN contact_id INTEGER "
                       "REFERENCES contacts(id)"),
        QStringLiteral("ALTER TABLE outcome_codes ADD COLUMN hold_type TEXT"),
        QStringLiteral("ALTER TABLE outcome_codes ADD COLUMN sort_order INTEGER NOT NULL "
                       "DEFAULT 100"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN last_contact_at INTEGER"),
        QStringLiteral("UPDATE cases SET last_contact_at = (SELECT max(k.started_at) FROM "
                       "contacts k WHERE k.case_id = cases.id)"),
        QStringLiteral("CREATE INDEX idx_cases_last_contact ON cases(last_contact_at, id)"),
        QStringLiteral("CREATE INDEX idx_amendments_contact ON contact_amendments(contact_id)"),
        QStringLiteral("CREATE INDEX idx_attachments_contact ON attachments(contact_id)"),
        QStringLiteral("CREATE INDEX idx_plans_case ON promise_plans(case_id)"),
        QStringLiteral("CREATE INDEX idx_promises_plan ON promises(plan_id)"),
        QStringLiteral("CREATE INDEX idx_promises_contact ON promises(contact_id)"),
        QStringLiteral("CREATE INDEX idx_holds_contact ON holds(contact_id)"),
        QStringLiteral("CREATE INDEX idx_followups_contact ON followups(contact_id)"),
        QStringLiteral("CREATE INDEX idx_followups_completed ON followups("
                       "completed_by_contact_id)"),
        QStringLiteral("CREATE INDEX idx_contacts_override ON contacts(override_audit_id)"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES "
                       "('contact.edit_grace_minutes', '15')"),
    };
    for (const QString& statement : ddl)
        Query::run(c, statement);

    // Outcomes the contact form offers besides the version 1 codes, and the holds outcomes
    // imply (created in the same transaction as the contact).
    struct Outcome {
        const char* code;
        const char* en;
        const char* zh;
        int connected;
        int conversation;
    };
    static constexpr Outcome outcomes[] = {
        {"left_message", "Left message", "已留言", 1, 0},
        {"wrong_number", "Wrong number", "号码错误", 0, 0},
        {"cease_requested", "Cease requested", "要求停止联系", 1, 1},
        {"hardship", "Hardship", "经济困难", 1, 1},
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
    Query hold(c, QStringLiteral("UPDATE outcome_codes SET hold_type = :hold WHERE code = :code"));
    const std::pair<const char*, const char*> holds[] = {{"dispute_raised", "dispute"},
                                                         {"cease_requested", "cease_communication"},
                                                         {"hardship", "hardship"}};
    for (const auto& [code, type] : holds) {
        hold.bind(QStringLiteral(":hold"), QString::fromUtf8(type))
            .bind(QStringLiteral(":code"), QString::fromUtf8(code))
            .exec();
    }
    // The order of the contact form's outcome list: most frequent first.
    const char* order[] = {"no_answer",
                           "busy",
                           "voicemail",
                           "left_message",
                           "answered",
                           "promise_to_pay",
                           "callback_requested",
                           "refused_to_pay",
                           "dispute_raised",
                           "cease_requested",
                           "hardship",
                           "wrong_party",
                           "wrong_number",
                           "not_in_service",
                           "dropped",
                           "limited_content_message",
                           "sent",
                           "delivered",
                           "replied",
                           "bounced",
                           "visit_met_debtor",
                           "visit_not_home",
                           "visit_address_invalid"};
    Query sort(c, QStringLiteral("UPDATE outcome_codes SET sort_order = :n WHERE code = :code"));
    int n = 0;
    for (const char* code : order) {
        sort.bind(QStringLiteral(":n"), n++).bind(QStringLiteral(":code"), QString::fromUtf8(code));
        sort.exec();
    }
}

} // namespace caseloop::schema
