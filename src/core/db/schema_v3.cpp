#include "db/connection.h"
#include "db/query.h"
#include "db/schema.h"
#include "domain/enums.h"

namespace caseloop::schema {

namespace {

/// "CHECK (col IN ('a','b'))" from an enum's codes: identifiers and literals from code only.
template<typename E>
QString checkCodes(const QString& column, bool nullable)
{
    const QString list =
        QStringLiteral("'") + allCodes<E>().join(QStringLiteral("','")) + QStringLiteral("'");
    QString clause = column + QStringLiteral(" IN (") + list + QStringLiteral(")");
    if (nullable)
        clause = column + QStringLiteral(" IS NULL OR ") + clause;
    return QStringLiteral("CHECK (") + clause + QStringLiteral(")");
}

} // namespace

// Version 3: the feedback loop (issue 6). Survey responses become immutable versions (a
// correction is a new row superseding the old one), low scores open review items for the
// agent's supervisor, a policy plans survey tasks; complaints gain intake details, a classified
// root cause, remedy and corrective action, one SLA extension and a timed event trail.
void createVersion3(Connection& c)
{
    const QString id = c.dialect().idPrimaryKey();
    const QStringList ddl{
        // Survey responses: versions, corrections, provider ids, per-dimension comments.
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN client_id INTEGER "
                       "REFERENCES clients(id)"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN dimension_comments TEXT NOT NULL "
                       "DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN external_id TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN recorded_at INTEGER"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN supersedes_id INTEGER "
                       "REFERENCES survey_responses(id)"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN correction_reason TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN superseded_at INTEGER"),
        QStringLiteral("ALTER TABLE survey_responses ADD COLUMN withdrawn_reason TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("CREATE INDEX idx_responses_supersedes ON survey_responses(supersedes_id)"),
        QStringLiteral("CREATE INDEX idx_responses_contact ON survey_responses(contact_id)"),
        QStringLiteral("CREATE INDEX idx_responses_external ON survey_responses(external_id)"),

        // Low-score reviews for the rated agent's supervisor.
        QStringLiteral("CREATE TABLE review_items (id %1, kind TEXT NOT NULL DEFAULT 'low_score' "
                       "CHECK (kind IN ('low_score')), "
                       "response_id INTEGER NOT NULL REFERENCES survey_responses(id), "
                       "agent_id INTEGER REFERENCES users(id), "
                       "assignee_id INTEGER REFERENCES users(id), created_at INTEGER NOT NULL, "
                       "status TEXT NOT NULL DEFAULT 'open' %2, note TEXT NOT NULL DEFAULT '', "
                       "done_at INTEGER, done_by INTEGER REFERENCES users(id))")
            .arg(id, checkCodes<ReviewStatus>(QStringLiteral("status"), false)),
        QStringLiteral("CREATE INDEX idx_reviews_assignee ON review_items(assignee_id, status)"),
        QStringLiteral("CREATE INDEX idx_reviews_response ON review_items(response_id)"),

        // Surveys to be taken, planned by the survey-task policy. source_key makes planning
        // idempotent: "case:<id>" for a closed case, "contact:<id>" for a sampled conversation.
        QStringLiteral("CREATE TABLE survey_tasks (id %1, "
                       "survey_id INTEGER NOT NULL REFERENCES surveys(id), "
                       "case_id INTEGER NOT NULL REFERENCES cases(id), "
                       "contact_id INTEGER REFERENCES contacts(id), "
                       "subject_agent_id INTEGER REFERENCES users(id), "
                       "reason TEXT NOT NULL %2, channel TEXT NOT NULL %3, "
                       "assignee_id INTEGER REFERENCES users(id), "
                       "source_key TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, "
                       "due_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open' %4, "
                       "response_id INTEGER REFERENCES survey_responses(id), done_at INTEGER)")
            .arg(id, checkCodes<SurveyTaskReason>(QStringLiteral("reason"), false),
                 checkCodes<SurveyChannel>(QStringLiteral("channel"), false),
                 checkCodes<SurveyTaskStatus>(QStringLiteral("status"), false)),
        QStringLiteral("CREATE INDEX idx_survey_tasks_status ON survey_tasks(status, due_at)"),
        QStringLiteral("CREATE INDEX idx_survey_tasks_case ON survey_tasks(case_id)"),
        QStringLiteral("CREATE INDEX idx_survey_tasks_assignee ON survey_tasks(assignee_id, "
                       "status)"),

        // Complaints: intake details, classified resolution, SLA extension, links.
        QStringLiteral("ALTER TABLE complaints ADD COLUMN category_flagged INTEGER NOT NULL "
                       "DEFAULT 0 CHECK (category_flagged IN (0,1))"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN desired_outcome TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN root_cause_code TEXT %1")
            .arg(checkCodes<RootCause>(QStringLiteral("root_cause_code"), true)),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN remedy TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN corrective_kind TEXT %1")
            .arg(checkCodes<CorrectiveKind>(QStringLiteral("corrective_kind"), true)),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN corrective_owner_id INTEGER "
                       "REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN corrective_due_date TEXT"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN sla_extended_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN sla_extension_reason TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN sla_extended_by INTEGER "
                       "REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN closed_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN hold_id INTEGER REFERENCES holds(id)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN response_id INTEGER "
                       "REFERENCES survey_responses(id)"),
        QStringLiteral("CREATE INDEX idx_complaints_external ON complaints(external_id)"),
        QStringLiteral("CREATE INDEX idx_complaints_response ON complaints(response_id)"),

        // Every workflow step of a complaint: timed and attributed.
        QStringLiteral("CREATE TABLE complaint_events (id %1, "
                       "complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE, "
                       "at INTEGER NOT NULL, user_id INTEGER REFERENCES users(id), "
                       "action TEXT NOT NULL, from_status TEXT %2, to_status TEXT NOT NULL %3, "
                       "note TEXT NOT NULL DEFAULT '')")
            .arg(id, checkCodes<ComplaintStatus>(QStringLiteral("from_status"), true),
                 checkCodes<ComplaintStatus>(QStringLiteral("to_status"), false)),
        QStringLiteral("CREATE INDEX idx_complaint_events ON complaint_events(complaint_id, at)"),

        // Defaults of the complaint SLA and the survey-task policy (see docs/feedback.md).
        QStringLiteral("INSERT INTO settings (key, value) VALUES "
                       "('complaints.ack_business_days', '1'), "
                       "('complaints.resolve_days', '15'), "
                       "('complaints.max_resolve_days', '30'), "
                       "('complaints.due_soon_hours', '24'), "
                       "('complaints.holidays', ''), "
                       "('surveys.after_closed_case', '1'), "
                       "('surveys.conversation_sample_pct', '10'), "
                       "('surveys.debtor_survey', 'debtor-default'), "
                       "('surveys.task_due_days', '3')"),
    };
    for (const QString& statement : ddl)
        Query::run(c, statement);
}

} // namespace caseloop::schema
