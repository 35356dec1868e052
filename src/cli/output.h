#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace caseloop::cli {

/// Where a command writes its result: the --out file or standard output. A file is written
/// through QSaveFile and replaces the old one only on commit(), so a failed command never
/// leaves a half-written or clobbered file behind. Throws caseloop::Error (Kind::Io).
class Output final {
    Q_DECLARE_TR_FUNCTIONS(Output)

public:
    /// @p path empty means standard output.
    explicit Output(const QString& path);
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void write(const QByteArray& bytes);
    void write(const QString& text) { write(text.toUtf8()); }
    /// Finishes the output; for a file, atomically replaces the target.
    void commit();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
};

/// Writes text to standard error at once (messages, progress).
void printToStderr(const QString& text);
/// Writes text to standard output at once (status lines of commands without --out).
void printToStdout(const QString& text);

} // namespace caseloop::cli
