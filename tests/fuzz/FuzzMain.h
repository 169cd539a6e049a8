#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer harnesses: a QGuiApplication made once in LLVMFuzzerInitialize
// (FuzzMain.cpp), and a broken promise turned into an abort, so libFuzzer saves the input.
namespace equimark::fuzz {

int run(QString (*target)(const QByteArray&), const uint8_t* data, size_t size);

} // namespace equimark::fuzz
