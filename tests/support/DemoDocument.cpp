#include "DemoDocument.h"

#include "demo/DemoSchool.h"
#include "interchange/OutcomeCsv.h"
#include "storage/OutcomeRepository.h"

#include <QFile>
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

void addDemoOutcomes(const QString& path) {
    QFile csv(QStringLiteral(EQUIMARK_SOURCE_DIR "/docs/examples/demo-outcomes.csv"));
    if (!csv.open(QIODevice::ReadOnly))
        throw std::runtime_error("docs/examples/demo-outcomes.csv cannot be read");
    auto counts = OutcomeCsv::parse(csv.readAll());
    auto file = SchoolFile::open(path);
    if (!counts || !file)
        throw std::runtime_error("the demo outcomes cannot be imported");
    if (auto written = OutcomeRepository(**file).write(*counts); !written)
        throw std::runtime_error(written.errorMessage().toStdString());
}

} // namespace equimark::test
