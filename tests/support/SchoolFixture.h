#pragma once

#include "TempDir.h"
#include "domain/Framework.h"
#include "storage/SchoolFile.h"

#include <memory>

namespace equimark::test {

// Every framework that ships, loaded once: what a new school file copies in.
std::vector<Framework> shippedFrameworks();
const Framework& equalityMark();

// A school file as version 1 of the schema left it (school "Version One School"), for the
// update path. `extraStatement` runs last, e.g. to put something in the update's way.
void makeVersionOneSchool(const QString& path, const QString& extraStatement = {});

// A freshly created school file on disk, with the shipped frameworks, open read-write.
struct SchoolFixture {
    SchoolFixture();
    // Closes and reopens the file, as the next session would.
    void reopen();

    TempDir dir;
    QString path;
    std::unique_ptr<SchoolFile> file;
};

} // namespace equimark::test
