#include "storage/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace equimark::fileops {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileOps)
};

// Whether a process with this id runs on this computer. Unknown counts as running, so a
// temporary is never removed from under a writer we cannot see.
bool processRuns(qint64 pid) {
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() != ERROR_INVALID_PARAMETER;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    if (pid <= 0)
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
#endif
}
} // namespace

Status syncFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(Error::Code::Io,
                           Text::tr("could not open %1 to finish writing it: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Error::make(
            Error::Code::Io,
            Text::tr("could not write %1 to the disk").arg(QDir::toNativeSeparators(path)));
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
        return Error::make(Error::Code::Io,
                           Text::tr("could not move the finished file into place as %1")
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
            QStringLiteral(".%1.%2-%3-%4.tmp")
                .arg(info.fileName(), tag)
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

int removeAbandonedTemporaries(const QString& path, const QString& tag) {
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(
        QStringLiteral("^\\.%1\\.%2-(\\d+)-[0-9a-f]{8}\\.tmp(-journal)?$")
            .arg(QRegularExpression::escape(info.fileName()), QRegularExpression::escape(tag)));
    int removed = 0;
    // The pattern decides; the name filter only narrows the listing (and must not trip on
    // wildcard characters in the file's own name).
    const auto names =
        dir.entryList({QStringLiteral(".*.tmp*")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const auto& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || processRuns(match.captured(1).toLongLong()))
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

void stallForTests(const char* variable) {
    const int ms = qEnvironmentVariableIntValue(variable);
    if (ms > 0)
        QThread::msleep(static_cast<unsigned long>(ms));
}

Result<QByteArray> readHeader(const QString& path, qint64 length) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("%1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.read(length);
}

} // namespace equimark::fileops
