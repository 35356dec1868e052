#include "repo/sqlsupport.h"

namespace caseloop::repo {

QString trRepo(const char* text)
{
    return QCoreApplication::translate("caseloop::Repository", text);
}

void requireId(qint64 id, const char* what)
{
    if (id <= 0) {
        throw Error(Error::Kind::InvalidInput,
                    trRepo("A record refers to another record that was never saved."),
                    QStringLiteral("%1 must be > 0, got %2").arg(QLatin1StringView(what)).arg(id));
    }
}

void requireOptionalId(const std::optional<qint64>& id, const char* what)
{
    if (id)
        requireId(*id, what);
}

void requireTime(const QDateTime& time, const char* what)
{
    if (!time.isValid()) {
        throw Error(Error::Kind::InvalidInput, trRepo("A required date and time is missing."),
                    QStringLiteral("%1 is not a valid time").arg(QLatin1StringView(what)));
    }
}

void requireDate(const QDate& date, const char* what)
{
    if (!date.isValid()) {
        throw Error(Error::Kind::InvalidInput, trRepo("A required date is missing."),
                    QStringLiteral("%1 is not a valid date").arg(QLatin1StringView(what)));
    }
}

void requireCurrency(const QString& currency)
{
    bool ok = currency.size() == 3;
    for (const QChar c : currency)
        ok = ok && c >= u'A' && c <= u'Z';
    if (!ok) {
        throw Error(Error::Kind::InvalidInput,
                    trRepo("The currency must be a three-letter ISO 4217 code such as USD or "
                           "CNY."),
                    QStringLiteral("currency has %1 characters").arg(currency.size()));
    }
}

void requireUpdated(const Query& query, const char* entity, qint64 id)
{
    if (query.rowsAffected() == 0) {
        throw Error(Error::Kind::NotFound,
                    trRepo("The record no longer exists. Reload and try again."),
                    QStringLiteral("no %1 with id %2").arg(QLatin1StringView(entity)).arg(id));
    }
}

void throwUnknownCode(const char* column, const QString& code)
{
    // Codes are short identifiers from the schema's CHECK lists, never personal data.
    throw Error(Error::Kind::Database,
                trRepo("The database holds a value this version of CaseLoop does not know. It "
                       "may have been written by a newer version."),
                QStringLiteral("unknown code '%1' in column %2")
                    .arg(code.left(40), QLatin1StringView(column)));
}

qint64 execInsert(Query& query)
{
    query.exec();
    if (!query.next()) {
        throw Error(Error::Kind::Database, trRepo("A new record was not saved."),
                    QStringLiteral("INSERT ... RETURNING id returned no row"));
    }
    const qint64 newId = query.value(0).toLongLong();
    // Let the statement finish so no write statement stays open inside the transaction.
    query.raw().finish();
    return newId;
}

} // namespace caseloop::repo
