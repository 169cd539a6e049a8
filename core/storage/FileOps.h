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

// A name in the same folder as `path` that does not exist yet, for writing before a rename.
QString temporarySibling(const QString& path, const QString& tag);

// The first 100 bytes of a file, for checking a SQLite header before SQLite touches it.
Result<QByteArray> readHeader(const QString& path, qint64 length);

} // namespace equimark::fileops
