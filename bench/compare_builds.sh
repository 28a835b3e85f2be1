#!/usr/bin/env bash
# Two basalt builds side by side, alternating, on the same generated changelog (bench/gen_changelog.py)
# in a throwaway server: status and a no-op update on an up-to-date database (reading the changelog,
# checksums, the history) and update-sql against an empty one, each timed with /usr/bin/time. Prints
# the medians of wall time, user+sys CPU and peak RSS per build, and NEW's CPU as a ratio of OLD's.
# What a change did to the speed of reading, with the server's work kept small.
#
#   bench/compare_builds.sh OLD_BINARY NEW_BINARY [--size 5000] [--repeat 9] [--form yaml|xml|sql|project]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY [--size N] [--repeat N] [--form yaml|xml|sql|project]" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
shift 2
size=5000 repeat=9 form=yaml
while [ $# -gt 0 ]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --form) form=$2; shift 2 ;;
    *) echo "compare_builds: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "compare_builds: /usr/bin/time is missing (Debian package 'time')" >&2; exit 2; }
work=$(mktemp -d -t basalt-compare.XXXXXX)
chmod 755 "$work"
trap '"$root/scripts/pg-scratch.sh" stop "$work/pg"; rm -rf "$work"' EXIT
server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$server")
url() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
mkdir -p "$work/yaml"
python3 "$root/bench/gen_changelog.py" "$size" "$work/yaml/changelog.yaml"
case $form in
  yaml) changelog=changelog.yaml ;;
  xml) changelog=changelog.xml; mkdir -p "$work/xml"; python3 "$root/bench/to_formats.py" xml "$work/yaml/changelog.yaml" "$work/xml/changelog.xml" ;;
  sql) changelog=changelog.sql; mkdir -p "$work/sql"
    (cd "$work/yaml" && "$new" --url "$(url postgres)" --annotate=false --lock-timeout=none --statement-timeout=none --changelog-file changelog.yaml update-sql >"$work/script.sql")
    python3 "$root/bench/to_formats.py" sql "$work/yaml/changelog.yaml" "$work/sql/changelog.sql" "$work/script.sql" ;;
  project) changelog=changelog.yaml; python3 "$root/bench/to_formats.py" project "$work/yaml/changelog.yaml" "$work/project" 200 ;;
  *) echo "compare_builds: unknown form $form" >&2; exit 2 ;;
esac
psql "$server" -qc "CREATE DATABASE applied" -c "CREATE DATABASE empty" >/dev/null
(cd "$work/$form" && "$new" --url "$(url applied)" --changelog-file "$changelog" update >/dev/null 2>&1)
samples=$work/samples.tsv
: >"$samples"
measure() {  # BUILD OPERATION DB ARGS...
  local build=$1 op=$2 db=$3 bin wall user sys rss; shift 3
  if [ "$build" = old ]; then bin=$old; else bin=$new; fi
  (cd "$work/$form" && /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" --url "$(url "$db")" \
     --changelog-file "$changelog" "$@" >"$work/out" 2>"$work/err") ||
    { echo "compare_builds: $build $op failed:" >&2; tail -20 "$work/err" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%s\t%s\t%s\t%s\t%s\n' "$build" "$op" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" >>"$samples"
}
for r in $(seq "$repeat"); do
  for build in old new; do
    measure "$build" status applied status --verbose
    measure "$build" "no-op update" applied update
    measure "$build" update-sql empty update-sql
  done
done
python3 - "$samples" "$size" "$form" "$repeat" <<'PY'
import statistics, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
size, form, repeat = sys.argv[2:5]
print('%s change-sets (%s), medians of %s alternating runs' % (size, form, repeat))
print('| operation | old wall s | new wall s | old CPU s | new CPU s | new/old CPU | old RSS MB | new RSS MB |')
print('|---|---|---|---|---|---|---|---|')
for op in ['status', 'no-op update', 'update-sql']:
    m = {}
    for b in ['old', 'new']:
        sel = [r for r in rows if r[0] == b and r[1] == op]
        m[b] = [statistics.median(float(r[i]) for r in sel) for i in (2, 3, 4)]
    print('| %s | %.3f | %.3f | %.3f | %.3f | %.2f | %.1f | %.1f |' % (
        op, m['old'][0], m['new'][0], m['old'][1], m['new'][1], m['new'][1] / m['old'][1] if m['old'][1] else 0,
        m['old'][2] / 1024, m['new'][2] / 1024))
PY
