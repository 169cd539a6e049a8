#!/usr/bin/env bash
# Fails when the .ts files in translations/ are not what lupdate makes from the sources now:
# a tr() string added, changed or removed without `cmake --build <dir> --target
# update_translations`. Also fails when the Welsh translation leaves a string untranslated.
#
# Usage: translations-current.sh LUPDATE PROJECT_CMAKE GENERATOR TRANSLATIONS_DIR
#   PROJECT_CMAKE: the lupdate project CMake writes at configure time (core/.lupdate/*.cmake)
#   GENERATOR: Qt's GenerateLUpdateProject.cmake, which turns it into lupdate's JSON
# Exit 0 when current; 1 with what differs; 77 (skipped) when Qt's generator is not there.
set -uo pipefail
lupdate=${1:?usage}
project_cmake=${2:?usage}
generator=${3:?usage}
translations=${4:?usage}
if [ ! -f "$project_cmake" ] || [ ! -f "$generator" ]; then
    echo "SKIP: no lupdate project ($project_cmake) or generator ($generator)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/project.json"
if ! cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$project" -P "$generator" >"$work/gen.log" 2>&1; then
    cat "$work/gen.log" >&2
    echo "FAIL: the lupdate project could not be generated" >&2
    exit 1
fi
cp "$translations"/*.ts "$work"/
# The same options as the update_translations target (core/CMakeLists.txt).
if ! "$lupdate" -project "$project" -no-obsolete -locations none -ts "$work"/*.ts \
    >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log" >&2
    echo "FAIL: lupdate failed" >&2
    exit 1
fi
status=0
for ts in "$translations"/*.ts; do
    name=$(basename "$ts")
    if ! diff -q "$ts" "$work/$name" >/dev/null; then
        echo "FAIL: translations/$name is out of date with the sources:" >&2
        diff -u "$ts" "$work/$name" | grep -E '^[+-] +<source>' | head -n 20 >&2
        status=1
    fi
done
# Every language but the English plural forms is translated in full.
for ts in "$translations"/*.ts; do
    case "$(basename "$ts")" in equimark_en.ts) continue ;; esac
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    if [ "$unfinished" -gt 0 ]; then
        echo "FAIL: $(basename "$ts") has $unfinished untranslated strings" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations are up to date with the sources"
if [ $status -ne 0 ]; then
    echo "Run: cmake --build build/ci --target update_translations, translate what is new, commit." >&2
fi
exit $status
