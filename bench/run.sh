#!/usr/bin/env bash
# basalt and Liquibase 4.28 side by side, alternating, on generated changelogs (bench/gen_changelog.py):
# update on a fresh database, status and a no-op update on an up-to-date one, update-sql, each timed
# with /usr/bin/time (wall, user+sys CPU, peak RSS); plus the floor: basalt's own update-sql replayed
# through libpq (psql), one transaction per change-set. Medians over the repetitions; the table goes
# to stdout and bench/results/latest.md.
#   bench/run.sh [--sizes "100 1000 5000"] [--repeat 3] [--no-liquibase]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes="100 1000 5000"
repeat=3
with_liquibase=1
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --no-liquibase) with_liquibase=0; shift ;;
    *) echo "usage: $0 [--sizes \"100 1000 5000\"] [--repeat N] [--no-liquibase]" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-deps.sh" >/dev/null
cmake --preset release -S "$root" >/dev/null
cmake --build --preset release --target basalt >/dev/null
basalt_bin=$root/build/release/basalt
liquibase_bin=
if [ "$with_liquibase" = 1 ]; then
  liquibase_bin=$("$root/tools/liquibase/get-liquibase.sh") || { echo "Liquibase unavailable: basalt only" >&2; liquibase_bin=; }
fi

work=$(mktemp -d /tmp/basalt-bench.XXXXXX)
chmod 755 "$work"
trap '"$root/scripts/pg-scratch.sh" stop "$work/pg"; rm -rf "$work"' EXIT
server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$server")
samples=$work/samples.tsv
: >"$samples"

fresh_db() {  # called in $(...): the counter lives in a file
  serial=$(($(cat "$work/serial" 2>/dev/null || echo 0) + 1))
  echo "$serial" >"$work/serial"
  psql "$server" -qc "CREATE DATABASE bench_$serial" >/dev/null
  echo "bench_$serial"
}
# measure SIZE ENGINE OPERATION COMMAND...: runs the command in the changelog's folder, records a sample.
measure() {
  local size=$1 engine=$2 op=$3; shift 3
  (cd "$work" && /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1) ||
    { echo "failed: $engine $op ($size)" >&2; tail -20 "$work/out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$engine" "$op" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" >>"$samples"
}
run_engine() {  # run_engine ENGINE DB COMMAND [ARGS]
  local engine=$1 db=$2; shift 2
  if [ "$engine" = basalt ]; then
    "$basalt_bin" --url "postgresql://postgres@127.0.0.1:$port/$db" --changelog-file changelog.yaml "$@"
  else
    "$liquibase_bin" --show-banner=false --log-level=severe --url="jdbc:postgresql://127.0.0.1:$port/$db" \
      --username=postgres --password=unused --changelog-file=changelog.yaml "$@"
  fi
}
export -f run_engine
export basalt_bin liquibase_bin port

bench_engine() {  # bench_engine SIZE ENGINE
  local size=$1 engine=$2 db
  db=$(fresh_db)
  measure "$size" "$engine" update bash -c "run_engine $engine $db update"
  measure "$size" "$engine" status bash -c "run_engine $engine $db status --verbose"
  measure "$size" "$engine" "no-op update" bash -c "run_engine $engine $db update"
  db=$(fresh_db)
  measure "$size" "$engine" update-sql bash -c "run_engine $engine $db update-sql"
}

for size in $sizes; do
  python3 "$root/bench/gen_changelog.py" "$size" "$work/changelog.yaml"
  # The floor's script: basalt's update-sql for an empty database, one transaction per change-set.
  db=$(fresh_db)
  (cd "$work" && run_engine basalt "$db" update-sql) |
    awk '/^-- Changeset /{ if (open) print "COMMIT;"; print "BEGIN;"; open=1; next }
         /^-- Release Database Lock/{ if (open) print "COMMIT;"; open=0 }
         { print } END { if (open) print "COMMIT;" }' >"$work/floor.sql"
  for ((r = 1; r <= repeat; r++)); do
    engines="basalt liquibase"
    [ $((r % 2)) -eq 0 ] && engines="liquibase basalt"
    for engine in $engines; do
      [ "$engine" = liquibase ] && [ -z "$liquibase_bin" ] && continue
      bench_engine "$size" "$engine"
    done
    db=$(fresh_db)
    measure "$size" floor update psql -q -v ON_ERROR_STOP=1 -o /dev/null -f "$work/floor.sql" \
      "postgresql://postgres@127.0.0.1:$port/$db"
  done
  psql "$server" -At -c "SELECT 'DROP DATABASE ' || datname || ';' FROM pg_database WHERE datname LIKE 'bench_%'" |
    psql "$server" -q >/dev/null
done

mkdir -p "$root/bench/results"
python3 "$root/bench/summarize.py" "$samples" "$repeat" | tee "$root/bench/results/latest.md"
