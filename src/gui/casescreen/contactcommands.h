#pragma once

#include "domain/records.h"
#include "services/contactlogservice.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace caseloop {

class Connection;

/// What the contact undo commands work with and whom they tell about the outcome.
struct ContactCommandContext {
    Connection* connection = nullptr;
    UserContext user;
    /// Original contact id → id of the contact now standing for it (a deleted contact restored
    /// by undo gets a new id); shared by all commands of one case screen.
    std::shared_ptr<QHash<qint64, qint64>> ids = std::make_shared<QHash<qint64, qint64>>();
    std::function<void(qint64 contactId)> changed;      ///< stored or changed: show it again
    std::function<void(qint64 contactId)> removed;      ///< deleted: take it off the timeline
    std::function<void(const QString& message)> failed; ///< undo/redo was not possible

    qint64 current(qint64 originalId) const { return ids->value(originalId, originalId); }
};

/// An edit of a contact inside its grace period. Created after the edit was applied (the
/// first redo does nothing); undo writes the previous values back while still allowed.
class EditContactCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditContactCommand)

public:
    EditContactCommand(ContactCommandContext context, qint64 contactId, ContactEdit before,
                       ContactEdit after);
    void undo() override;
    void redo() override;

private:
    void apply(const ContactEdit& edit, bool undoing);

    ContactCommandContext m_context;
    qint64 m_contactId;
    ContactEdit m_before;
    ContactEdit m_after;
    bool m_applied = true;
};

/// A deletion of a contact inside its grace period. Created after the deletion; undo logs the
/// same contact again (when the contact rules still allow it), redo deletes it again.
class DeleteContactCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteContactCommand)

public:
    DeleteContactCommand(ContactCommandContext context, Contact original);
    void undo() override;
    void redo() override;

private:
    ContactCommandContext m_context;
    Contact m_original;
    bool m_applied = true;
};

} // namespace caseloop
