#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, starts a throwaway PostgreSQL, runs the unit
# and server tests. `scripts/test.sh --preset asan` runs the same suite built with ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=dev
if [ "${1:-}" = "--preset" ]; then preset=$2; shift 2; fi

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

scratch=$(mktemp -d /tmp/basalt-test.XXXXXX)
chmod 755 "$scratch"
trap 'scripts/pg-scratch.sh stop "$scratch/pg"; rm -rf "$scratch"' EXIT
BASALT_TEST_URL=$(scripts/pg-scratch.sh start "$scratch/pg")
export BASALT_TEST_URL
echo "test server: $BASALT_TEST_URL"

ctest --test-dir "build/$preset" --output-on-failure "$@"
