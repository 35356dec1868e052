#pragma once

#include "domain/records.h"

#include <optional>
#include <vector>

namespace caseloop {

/// Storage of follow-ups (planned next actions on a case). Throws caseloop::Error.
class FollowUpRepository {
public:
    virtual ~FollowUpRepository() = default;

    /// Stores a new follow-up and returns its id (the id field of @p followUp is ignored).
    virtual qint64 add(const FollowUp& followUp) = 0;
    virtual std::optional<FollowUp> find(qint64 id) = 0;
    /// Writes every field of the follow-up with @p followUp.id; throws NotFound when there is none.
    virtual void update(const FollowUp& followUp) = 0;
    /// Follow-ups of a case, newest due first.
    virtual std::vector<FollowUp> listByCase(qint64 caseId) = 0;
    /// Open (not done) follow-ups of an agent due before @p before, earliest due first.
    virtual std::vector<FollowUp> dueForAgent(qint64 agentId, const QDateTime& before) = 0;
    /// Deletes a follow-up; throws NotFound when there is none.
    virtual void remove(qint64 id) = 0;
    /// Records the contact in whose log entry the follow-up was planned.
    virtual void setPlannedIn(qint64 followUpId, qint64 contactId) = 0;
    /// Follow-ups planned in contact @p contactId.
    virtual std::vector<FollowUp> plannedIn(qint64 contactId) = 0;
    /// Follow-ups the contact @p contactId completed.
    virtual std::vector<FollowUp> completedBy(qint64 contactId) = 0;
};

} // namespace caseloop
