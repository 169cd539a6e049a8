#pragma once

#include "Result.h"
#include "domain/School.h"

namespace equimark {

class SchoolFile;

// The school's own details: the single row of the `school` table.
class SchoolRepository {
public:
    explicit SchoolRepository(SchoolFile& file)
        : m_file(file) {}

    // Used once, by SchoolFile::create, inside its own transaction.
    Status create(const School& school);
    Result<School> load();
    // Writes the fields that differ from the stored school, with a history row for each.
    Status update(const School& school);

private:
    SchoolFile& m_file;
};

} // namespace equimark
