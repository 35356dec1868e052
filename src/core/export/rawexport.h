#pragma once

#include "export/tablewriter.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace caseloop {

class Connection;

/// The raw record exports of docs/exports.md: one row per record, so every figure of the
/// metrics can be recomputed from them.
enum class RawExportKind { Agents, Contacts, Responses, Complaints, Promises, Payments };

struct RawExportRequest {
    RawExportKind kind = RawExportKind::Contacts;
    std::optional<QDate> from; ///< first day of the period (inclusive); none: from the start
    std::optional<QDate> to;   ///< day after the period (exclusive); none: to the end
    /// Zone of the period's day boundaries; invalid: the agency's zone (AgencySettings).
    QTimeZone timeZone;
    /// Adds the free-text column (notes, comments, descriptions); needs a supervisor,
    /// compliance or admin user.
    bool includeText = false;
};

/// Streams a raw export to a TableWriter. Records fall in the period by their event time
/// (contacts started_at, responses responded_at, complaints received_at, promises due_date,
/// payments paid_at). Names and phone numbers never appear. Throws caseloop::Error
/// (InvalidInput for a period that ends before it starts, Permission for --include-text).
class RawExport final {
    Q_DECLARE_TR_FUNCTIONS(RawExport)

public:
    /// The kind's command-line word ("contacts"), and back (nullopt when unknown).
    static QString kindName(RawExportKind kind);
    static std::optional<RawExportKind> kindFromName(const QString& name);
    static QStringList kindNames();

    /// Columns in order, as docs/exports.md lists them (plus the text column when asked).
    static std::vector<ExportColumn> columns(RawExportKind kind, bool includeText = false);

    /// Writes the export and returns the number of rows written.
    static qint64 run(Connection& connection, const UserContext& user,
                      const RawExportRequest& request, TableWriter& writer);
};

} // namespace caseloop
