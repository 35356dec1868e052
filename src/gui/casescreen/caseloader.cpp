#include "casescreen/caseloader.h"

#include "db/connection.h"
#include "error.h"
#include "repo/repositories.h"
#include "services/contactcheckservice.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

std::optional<TimelineEntry> makeEntry(Connection& connection, const Contact& contact)
{
    TimelineEntry entry;
    entry.contact = contact;
    try {
        entry.amendments = ContactLogService::amendments(connection, contact.id);
        entry.attachments = int(ContactLogService::attachments(connection, contact.id).size());
        entry.editableUntil = ContactLogService::editableUntil(connection, contact.id);
    } catch (const Error& e) {
        // The timeline still shows the contact; only its extras are missing.
        spdlog::warn("case screen: extras of a contact not loaded (kind {})",
                     static_cast<int>(e.kind()));
    }
    return entry;
}

} // namespace

CaseSnapshot CaseLoader::load(const QString& databasePath, qint64 caseId, const QDateTime& now,
                              quint64 generation)
{
    try {
        auto connection = Connection::open(OpenOptions{databasePath, OpenOptions::Mode::ReadOnly});
        return load(*connection, caseId, now, generation);
    } catch (const Error& e) {
        CaseSnapshot s;
        s.generation = generation;
        s.error = e.message();
        s.errorDetails = e.details();
        return s;
    }
}

CaseSnapshot CaseLoader::load(Connection& connection, qint64 caseId, const QDateTime& now,
                              quint64 generation)
{
    CaseSnapshot s;
    s.generation = generation;
    s.loadedAt = now;
    QElapsedTimer timer;
    timer.start();
    try {
        Repositories repos(connection);
        const std::optional<Case> c = repos.cases().find(caseId);
        if (!c)
            throw Error(Error::Kind::NotFound,
                        tr("The case no longer exists. It may have been removed; go back to "
                           "the case list and refresh it."));
        s.caseRecord = *c;
        if (auto debtor = repos.debtors().find(c->debtorId))
            s.debtor = *debtor;
        if (auto client = repos.clients().find(c->clientId))
            s.client = *client;
        s.holds = repos.holds().activeForDebtor(c->debtorId, now);
        std::erase_if(s.holds, [caseId](const Hold& h) { return h.caseId && *h.caseId != caseId; });
        for (const Contact& contact : repos.contacts().listByCase(caseId)) {
            if (auto entry = makeEntry(connection, contact))
                s.timeline.push_back(std::move(*entry));
        }
        s.followUps = repos.followUps().listByCase(caseId);
        s.promises = repos.promises().listByCase(caseId);
        s.payments = repos.payments().listByCase(caseId);
        s.surveys = repos.surveys().listResponsesByCase(caseId);
        s.complaints = repos.complaints().listByCase(caseId);
        for (Role role : {Role::Agent, Role::Supervisor, Role::Compliance, Role::Admin}) {
            for (const User& u : repos.users().listByRole(role))
                s.userNames.insert(u.id, u.displayName.isEmpty() ? u.login : u.displayName);
        }
        try {
            s.outcomes = ContactLogService::outcomes(connection);
        } catch (const Error& e) {
            spdlog::warn("case screen: outcome codes not loaded (kind {})",
                         static_cast<int>(e.kind()));
        }
        try {
            s.callGate = ContactCheckService::evaluate(connection, caseId, Channel::Call, now);
        } catch (const Error& e) {
            s.gateError = e.message();
        }
    } catch (const Error& e) {
        s.error = e.message();
        s.errorDetails = e.details();
        spdlog::warn("case screen: loading failed (kind {})", static_cast<int>(e.kind()));
    }
    spdlog::debug("case screen: case {} loaded in {} ms", caseId, timer.elapsed());
    return s;
}

std::optional<TimelineEntry> CaseLoader::entry(Connection& connection, qint64 contactId)
{
    Repositories repos(connection);
    const std::optional<Contact> contact = repos.contacts().find(contactId);
    if (!contact)
        return std::nullopt;
    return makeEntry(connection, *contact);
}

std::optional<qint64> CaseLoader::caseIdForRef(Connection& connection, const QString& ref)
{
    Repositories repos(connection);
    if (const auto c = repos.cases().findByRef(ref.trimmed()))
        return c->id;
    return std::nullopt;
}

} // namespace caseloop
