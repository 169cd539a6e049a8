#pragma once

#include "TempDir.h"
#include "domain/Framework.h"
#include "storage/SchoolFile.h"

#include <memory>

namespace equimark::test {

// Every framework that ships, loaded once: what a new school file copies in.
std::vector<Framework> shippedFrameworks();
const Framework& equalityMark();

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
