#include "casescreen/contactcommands.h"

#include "casescreen/caselabels.h"
#include "error.h"

#include <spdlog/spdlog.h>

namespace caseloop {

EditContactCommand::EditContactCommand(ContactCommandContext context, qint64 contactId,
                                       ContactEdit before, ContactEdit after)
    : m_context(std::move(context))
    , m_contactId(contactId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit of the contact"));
}

void EditContactCommand::undo()
{
    apply(m_before, true);
}

void EditContactCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the edit was made before the command was pushed
        return;
    }
    apply(m_after, false);
}

void EditContactCommand::apply(const ContactEdit& edit, bool undoing)
{
    const qint64 id = m_context.current(m_contactId);
    try {
        ContactLogService::edit(*m_context.connection, m_context.user, id, edit);
    } catch (const Error& e) {
        spdlog::info("case screen: undo/redo of an edit refused (kind {})",
                     static_cast<int>(e.kind()));
        m_context.failed((undoing ? tr("The edit can no longer be undone: %1")
                                  : tr("The edit can no longer be redone: %1"))
                             .arg(e.message()));
        return;
    }
    m_context.changed(id);
}

DeleteContactCommand::DeleteContactCommand(ContactCommandContext context, Contact original)
    : m_context(std::move(context))
    , m_original(std::move(original))
{
    setText(tr("deletion of the contact"));
}

void DeleteContactCommand::undo()
{
    const Contact& c = m_original;
    NewContact again;
    again.caseId = c.caseId;
    again.agentId = c.agentId;
    again.channel = c.channel;
    again.direction = c.direction;
    again.startedAt = c.startedAt;
    again.endedAt = c.endedAt;
    again.outcome = c.outcome;
    again.notes = c.notes;
    again.rpc = c.rpc;
    again.phoneId = c.phoneId;
    again.emailId = c.emailId;
    again.overrideToken = c.overrideAuditId;
    if (c.channel == Channel::Visit) {
        VisitDetails v;
        v.address = c.visitAddress;
        v.metPerson = c.metPerson;
        v.gpsLat = c.gpsLat;
        v.gpsLon = c.gpsLon;
        again.visit = v;
    }
    try {
        const LogContactResult result =
            ContactLogService::log(*m_context.connection, m_context.user, again);
        if (!result.saved) {
            QStringList reasons;
            for (const BlockReason& r : result.decision.blockedBy)
                reasons << r.reason;
            m_context.failed(tr("The deleted contact cannot be restored: the contact rules block "
                                "it now (%1).")
                                 .arg(reasons.join(QStringLiteral("; "))));
            return;
        }
        m_context.ids->insert(c.id, result.contactId);
        m_context.changed(result.contactId);
    } catch (const Error& e) {
        spdlog::info("case screen: undo of a deletion refused (kind {})",
                     static_cast<int>(e.kind()));
        m_context.failed(tr("The deleted contact cannot be restored: %1").arg(e.message()));
    }
}

void DeleteContactCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    const qint64 id = m_context.current(m_original.id);
    try {
        ContactLogService::remove(*m_context.connection, m_context.user, id);
    } catch (const Error& e) {
        spdlog::info("case screen: redo of a deletion refused (kind {})",
                     static_cast<int>(e.kind()));
        m_context.failed(tr("The contact can no longer be deleted: %1").arg(e.message()));
        return;
    }
    m_context.removed(id);
}

} // namespace caseloop
