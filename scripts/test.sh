#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, runs every test
# headless and ends with ctest's summary.
#   scripts/test.sh          the optimised build (preset ci, build/ci)
#   scripts/test.sh --asan   the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#                            (preset asan, build/asan): any finding fails its test
set -euo pipefail
cd "$(dirname "$0")/.."
preset=ci
case "${1:-}" in
    "") ;;
    --asan) preset=asan ;;
    *) echo "usage: scripts/test.sh [--asan]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset "$preset"
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" -j"$(nproc)"
