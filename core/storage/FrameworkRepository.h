#pragma once

#include "Result.h"
#include "domain/Framework.h"

#include <vector>

namespace equimark {

class SchoolFile;

// The frameworks a school file uses, stored as the exact JSON they were loaded from so
// the file reads the same way whatever later releases ship.
class FrameworkRepository {
public:
    explicit FrameworkRepository(SchoolFile& file)
        : m_file(file) {}

    Status add(const Framework& framework);
    Result<std::vector<Framework>> all();
    Result<Framework> byId(const QString& id);
    // The file's (first) framework of a kind: e.g. the equality mark its audits use.
    Result<Framework> ofKind(Framework::Kind kind);

private:
    SchoolFile& m_file;
};

} // namespace equimark
