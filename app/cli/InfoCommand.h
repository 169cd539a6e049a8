#pragma once

#include "CliApp.h"

#include <QJsonObject>

namespace equimark::cli {

// `info FILE [--json]`: what is in a school file, for a person or (with --json) a script.
Command infoCommand();

// The facts `info` reports, as the JSON object it prints; the text form is written from it.
Result<QJsonObject> describeSchoolFile(SchoolFile& file);

} // namespace equimark::cli
