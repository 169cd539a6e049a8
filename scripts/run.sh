#!/usr/bin/env bash
# Quick start: install what is missing, build, make the demo school if absent, open it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Equimark"
demo="$data_dir/Demo School.equimark"
mkdir -p "$data_dir"
[ -f "$demo" ] || build/release/app/cli/equimark-cli demo "$demo"
if [ -x build/release/app/gui/equimark ]; then
    exec build/release/app/gui/equimark "$demo"
fi
build/release/app/cli/equimark-cli info "$demo"
