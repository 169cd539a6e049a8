#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) with Clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build/fuzz, then runs each for SECONDS (default 60) on its
# seed corpus. Exits non-zero when a harness crashed, hung or broke a promise, and says
# where the input that did it was saved.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     HARNESS: open_school framework_json csv report_text
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(open_school framework_json csv report_text)
case "$seconds" in
    '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [HARNESS...]" >&2; exit 2 ;;
esac

scripts/install-deps.sh
if ! command -v clang++ >/dev/null 2>&1; then
    # libFuzzer comes with Clang (libclang-common-*-dev, a dependency of clang).
    if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
    echo "fuzz: installing clang"
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends clang
fi

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEQUIMARK_FUZZ=ON -DEQUIMARK_SANITIZE=ON
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build build/fuzz -j"$(nproc)" --target "${targets[@]}"

failed=()
for h in "${harnesses[@]}"; do
    # New inputs go to build/fuzz/corpus/<harness>; the seeds in tests/fuzz/corpus stay as
    # they are. Crashes go to tests/fuzz/crashes/<harness>/ (ignored by git).
    work="build/fuzz/corpus/$h"
    crashes="tests/fuzz/crashes/$h"
    mkdir -p "$work" "$crashes"
    echo "fuzz: $h for ${seconds} s"
    if ! "build/fuzz/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$work" "tests/fuzz/corpus/$h" 2>"build/fuzz/fuzz_$h.log"; then
        tail -n 60 "build/fuzz/fuzz_$h.log" >&2
        failed+=("$h")
    fi
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" \
        "build/fuzz/fuzz_$h.log" | sed "s/^/fuzz: $h /" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    for h in "${failed[@]}"; do
        echo "fuzz: $h failed; the input is saved in tests/fuzz/crashes/$h/:" >&2
        ls -1 "tests/fuzz/crashes/$h" | sed "s|^|  tests/fuzz/crashes/$h/|" >&2
        echo "  replay: build/fuzz/tests/fuzz/fuzz_$h FILE; once fixed, move FILE to" \
             "tests/fuzz/regressions/$h/ so core_tests replays it on every run." >&2
    done
    exit 1
fi
echo "fuzz: no crash in ${harnesses[*]} (${seconds} s each)"
