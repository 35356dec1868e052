#pragma once

#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caseloop {

/// Creates a new database file filled with demo data on a worker thread (with its own
/// connection) while the GUI thread keeps painting, optionally showing a progress dialog.
class DemoDatabaseCreator final {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabaseCreator)

public:
    /// Creates the folder and the file @p path, which must not exist yet. Shows a
    /// QProgressDialog when @p showProgress. Throws caseloop::Error; on failure the new file
    /// is removed again.
    static DemoResult create(const QString& path, const DemoOptions& options, bool showProgress,
                             QWidget* parent = nullptr);

    /// The options of the first-start demo database (40 agents, 4,000 cases, 12 months).
    static DemoOptions firstStartOptions();

    /// A readable, translated name of a generator phase ("contacts" → "Contact histories").
    static QString phaseLabel(const QString& phase);
};

} // namespace caseloop
