#include "output.h"

#include "error.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace caseloop::cli {

namespace {

void writeStream(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

Output::Output(const QString& path)
    : m_path(path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Error::Kind::Io, tr("Cannot write “%1”: it is a folder.").arg(path));
    if (info.exists() &&
        !(QFile::permissions(path) &
          (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther))) {
        throw Error(Error::Kind::ReadOnly,
                    tr("Cannot write “%1”: the file is read-only. It was not changed.").arg(path));
    }
    if (!info.absoluteDir().exists()) {
        throw Error(Error::Kind::NotFound, tr("Cannot write “%1”: the folder “%2” does not exist.")
                                               .arg(path, info.absolutePath()));
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Io, tr("Cannot write “%1”.").arg(path), m_file->errorString());
    }
}

Output::~Output()
{
    if (m_file)
        m_file->cancelWriting(); // not committed: the old file stays as it was
}

void Output::write(const QByteArray& bytes)
{
    if (!m_file) {
        writeStream(stdout, bytes);
        return;
    }
    if (m_file->write(bytes) != bytes.size())
        throw Error(Error::Kind::Io, tr("Cannot write “%1”.").arg(m_path), m_file->errorString());
}

void Output::commit()
{
    if (!m_file) {
        std::fflush(stdout);
        return;
    }
    if (!m_file->commit())
        throw Error(Error::Kind::Io, tr("Cannot write “%1”.").arg(m_path), m_file->errorString());
    m_file.reset();
}

void printToStderr(const QString& text)
{
    writeStream(stderr, text.toUtf8());
}

void printToStdout(const QString& text)
{
    writeStream(stdout, text.toUtf8());
}

} // namespace caseloop::cli
