// libFuzzer entry point: see FuzzTargets.h for what equimark::fuzz::reportText() promises.
#include "FuzzMain.h"
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return equimark::fuzz::run(equimark::fuzz::reportText, data, size);
}
