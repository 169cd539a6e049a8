#pragma once

#include "Figure.h"

namespace equimark::bench {

// The floor for one committed edit: a one-row UPDATE in its own transaction on a small SQLite
// file in `folder`, with the settings a school file has (rollback journal, synchronous=FULL),
// through the same Qt SQL driver, `edits` times. Disks differ far more than processors do, so
// an edit's figure means most beside this one, measured on the same disk in the same run.
Figure floorEdit(const QString& folder, int edits);

} // namespace equimark::bench
