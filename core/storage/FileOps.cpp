#include "storage/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace equimark::fileops {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("FileOps", text);
}
} // namespace

Status syncFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(Error::Code::Io,
                           tr("could not open %1 to finish writing it: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Error::make(
            Error::Code::Io,
            tr("could not write %1 to the disk").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status replaceFile(const QString& from, const QString& to) {
#ifdef Q_OS_WIN
    const bool moved = MoveFileExW(reinterpret_cast<const wchar_t*>(from.utf16()),
                                   reinterpret_cast<const wchar_t*>(to.utf16()),
                                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool moved =
        std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
    if (!moved)
        return Error::make(Error::Code::Io, tr("could not move the finished file into place as %1")
                                                .arg(QDir::toNativeSeparators(to)));
#ifndef Q_OS_WIN
    // Make the rename itself durable: sync the folder that holds the new name.
    const QByteArray dir = QFile::encodeName(QFileInfo(to).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return {};
}

QString temporarySibling(const QString& path, const QString& tag) {
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2-%3.tmp")
                .arg(info.fileName(), tag)
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

Result<QByteArray> readHeader(const QString& path, qint64 length) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.read(length);
}

} // namespace equimark::fileops
