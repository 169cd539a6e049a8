#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace equimark::links {

// The evidence and action links of a judged criterion (RACE Charter, ambitions): stored as
// rows of a link table keyed by the judgement's columns, compared and recorded as sets.

// Sorted, without repeats: links are sets.
QList<qint64> uniqueIds(const QList<qint64>& ids);
// "3, 7, 12", as the change history records a set of links.
QString idsText(QList<qint64> ids);
// NotFound, naming the first evidence item or action that is not in the file (it may have
// been removed in another window).
Status checkExist(QSqlDatabase& db, const QList<qint64>& evidenceIds,
                  const QList<qint64>& actionIds);
// Reads the links in `table` whose rows `where` picks (" WHERE framework_id = ?"), in id order,
// handing each criterion id and linked id to `add`.
Status read(QSqlDatabase& db, const QString& table, const QString& idColumn, const QString& where,
            const QVariantList& values, const std::function<void(const QString&, qint64)>& add);
// Replaces the links of one judgement in `table`: the rows whose `keyColumns` hold `keys`
// get exactly `ids` in `idColumn`. Table and column names are the callers' fixed names,
// never user input.
Status replace(QSqlDatabase& db, const QString& table, const QStringList& keyColumns,
               const QVariantList& keys, const QString& idColumn, const QList<qint64>& ids);

} // namespace equimark::links
