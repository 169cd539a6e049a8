#pragma once

#include "Result.h"

#include <QList>
#include <QVariant>
#include <vector>

namespace equimark {
class SchoolFile;
}

// What the training repositories (people and sessions, programmes, case studies) share; none
// of these opens a transaction: the repositories' public methods do, around them. `table`
// arguments are fixed names from the repositories, never user input.
namespace equimark::training_rows {

// An id as stored: 0 means "none", stored as NULL.
QVariant idOrNull(qint64 id);

// Putting a removed record back under its old id, which something else now has.
Error idTaken(const QString& what, qint64 id);
Error noSuchProgramme(qint64 id);
// A session or case study naming a programme the file does not have (Invalid).
Error unknownProgramme(qint64 id);

// The one record `found` holds, or `missing(id)` when there is none.
template <typename T>
Result<T> single(Result<std::vector<T>> found, Error (*missing)(qint64), qint64 id) {
    if (!found)
        return found.error();
    if (found->empty())
        return missing(id);
    return std::move(found->front());
}

// The ids of `table` among `ids` (positive, sorted, unique); one that is missing is refused
// with `missingText` (its %1 the id) unless `drop`, which leaves it out.
Result<QList<qint64>> existing(SchoolFile& file, const QString& table, const QList<qint64>& ids,
                               bool drop, const QString& missingText);

// Deletes one row of `table` with a history row naming it; what depends on it goes with it.
Status deleteRow(SchoolFile& file, const QString& table, const QString& entity, qint64 id,
                 const QString& name);

} // namespace equimark::training_rows
