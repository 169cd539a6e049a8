#pragma once

#include "Result.h"

#include <QString>

namespace equimark::fileops {

// Flushes a file's contents to the storage device, so a rename that follows cannot
// publish a file whose data is still only in the page cache.
Status syncFile(const QString& path);

// Moves `from` over `to` in one step (replacing `to` if present), so readers see either
// the old or the new file and never half of one.
Status replaceFile(const QString& from, const QString& to);

// A name in the same folder as `path` that does not exist yet, for writing before a rename:
// ".<name>.<tag>-<process id>-<random>.tmp", so that one left by a killed process can be
// recognised (see removeAbandonedTemporaries).
QString temporarySibling(const QString& path, const QString& tag);

// Removes the temporary siblings of `path` with `tag` (see temporarySibling) whose writing
// process no longer runs on this computer: what a process killed mid-copy left behind.
// Temporaries of running processes are left alone. Returns how many were removed.
int removeAbandonedTemporaries(const QString& path, const QString& tag);

// For fault tests only: when the environment variable `variable` holds a positive number of
// milliseconds, sleeps that long, so a test can kill the process at that point of a write.
void stallForTests(const char* variable);

// The first 100 bytes of a file, for checking a SQLite header before SQLite touches it.
Result<QByteArray> readHeader(const QString& path, qint64 length);

} // namespace equimark::fileops
