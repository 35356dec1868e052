#include "db/contenthash.h"

#include "db/connection.h"
#include "db/query.h"
#include "db/schema.h"

#include <QCryptographicHash>
#include <QSqlField>
#include <QSqlRecord>
#include <QtEndian>

namespace caseloop {

namespace {

void addTagged(QCryptographicHash& h, char tag, QByteArrayView bytes)
{
    h.addData(QByteArrayView(&tag, 1));
    const quint64 size = qToLittleEndian(quint64(bytes.size()));
    h.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    h.addData(bytes);
}

void addValue(QCryptographicHash& h, const QVariant& value)
{
    if (value.isNull()) {
        addTagged(h, 'n', {});
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: {
        const qint64 v = qToLittleEndian(value.toLongLong());
        addTagged(h, 'i', QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
        break;
    }
    case QMetaType::Double: {
        const QByteArray text = QByteArray::number(value.toDouble(), 'g', 17);
        addTagged(h, 'f', text);
        break;
    }
    case QMetaType::QByteArray:
        addTagged(h, 'b', value.toByteArray());
        break;
    default:
        addTagged(h, 's', value.toString().toUtf8());
        break;
    }
}

} // namespace

QByteArray contentHash(Connection& connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString auditTable = QStringLiteral("audit_log");
    for (const QString& table : schema::domainTables()) {
        if (table == auditTable)
            continue;
        // Table and column names come from the schema code and the driver's catalogue only.
        const QSqlRecord record = connection.sql().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        const QString order = columns.contains(QStringLiteral("id"))
                                  ? QStringLiteral("id")
                                  : columns.join(QLatin1Char(','));
        addTagged(hash, 'T', table.toUtf8());
        addTagged(hash, 'C', columns.join(QLatin1Char(',')).toUtf8());

        Query rows(connection, QStringLiteral("SELECT ") + columns.join(QLatin1Char(',')) +
                                   QStringLiteral(" FROM ") + table + QStringLiteral(" ORDER BY ") +
                                   order);
        rows.raw().setForwardOnly(true);
        rows.exec();
        const int width = int(columns.size());
        while (rows.next()) {
            addTagged(hash, 'R', {});
            for (int i = 0; i < width; ++i)
                addValue(hash, rows.value(i));
        }
    }
    return hash.result();
}

} // namespace caseloop
