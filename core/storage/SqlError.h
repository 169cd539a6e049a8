#pragma once

#include "Result.h"

class QSqlError;

namespace equimark {

// Turns what the SQLite driver reports into an Error a coordinator understands: a busy
// lock becomes "in use", SQLITE_FULL becomes "disk full", and so on.
Error sqlError(const QSqlError& error, const QString& context = {});

} // namespace equimark
