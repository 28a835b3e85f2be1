#!/usr/bin/env bash
# basalt and Liquibase 4.28 side by side, alternating, on generated changelogs (bench/gen_changelog.py):
# update on a fresh database, status and a no-op update on the up-to-date one, update-sql against an
# empty one, each timed with /usr/bin/time (wall, user+sys CPU, peak RSS); plus the floor: basalt's
# own update-sql replayed through libpq (psql), one transaction per change-set. Medians over the
# repetitions; the table goes to stdout and bench/results/latest.md.
#
# Each size runs in every changelog form of --formats: the YAML changelog (yaml), the same change-sets
# as XML (xml) and as formatted SQL (sql; each change-set's statements as basalt's update-sql prints
# them), and a project of 200 included YAML files (project); see bench/to_formats.py.
#
# Once per size it also compares what the two engines did (the same changelog, fresh databases):
# tracker rows, the schema left behind (pg_dump --schema-only) and the update-sql scripts. Any
# difference is listed under the table and kept in bench/results/N-*.diff.
#
#   bench/run.sh [--sizes "100 1000 5000"] [--formats "yaml xml sql project"] [--repeat 3] [--no-liquibase]
#   BASALT_BINARY=path/to/basalt bench/run.sh ...   (use that binary instead of building the release preset)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes="100 1000 5000"
formats="yaml xml sql project"
repeat=3
with_liquibase=1
command_line=$(printf '%q ' bench/run.sh "$@"); command_line=${command_line% }
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --no-liquibase) with_liquibase=0; shift ;;
    *) echo "usage: $0 [--sizes \"100 1000 5000\"] [--formats \"yaml xml sql project\"] [--repeat N] [--no-liquibase]" >&2; exit 2 ;;
  esac
done

if [ -z "${BASALT_BINARY:-}" ]; then
  "$root/scripts/install-deps.sh" >/dev/null
  cmake --preset release -S "$root" >/dev/null
  cmake --build --preset release --target basalt >/dev/null
  BASALT_BINARY=$root/build/release/basalt
fi
basalt_bin=$(realpath "$BASALT_BINARY")
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (Debian package 'time'; scripts/install-deps.sh installs it)" >&2; exit 2; }
liquibase_bin=
if [ "$with_liquibase" = 1 ]; then
  liquibase_bin=$("$root/tools/liquibase/get-liquibase.sh") || { echo "bench: Liquibase unavailable, basalt only" >&2; liquibase_bin=; }
fi

work=$(mktemp -d -t basalt-bench.XXXXXX)
chmod 755 "$work"
trap '"$root/scripts/pg-scratch.sh" stop "$work/pg"; rm -rf "$work"' EXIT
server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$server")
results=$root/bench/results
mkdir -p "$results"
rm -f "$results"/*.diff
samples=$work/samples.tsv
notes=$work/notes.md
: >"$samples"
: >"$notes"
serial=0

# new_db: creates an empty database and sets $db to its name.
new_db() {
  serial=$((serial + 1))
  db=bench_$serial
  psql "$server" -qc "CREATE DATABASE $db" >/dev/null
}
url() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
# The changelog form being measured: its folder under $work and its file there.
form=yaml
changelog=changelog.yaml
# engine_cmd ENGINE DB: sets the array $cmd to the engine's command line for that database.
engine_cmd() {
  if [ "$1" = basalt ]; then
    # Without update-sql's review comments and basalt's own SET LOCAL timeouts: the scripts are
    # compared with Liquibase's, line for line (bench/compare_builds.sh measures basalt's defaults).
    cmd=("$basalt_bin" --url "$(url "$2")" --annotate=false --lock-timeout=none --statement-timeout=none
         --changelog-file "$changelog")
  else
    cmd=("$liquibase_bin" --show-banner=false --log-level=severe --url="jdbc:postgresql://127.0.0.1:$port/$2"
         --username=postgres --password=unused --changelog-file="$changelog")
  fi
}
# measure SIZE ENGINE OPERATION OUTPUT COMMAND...: runs the command in the changelog's folder, records a sample.
measure() {
  local size=$1 engine=$2 op=$3 out=$4 wall user sys rss; shift 4
  (cd "$work/$form" && /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$out" 2>"$work/err") ||
    { echo "bench: $engine $op failed ($size change-sets, $form):" >&2; tail -20 "$work/err" "$out" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$form" "$engine" "$op" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" >>"$samples"
}
tracker() {
  psql "$(url "$1")" -AtF $'\t' -c "SELECT id, author, filename, orderexecuted, exectype, md5sum, description,
    comments, tag, liquibase, contexts, labels FROM databasechangelog ORDER BY orderexecuted"
}
rows() { psql "$(url "$1")" -At -c "SELECT count(*) FROM databasechangelog"; }
schema() {  # the schema, without pg_dump's settings and per-dump keys
  pg_dump --schema-only --no-owner --no-privileges "$(url "$1")" | sed -E '/^--/d; /^$/d; /^SET /d; /^SELECT pg_catalog/d; /^\\(un)?restrict /d'
}
script() {  # an update-sql script without run-specific values and Liquibase's SET SEARCH_PATH lines
  sed -E -e '/^(SET SEARCH_PATH.*)?$/d' -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/" "$@"
}
# compare SIZE WHAT A B: notes a difference between two files, keeping the diff.
compare() {
  local size=$1 what=$2 diff_file=$results/$1-$form-$2.diff
  if diff -u "$3" "$4" >"$diff_file"; then
    rm -f "$diff_file"
  else
    echo "- $size change-sets ($form), $what: basalt and Liquibase differ ($(grep -c '^[-+][^-+]' "$diff_file") lines; bench/results/$size-$form-$what.diff)" >>"$notes"
  fi
}

# bench_engine SIZE ENGINE REPETITION
bench_engine() {
  local size=$1 engine=$2 r=$3 updated
  new_db; updated=$db
  engine_cmd "$engine" "$db"
  measure "$size" "$engine" update "$work/$engine-update.out" "${cmd[@]}" update
  [ "$(rows "$updated")" = "$size" ] || { echo "bench: $engine update recorded $(rows "$updated") of $size change-sets" >&2; exit 1; }
  measure "$size" "$engine" status "$work/$engine-status.out" "${cmd[@]}" status --verbose
  tracker "$updated" >"$work/$engine-tracker.before"
  measure "$size" "$engine" "no-op update" "$work/$engine-noop.out" "${cmd[@]}" update
  tracker "$updated" >"$work/$engine-tracker.tsv"
  cmp -s "$work/$engine-tracker.before" "$work/$engine-tracker.tsv" ||
    { echo "bench: $engine's no-op update changed the tracker" >&2; exit 1; }
  new_db
  engine_cmd "$engine" "$db"
  measure "$size" "$engine" update-sql "$work/$engine-update.sql" "${cmd[@]}" update-sql
  if [ "$r" = 1 ]; then schema "$updated" >"$work/$engine-schema.sql"; fi
}

for size in $sizes; do
  rm -rf "$work/yaml" "$work/xml" "$work/sql" "$work/project"
  mkdir -p "$work/yaml" "$work/xml" "$work/sql"
  python3 "$root/bench/gen_changelog.py" "$size" "$work/yaml/changelog.yaml"
  form=yaml changelog=changelog.yaml
  # The floor's script: basalt's update-sql for an empty database, one transaction per change-set.
  new_db
  engine_cmd basalt "$db"
  (cd "$work/yaml" && "${cmd[@]}" update-sql) | tee "$work/yaml.script.sql" |
    awk '/^-- Changeset /{ if (open) print "COMMIT;"; print "BEGIN;"; open=1 }
         /^-- Release Database Lock/{ if (open) print "COMMIT;"; open=0 }
         { print } END { if (open) print "COMMIT;" }' >"$work/floor.sql"
  # The server's own share, below which no engine can go: the same script sent as one query (psql's
  # \; joins statements into one request), so in one round trip and one transaction.
  (cd "$work/yaml" && "${cmd[@]}" update-sql) | perl -0pe 's/;\n\n(?=.)/ \\;\n\n/gs' >"$work/server.sql"
  python3 "$root/bench/to_formats.py" xml "$work/yaml/changelog.yaml" "$work/xml/changelog.xml"
  python3 "$root/bench/to_formats.py" sql "$work/yaml/changelog.yaml" "$work/sql/changelog.sql" "$work/yaml.script.sql"
  python3 "$root/bench/to_formats.py" project "$work/yaml/changelog.yaml" "$work/project" 200
  for ((r = 1; r <= repeat; r++)); do
    for form in $formats; do
      case $form in
        yaml|project) changelog=changelog.yaml ;;
        xml) changelog=changelog.xml ;;
        sql) changelog=changelog.sql ;;
        *) echo "bench: unknown changelog form '$form' (yaml, xml, sql, project)" >&2; exit 2 ;;
      esac
      engines="basalt liquibase"
      [ $((r % 2)) -eq 0 ] && engines="liquibase basalt"
      for engine in $engines; do
        [ "$engine" = liquibase ] && [ -z "$liquibase_bin" ] && continue
        bench_engine "$size" "$engine" "$r"
      done
      if [ "$r" = 1 ] && [ -n "$liquibase_bin" ]; then
        compare "$size" tracker "$work/liquibase-tracker.tsv" "$work/basalt-tracker.tsv"
        compare "$size" schema "$work/liquibase-schema.sql" "$work/basalt-schema.sql"
        compare "$size" update-sql <(script "$work/liquibase-update.sql") <(script "$work/basalt-update.sql")
      fi
    done
    form=yaml
    new_db
    measure "$size" floor update /dev/null psql -X -q -v ON_ERROR_STOP=1 -f "$work/floor.sql" "$(url "$db")"
    [ "$(rows "$db")" = "$size" ] || { echo "bench: the floor's replay recorded $(rows "$db") of $size change-sets" >&2; exit 1; }
    new_db
    measure "$size" server update /dev/null psql -X -q -v ON_ERROR_STOP=1 -f "$work/server.sql" "$(url "$db")"
    [ "$(rows "$db")" = "$size" ] || { echo "bench: the one-query replay recorded $(rows "$db") of $size change-sets" >&2; exit 1; }
  done
  psql "$server" -At -c "SELECT 'DROP DATABASE ' || datname || ';' FROM pg_database WHERE datname LIKE 'bench_%'" |
    psql "$server" -q >/dev/null
done

revision="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- . ':!bench/results' 2>/dev/null || echo '+changes')"
{
  echo "\`$command_line\` on $(nproc) CPUs, PostgreSQL $(psql "$server" -At -c 'SHOW server_version' | cut -d' ' -f1) on loopback;" \
       "basalt $revision," \
       "$( [ -n "$liquibase_bin" ] && echo 'Liquibase 4.28 (npm liquibase@4.28.1)' || echo 'no Liquibase')."
  python3 "$root/bench/summarize.py" "$samples" "$repeat"
  if [ -n "$liquibase_bin" ]; then
    echo
    if [ -s "$notes" ]; then echo "Differences between the engines (first repetition):"; cat "$notes"
    else echo "Tracker rows, resulting schema and update-sql scripts: identical between basalt and Liquibase at every size."; fi
  fi
} | tee "$results/latest.md"
