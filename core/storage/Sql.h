#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace equimark::sql {

// Prepares and runs one statement with positional (?) values; pass QVariant() for NULL (a
// null QString is stored as empty text). With SchoolFile::statements() (the same binding, the
// statement kept prepared for the reads and writes every edit repeats) the only way
// repositories talk to SQLite, so every failure becomes an Error with a readable message.
Result<QSqlQuery> run(QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Binds positional values to a prepared query as run() does, replacing any bound before.
void bind(QSqlQuery& query, const QVariantList& values);

// Dates are stored as ISO text; an invalid QDate is stored as NULL.
QVariant date(const QDate& value);
QDate toDate(const QVariant& value);

// Now, as stored in *_at columns: UTC ISO-8601 with milliseconds.
QString timestamp();

} // namespace equimark::sql
