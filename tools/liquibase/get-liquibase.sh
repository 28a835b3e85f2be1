#!/usr/bin/env bash
# Fetches real Liquibase 4.28.1 (the npm package carries the whole distribution) into .cache/ of the
# project, once, and prints the path of its launcher. Liquibase is the oracle for goldens, the
# interop test and the benchmark; nothing of it is committed. Exit 3 when java or npm is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=4.28.1
home=.cache/liquibase-$version
launcher=$PWD/$home/package/dist/liquibase/liquibase

if [ ! -x "$launcher" ]; then
  for tool in java npm; do
    command -v "$tool" >/dev/null || { echo "get-liquibase: $tool is not installed" >&2; exit 3; }
  done
  mkdir -p "$home"
  ( cd "$home" && npm pack --silent "liquibase@$version" >/dev/null && tar -xzf "liquibase-$version.tgz" ) \
    || { echo "get-liquibase: could not fetch liquibase@$version with npm" >&2; exit 3; }
  [ -x "$launcher" ] || chmod +x "$launcher" 2>/dev/null || true
fi
[ -x "$launcher" ] || { echo "get-liquibase: no launcher at $launcher" >&2; exit 3; }
echo "$launcher"
