#!/usr/bin/env bash
# Fetches real Liquibase 4.28.1 (the npm package carries the whole distribution; it reports itself as
# 4.28.0) into .cache/ of the project, once, and prints the path of its launcher. Liquibase is the
# oracle for goldens, the interop test and the benchmark; nothing of it is committed.
# Idempotent and safe to run concurrently. Exit 3, with a message, when java is missing, or when the
# package is not cached yet and npm is missing or cannot fetch it.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=4.28.1
home=.cache/liquibase-$version
launcher=$PWD/$home/package/dist/liquibase/liquibase

command -v java >/dev/null || { echo "get-liquibase: java is not installed (Liquibase needs Java 17)" >&2; exit 3; }
if [ ! -f "$launcher" ]; then
  command -v npm >/dev/null || { echo "get-liquibase: npm is not installed" >&2; exit 3; }
  mkdir -p .cache
  staging=$(mktemp -d ".cache/liquibase-$version.XXXXXX")
  chmod 755 "$staging"
  trap 'rm -rf "$staging"' EXIT
  ( cd "$staging" && npm pack --silent "liquibase@$version" >/dev/null && tar -xzf "liquibase-$version.tgz" ) \
    || { echo "get-liquibase: could not fetch liquibase@$version with npm (no network?)" >&2; exit 3; }
  rm -f "$staging/liquibase-$version.tgz"
  # Another run may have finished first: keep its copy.
  if ! mv -T "$staging" "$home" 2>/dev/null && [ ! -f "$launcher" ]; then
    rm -rf "$home"  # a broken copy
    mv -T "$staging" "$home"
  fi
fi
[ -f "$launcher" ] || { echo "get-liquibase: no launcher at $launcher" >&2; exit 3; }
[ -x "$launcher" ] || chmod +x "$launcher"
echo "$launcher"
