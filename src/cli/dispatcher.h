#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace caseloop::cli {

/// The front of caseloop-cli: finds the command named by the first argument, parses the rest
/// with that command's options, sets up logging, runs it and turns failures into messages
/// and exit codes (0 success, 1 failure, 2 usage error).
class Dispatcher final {
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    /// @p arguments as from QCoreApplication::arguments() (program name first).
    int run(const QStringList& arguments);

private:
    static QString generalHelp();
    static int usageError(const QString& message, const QString& hint);
};

} // namespace caseloop::cli
