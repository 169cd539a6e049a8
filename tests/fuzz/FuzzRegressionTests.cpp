// Every seed and every input a fuzzer once crashed on, replayed through the harness bodies
// in the normal and the sanitizer builds: a fixed crash stays fixed without Clang.
#include "CatchCompat.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace equimark;

namespace {

QFileInfoList inputsOf(const QString& harness) {
    QFileInfoList inputs;
    for (const char* kind : {"corpus", "regressions"}) {
        QDir dir(QStringLiteral(EQUIMARK_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), harness));
        inputs += dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    return inputs;
}

void replay(const QString& harness, QString (*target)(const QByteArray&), int atLeast) {
    const QFileInfoList inputs = inputsOf(harness);
    REQUIRE(inputs.size() >= atLeast);
    for (const auto& input : inputs) {
        QFile in(input.filePath());
        REQUIRE(in.open(QIODevice::ReadOnly));
        INFO(input.filePath().toStdString());
        CHECK(target(in.readAll()).toStdString() == std::string());
    }
}

} // namespace

TEST_CASE("every seed and saved crash of the school-file fuzzer opens or is refused cleanly",
          "[fuzz-regression]") {
    replay(QStringLiteral("open_school"), fuzz::openSchool, 3);
}

TEST_CASE("every seed and saved crash of the framework fuzzer loads or is refused cleanly",
          "[fuzz-regression]") {
    replay(QStringLiteral("framework_json"), fuzz::frameworkJson, 3);
}

TEST_CASE("every seed and saved crash of the CSV fuzzer is read exactly or rejected with a place",
          "[fuzz-regression]") {
    replay(QStringLiteral("csv"), fuzz::csv, 5);
}

TEST_CASE("every seed and saved crash of the report-text fuzzer prints as a PDF",
          "[fuzz-regression]") {
    replay(QStringLiteral("report_text"), fuzz::reportText, 5);
}
