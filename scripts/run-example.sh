#!/usr/bin/env bash
# The main job: installs what is missing, builds basalt, and runs the bookshop example against a local
# PostgreSQL that basalt creates and starts itself (--url local): update, status, an update-sql preview
# of a new change-set, and a rollback-count.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
basalt=$PWD/build/release/basalt

cd examples
step() { printf '\n$ basalt %s\n' "$*"; "$basalt" --url local --changelog-file bookshop/changelog.yaml "$@"; }
step update
step status --verbose
step history
step rollback-count-sql 2
step rollback-count 2
step status --verbose
step update-sql
step update
