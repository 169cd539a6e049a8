#include "DemoDocument.h"

#include "demo/DemoSchool.h"

#include <stdexcept>

namespace equimark::test {

DemoDocument::DemoDocument(const QDate& today)
    : path(dir.file(QStringLiteral("demo.equimark"))) {
    if (auto built = DemoSchool::build(path, today); !built)
        throw std::runtime_error(built.errorMessage().toStdString());
    reopen();
}

void DemoDocument::reopen() {
    document.reset();
    auto opened = SchoolFile::open(path);
    if (!opened)
        throw std::runtime_error(opened.errorMessage().toStdString());
    (*opened)->setUserName(QStringLiteral("Test User"));
    document = std::make_unique<SchoolDocument>(std::move(*opened));
}

} // namespace equimark::test
