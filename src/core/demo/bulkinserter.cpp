#include "demo/bulkinserter.h"

#include "db/connection.h"
#include "error.h"

#include <QCoreApplication>

namespace caseloop::demo {

BulkInserter::BulkInserter(Connection& connection, QString table, const QStringList& columns)
    : m_table(std::move(table))
    , m_width(columns.size())
    , m_writer(connection.dialect().bulkWriter(connection, m_table, columns))
{}

BulkInserter::~BulkInserter() = default;

void BulkInserter::write(RowBuffer& buffer)
{
    if (buffer.size() % m_width != 0) {
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("caseloop::DemoGenerator",
                                                "Internal error while generating demo data."),
                    QStringLiteral("incomplete row for table ") + m_table);
    }
    const qsizetype rows = buffer.size() / m_width;
    m_writer->insertRows(buffer);
    m_written += rows;
    buffer.clear();
}

} // namespace caseloop::demo
