#include "FuzzMain.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("EQUIMARK_BUSY_TIMEOUT_MS"))
        qputenv("EQUIMARK_BUSY_TIMEOUT_MS", "100");
    // Lives for the whole run; libFuzzer never returns from its loop normally.
    static QGuiApplication app(*argc, *argv);
    QGuiApplication::setApplicationName(QStringLiteral("equimark-fuzz"));
    return 0;
}

namespace equimark::fuzz {

int run(QString (*target)(const QByteArray&), const uint8_t* data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString broken = target(bytes);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "equimark-fuzz: broken promise: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}

} // namespace equimark::fuzz
