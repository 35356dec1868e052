#include "repo/sqldebtorrepository.h"

#include "db/connection.h"
#include "db/transaction.h"
#include "repo/sqlsupport.h"

#include <QSet>

namespace caseloop {

using namespace repo;

namespace {

void bindDebtor(Query& q, const Debtor& d)
{
    q.bind(QStringLiteral(":name"), text(d.fullName))
        .bind(QStringLiteral(":norm"), text(DebtorRepository::normalizeName(d.fullName)))
        .bind(QStringLiteral(":lang"), text(d.preferredLanguage))
        .bind(QStringLiteral(":tz"), text(d.timeZone))
        .bind(QStringLiteral(":country"), text(d.country))
        .bind(QStringLiteral(":region"), text(d.region))
        .bind(QStringLiteral(":city"), text(d.city))
        .bind(QStringLiteral(":postal"), text(d.postalCode))
        .bind(QStringLiteral(":address"), text(d.addressLine))
        .bind(QStringLiteral(":sms"), d.consentSms ? 1 : 0)
        .bind(QStringLiteral(":email"), d.consentEmail ? 1 : 0)
        .bind(QStringLiteral(":created"), toDb(d.createdAt));
}

void bindPhone(Query& q, qint64 debtorId, const Phone& p)
{
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":number"), text(p.number))
        .bind(QStringLiteral(":kind"), text(p.kind))
        .bind(QStringLiteral(":workplace"), p.workplace ? 1 : 0)
        .bind(QStringLiteral(":opted"), toDb(p.optedOutAt));
}

void bindEmail(Query& q, qint64 debtorId, const Email& e)
{
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":address"), text(e.address))
        .bind(QStringLiteral(":workplace"), e.workplace ? 1 : 0)
        .bind(QStringLiteral(":opted"), toDb(e.optedOutAt));
}

void insertPhone(Connection& c, qint64 debtorId, const Phone& p)
{
    Query q(c,
            QStringLiteral("INSERT INTO debtor_phones (debtor_id, number, kind, workplace, "
                           "opted_out_at) VALUES (:debtor, :number, :kind, :workplace, :opted)"));
    bindPhone(q, debtorId, p);
    q.exec();
}

void insertEmail(Connection& c, qint64 debtorId, const Email& e)
{
    Query q(c, QStringLiteral("INSERT INTO debtor_emails (debtor_id, address, workplace, "
                              "opted_out_at) VALUES (:debtor, :address, :workplace, :opted)"));
    bindEmail(q, debtorId, e);
    q.exec();
}

/// Ids of the rows of @p table (a constant) that belong to the debtor.
QSet<qint64> storedIds(Connection& c, const QString& table, qint64 debtorId)
{
    Query q(c, QStringLiteral("SELECT id FROM %1 WHERE debtor_id = :debtor").arg(table));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

[[noreturn]] void throwForeignEntry(const char* what, qint64 entryId)
{
    throw Error(Error::Kind::InvalidInput,
                trRepo("A phone number or e-mail address belongs to another debtor."),
                QStringLiteral("%1 %2 is not stored for this debtor")
                    .arg(QLatin1StringView(what))
                    .arg(entryId));
}

void deleteMissing(Connection& c, const QString& table, const QSet<qint64>& stored,
                   const QSet<qint64>& kept)
{
    for (const qint64 entryId : stored) {
        if (kept.contains(entryId))
            continue;
        Query q(c, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
        q.bind(QStringLiteral(":id"), entryId).exec();
    }
}

void validate(const Debtor& d)
{
    requireTime(d.createdAt, "createdAt");
}

} // namespace

QString DebtorRepository::normalizeName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

qint64 SqlDebtorRepository::add(const Debtor& debtor)
{
    validate(debtor);
    Transaction tx(m_connection);
    Query q(m_connection,
            QStringLiteral("INSERT INTO debtors (full_name, name_norm, preferred_language, "
                           "time_zone, country, region, city, postal_code, address_line, "
                           "consent_sms, consent_email, created_at) VALUES (:name, :norm, :lang, "
                           ":tz, :country, :region, :city, :postal, :address, :sms, :email, "
                           ":created) RETURNING id"));
    bindDebtor(q, debtor);
    const qint64 debtorId = execInsert(q);
    for (const Phone& p : debtor.phones)
        insertPhone(m_connection, debtorId, p);
    for (const Email& e : debtor.emails)
        insertEmail(m_connection, debtorId, e);
    tx.commit();
    return debtorId;
}

std::optional<Debtor> SqlDebtorRepository::find(qint64 debtorId)
{
    Query q(m_connection,
            QStringLiteral("SELECT id, full_name, preferred_language, time_zone, country, region, "
                           "city, postal_code, address_line, consent_sms, consent_email, "
                           "created_at FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), debtorId).exec();
    if (!q.next())
        return std::nullopt;
    Debtor d;
    d.id = q.value(0).toLongLong();
    d.fullName = q.value(1).toString();
    d.preferredLanguage = q.value(2).toString();
    d.timeZone = q.value(3).toString();
    d.country = q.value(4).toString();
    d.region = q.value(5).toString();
    d.city = q.value(6).toString();
    d.postalCode = q.value(7).toString();
    d.addressLine = q.value(8).toString();
    d.consentSms = q.value(9).toInt() != 0;
    d.consentEmail = q.value(10).toInt() != 0;
    d.createdAt = timeFromDb(q.value(11));

    Query phones(m_connection, QStringLiteral("SELECT id, number, kind, workplace, opted_out_at "
                                              "FROM debtor_phones WHERE debtor_id = :debtor "
                                              "ORDER BY id"));
    phones.bind(QStringLiteral(":debtor"), debtorId);
    d.phones = readAll<Phone>(phones, [](const Query& r) {
        Phone p;
        p.id = r.value(0).toLongLong();
        p.number = r.value(1).toString();
        p.kind = r.value(2).toString();
        p.workplace = r.value(3).toInt() != 0;
        p.optedOutAt = optTimeFromDb(r.value(4));
        return p;
    });

    Query emails(m_connection, QStringLiteral("SELECT id, address, workplace, opted_out_at "
                                              "FROM debtor_emails WHERE debtor_id = :debtor "
                                              "ORDER BY id"));
    emails.bind(QStringLiteral(":debtor"), debtorId);
    d.emails = readAll<Email>(emails, [](const Query& r) {
        Email e;
        e.id = r.value(0).toLongLong();
        e.address = r.value(1).toString();
        e.workplace = r.value(2).toInt() != 0;
        e.optedOutAt = optTimeFromDb(r.value(3));
        return e;
    });
    return d;
}

void SqlDebtorRepository::update(const Debtor& debtor)
{
    requireId(debtor.id, "debtor.id");
    validate(debtor);
    Transaction tx(m_connection);
    Query q(m_connection,
            QStringLiteral("UPDATE debtors SET full_name = :name, name_norm = :norm, "
                           "preferred_language = :lang, time_zone = :tz, country = :country, "
                           "region = :region, city = :city, postal_code = :postal, "
                           "address_line = :address, consent_sms = :sms, consent_email = :email, "
                           "created_at = :created WHERE id = :id"));
    bindDebtor(q, debtor);
    q.bind(QStringLiteral(":id"), debtor.id).exec();
    requireUpdated(q, "debtor", debtor.id);

    const QString phoneTable = QStringLiteral("debtor_phones");
    const QSet<qint64> storedPhones = storedIds(m_connection, phoneTable, debtor.id);
    QSet<qint64> keptPhones;
    for (const Phone& p : debtor.phones) {
        if (p.id != 0) {
            if (!storedPhones.contains(p.id))
                throwForeignEntry("phone", p.id);
            keptPhones.insert(p.id);
        }
    }
    deleteMissing(m_connection, phoneTable, storedPhones, keptPhones);
    for (const Phone& p : debtor.phones) {
        if (p.id == 0) {
            insertPhone(m_connection, debtor.id, p);
            continue;
        }
        Query u(m_connection, QStringLiteral("UPDATE debtor_phones SET number = :number, "
                                             "kind = :kind, workplace = :workplace, "
                                             "opted_out_at = :opted WHERE id = :id AND "
                                             "debtor_id = :debtor"));
        bindPhone(u, debtor.id, p);
        u.bind(QStringLiteral(":id"), p.id).exec();
    }

    const QString emailTable = QStringLiteral("debtor_emails");
    const QSet<qint64> storedEmails = storedIds(m_connection, emailTable, debtor.id);
    QSet<qint64> keptEmails;
    for (const Email& e : debtor.emails) {
        if (e.id != 0) {
            if (!storedEmails.contains(e.id))
                throwForeignEntry("email", e.id);
            keptEmails.insert(e.id);
        }
    }
    deleteMissing(m_connection, emailTable, storedEmails, keptEmails);
    for (const Email& e : debtor.emails) {
        if (e.id == 0) {
            insertEmail(m_connection, debtor.id, e);
            continue;
        }
        Query u(m_connection, QStringLiteral("UPDATE debtor_emails SET address = :address, "
                                             "workplace = :workplace, opted_out_at = :opted "
                                             "WHERE id = :id AND debtor_id = :debtor"));
        bindEmail(u, debtor.id, e);
        u.bind(QStringLiteral(":id"), e.id).exec();
    }
    tx.commit();
}

} // namespace caseloop
