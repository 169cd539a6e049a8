#!/usr/bin/env bash
# Runs Equimark's benchmarks (issue 8) on the optimised build and prints one JSON line per
# figure: {"name", "median", "min", "max", "runs", "unit"} plus p99, the floor program and the
# multiple of it where they apply. Not part of the test command: figures, not pass or fail.
#   scripts/bench.sh [equimark_bench options]     e.g. --runs 20, --only process,window,edit
# The school files (the demo and the ten-year large school) are made in build/bench-work and
# reused by later runs; delete that folder to make them again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)" --target equimark_bench >/dev/null
mkdir -p build/bench-work
exec build/ci/tests/bench/equimark_bench --work build/bench-work "$@"
