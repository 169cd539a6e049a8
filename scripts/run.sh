#!/usr/bin/env bash
# Quick start: install what is missing, build, then open the demo school in Equimark
# (the app creates it in your data folder, ~/.local/share/Equimark, if it is not there yet).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/app/gui/equimark --demo "$@"
