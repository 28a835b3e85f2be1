#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does with the data-loading change types (loadData, loadUpdateData,
# sqlFile), as goldens for basalt's tests. Modelled on tests/golden/liquibase/misc/capture.sh.
# One folder per topic under tests/golden/liquibase/load-data/: the changelogs and data files (inputs,
# committed by hand; .gitattributes keeps their bytes) and out/ (regenerated, wiped first):
#   out/commands.tsv        one line per Liquibase invocation: name, exit code, command line
#                           (<conn> = --url=jdbc:postgresql://<host>:<port>/<db> --username=<user>
#                           --password=<password>, given before everything else)
#   out/NAME.stdout/.stderr what that invocation printed, masked (see mask below)
#   out/NAME.tracker.tsv    databasechangelog afterwards: id, author, filename, orderexecuted,
#                           exectype, md5sum, description, comments, contexts, labels
#                           (tab-separated, NULL printed as <null>, a line break as \n)
#   out/NAME.rows.txt       the rows of the topic's tables after that invocation: per table a line
#                           "# table T (column type, ...)" then the rows ordered by every column,
#                           tab-separated, each value as an SQL literal of its text form ('...' with
#                           '' for a quote; \n, \r, \t and \\ escaped) and NULL as NULL
#   out/NAME.tables.txt     the tables of schema public
#   out/*.diff              comparisons
# Invocations run one at a time, with TZ=UTC (Liquibase parses and formats dates in the JVM's zone).
# Liquibase runs with the topic folder as working directory (or a copy of it under <work> where the
# topic edits files between runs), so FILENAME reads as given there.
# Usage: tests/golden/liquibase/load-data/capture.sh [SERVER [TOPIC...]]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD); "-" or nothing starts a throwaway server (scripts/pg-scratch.sh).
#   TOPIC: capture only these folders (default: all).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
base=$root/tests/golden/liquibase/load-data
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
lbhome=$(dirname "$liquibase")
work=$(mktemp -d -t basalt-load.XXXXXX)
chmod 755 "$work"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$work"' EXIT
server=${1:--}
if [ "$server" = - ]; then
  server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$work/pg"')
fi
all_topics=(values csv-format checksums load-update rollback sql-file)
if [ $# -ge 2 ]; then topics=("${@:2}"); else topics=("${all_topics[@]}"); fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac
password=${PGPASSWORD:-unused}
prefix=load$$_
# Liquibase reads LIQUIBASE_* variables and a liquibase.properties in the working directory.
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(LIQUIBASE_[A-Za-z0-9_]*\)=.*/\1/p')
unset JAVA_OPTS
export TZ=UTC

# --- helpers -----------------------------------------------------------------------------------
sq() { printf '%s' "$1" | sed -e 's/[]\/$*.^[]/\\&/g'; }  # escape for a sed regex
# The parts of Liquibase's output that differ from run to run or from machine to machine.
mask() {
  sed -E \
    -e "s/$(sq "$user")@jdbc:postgresql:/<user>@jdbc:postgresql:/g" \
    -e "s#jdbc:postgresql://$(sq "$host"):$port/$prefix#jdbc:postgresql://<host>:<port>/#g" \
    -e "s#$(sq "$work")#<work>#g; s#$(sq "$lbhome")#<liquibase-home>#g; s#$(sq "$root")#<root>#g" \
    -e "s/(Starting Liquibase at )[0-9:]+/\1<time>/" \
    -e "s/^\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}\]/[<timestamp>]/" \
    -e "s/PostgreSQL [0-9][0-9.]*( \([^)]*\))?/PostgreSQL <server version>/g" \
    -e "s/^(-- Ran at: ).*/\1<timestamp>/" \
    -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/g" \
    -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/g" \
    -e "s/'[0-9]{10}', '([^']*)'\)/'<DEPLOYMENT_ID>', '\1')/g" \
    -e "s/(Using deploymentId: )[0-9]+/\1<DEPLOYMENT_ID>/" \
    -e "s/( ran successfully in )[0-9]+ms/\1<n>ms/" \
    -e "s/(Computed checksum for )[0-9]+ as [0-9a-f]+/\1<n> as <md5>/" \
    -e "s/@[0-9a-f]{5,8}\b/@<hash>/g"
}
# newdb NAME: a fresh empty database; later commands of the topic use it.
newdb() {
  db=$1
  psql "$server" -Xqc "CREATE DATABASE $prefix$db" >/dev/null
  cleanup=("psql \"\$server\" -Xqc \"DROP DATABASE IF EXISTS $prefix$db WITH (FORCE)\" >/dev/null" "${cleanup[@]}")
}
url() { echo "postgresql://$user@$host:$port/$prefix$db"; }
conn=()
set_conn() {
  conn=("--url=jdbc:postgresql://$host:$port/$prefix$db" "--username=$user" "--password=$password")
}
# run NAME ARGS...: liquibase <conn> ARGS in folder $dir (the topic folder unless set otherwise).
run() { local name=$1; shift; set_conn; run_raw "$name" "${conn[@]}" "$@"; }
run_raw() {
  local name=$1 rc=0; shift
  [ ! -e "$out/$name.stdout" ] || { echo "capture: $name captured twice" >&2; exit 1; }
  (cd "$dir" && "$liquibase" "$@" </dev/null >"$work/stdout" 2>"$work/stderr") || rc=$?
  mask <"$work/stdout" >"$out/$name.stdout"
  mask <"$work/stderr" >"$out/$name.stderr"
  local shown=() a
  for a in "$@"; do
    case $a in
      --url=jdbc:postgresql://*) shown+=("<conn>") ;;
      --username=*|--password=*) ;;
      *) shown+=("$a") ;;
    esac
  done
  printf '%s\t%s\t%s\n' "$name" "$rc" "liquibase ${shown[*]}" >>"$out/commands.tsv"
  echo "  $name: exit $rc" >&2
}
# lb NAME CHANGELOG COMMAND...: the usual invocation (no banner).
lb() { local name=$1 cl=$2; shift 2; run "$name" --show-banner=false --changelog-file="$cl" "$@"; }
sql() { psql "$(url)" -XqAt -v ON_ERROR_STOP=1 "$@"; }
# tracker NAME: the databasechangelog rows.
tracker() {
  if [ "$(sql -c "SELECT to_regclass('public.databasechangelog') IS NOT NULL")" = t ]; then
    sql -F $'\t' -P null='<null>' -c "SELECT id, author, filename, orderexecuted, exectype, md5sum,
       replace(description, E'\\n', '\\n'), replace(comments, E'\\n', '\\n'), contexts, labels
       FROM databasechangelog ORDER BY orderexecuted, id" \
      >"$out/$1.tracker.tsv"
  else
    echo "(no table databasechangelog)" >"$out/$1.tracker.tsv"
  fi
}
# tables NAME: the tables of schema public.
tables() {
  { echo "# tables in schema public"
    sql -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
  } >"$out/$1.tables.txt"
}
# rows NAME [TABLE...]: the rows of the tables (default: every table of schema public but the
# tracker tables), see the header.
rows() {
  local name=$1 t cols expr order; shift
  local list=("$@")
  if [ ${#list[@]} -eq 0 ]; then
    mapfile -t list < <(sql -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public'
      AND tablename NOT IN ('databasechangelog', 'databasechangeloglock') ORDER BY tablename")
  fi
  for t in "${list[@]}"; do
    if [ "$(sql -c "SELECT to_regclass('public.$t') IS NOT NULL")" != t ]; then
      echo "# table $t does not exist"; continue
    fi
    cols=$(sql -c "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = 'public.$t'::regclass AND attnum > 0 AND NOT attisdropped")
    expr=$(sql -c "SELECT string_agg(format('CASE WHEN %1\$I IS NULL THEN ''NULL'' ELSE '''''''' ||
        replace(replace(replace(replace(replace(%1\$I::text, E''\\\\'', E''\\\\\\\\''), E''\\n'', E''\\\\n''),
        E''\\r'', E''\\\\r''), E''\\t'', E''\\\\t''), '''''''', '''''''''''') || '''''''' END', attname),
        ' || E''\\t'' || ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = 'public.$t'::regclass AND attnum > 0 AND NOT attisdropped")
    order=$(sql -c "SELECT string_agg(format('%I', attname), ', ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = 'public.$t'::regclass AND attnum > 0 AND NOT attisdropped")
    echo "# table $t ($cols)"
    sql -c "SELECT $expr FROM public.$t ORDER BY $order"
  done >"$out/$name.rows.txt"
}
# mask_now FILE...: the current date (and the day before and after, and a year before) and any time
# of day, in the files of a load that used NOW / TODAY.
mask_now() {
  local f d0 dp1 dm1 dy
  d0=$(date -u +%F); dp1=$(date -u -d tomorrow +%F); dm1=$(date -u -d yesterday +%F); dy=$(date -u -d '1 year ago' +%F)
  for f in "$@"; do
    sed -E -i -e "s/$d0/<today>/g; s/$dp1/<today+1d>/g; s/$dm1/<today-1d>/g; s/$dy/<today-1y>/g" \
      -e "s/[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?/<time>/g" "$f"
  done
}
start_topic() {
  dir=$base/$1
  out=$dir/out
  rm -rf "$out"
  mkdir -p "$out"
  : >"$out/commands.tsv"
  echo "capture: $1" >&2
}
# lbi NAME CHANGELOG COMMAND...: the same with --log-level=info; the Java stack traces are dropped
# from its stderr (lines "<tab>at ..." and "<tab>... N more").
lbi() {
  local name=$1 cl=$2; shift 2
  run "$name" --show-banner=false --log-level=info --changelog-file="$cl" "$@"
  grep -vE $'^\t(at |\\.\\.\\. [0-9]+ more)' "$out/$name.stderr" >"$work/stderr.f" || true
  mv "$work/stderr.f" "$out/$name.stderr"
}

# --- topics --------------------------------------------------------------------------------------
# 1. How cells become SQL values, per column type, with and without column configs.
topic_values() {
  # update-sql before the tables exist: no metadata to read
  newdb v_empty
  lb update-sql.empty-db changelog.xml update-sql
  # the tables exist (change-set "schema" applied), then the loads
  newdb v
  lb update-count.schema changelog.xml update-count --count=1
  lb update-sql changelog.xml update-sql
  lbi update changelog.xml update
  tracker update
  rows update
  # the same loads with usePreparedStatements="true"
  newdb v_prepared
  lb prepared.update-count.schema prepared.xml update-count --count=1
  lb prepared.update-sql prepared.xml update-sql
  lbi prepared.update prepared.xml update
  tracker prepared.update
  rows prepared.update
  # text and bytea columns (CLOB and BLOB load types)
  newdb v_lobs
  lb lobs.update-count.schema lobs.xml update-count --count=1
  lbi lobs.update-sql lobs.xml update-sql
  lbi lobs.update lobs.xml update
  tracker lobs.update
  rows lobs.update
  newdb v_text_np
  lb text-no-prepared.update text-no-prepared.xml update
  tracker text-no-prepared.update
  newdb v_text_mf
  lb text-missing-file.update text-missing-file.xml update
  tracker text-missing-file.update
  rows text-missing-file.update
  # cells that are not dates, numbers, booleans
  newdb v_odd
  lb odd.update-count.schema odd.xml update-count --count=1
  lbi odd.update-sql odd.xml update-sql
  lbi odd.update odd.xml update
  tracker odd.update
  rows odd.update
  newdb v_now
  lb now.update-count.schema now.xml update-count --count=1
  lbi now.update-sql now.xml update-sql
  lbi now.update now.xml update
  tracker now.update
  rows now.update
  mask_now "$out"/now.update-sql.stdout "$out"/now.update.rows.txt
  # the load type taken from the metadata, per column type (update-sql only)
  newdb v_meta_types
  lb meta-types.update-count.schema meta-types.xml update-count --count=1
  lb meta-types.update-sql meta-types.xml update-sql
  # rows per INSERT statement
  newdb v_batch
  lb batch.update-count.schema batch.xml update-count --count=1
  lb batch.update-sql batch.xml update-sql
  lb batch.update batch.xml update
  tracker batch.update
  local t
  for t in rows_51 rows_52 rows_102 rows_103; do
    echo "$t $(sql -c "SELECT count(*) || ' rows, ids ' || min(id) || '..' || max(id) FROM $t")"
  done >"$out/batch.update.counts.txt"
  # a header naming no column of the table; a table that does not exist
  newdb v_unknown_col
  lb unknown-column.update unknown-column.xml update
  tracker unknown-column.update
  rows unknown-column.update
  newdb v_no_table
  lb no-table.update-sql no-table.xml update-sql
  lb no-table.update no-table.xml update
  tracker no-table.update
}

# 2. Reading the CSV file: format attributes, headers, column configs, defaults; errors.
topic_csv_format() {
  newdb csv
  lb update-count.schema changelog.xml update-count --count=1
  lbi update-sql changelog.xml update-sql
  lbi update changelog.xml update
  tracker update
  rows update
  newdb csv_errors
  lb errors.update-count.schema errors.xml update-count --count=1
  lbi errors.update-sql errors.xml update-sql
  lbi errors.update errors.xml update
  tracker errors.update
  local f
  for f in missing-file more-cells unterminated xml-empty-attribute; do
    newdb csv_fail_${f//-/_}
    lb fail-$f.update fail-$f.xml update
    tracker fail-$f.update
  done
  newdb csv_fail_relative_missing
  lb fail-relative-missing.update sub/fail-relative-missing.xml update
  tracker fail-relative-missing.update
  newdb csv_relative
  lb relative.update-count.schema relative.xml update-count --count=1
  lb relative.update-sql relative.xml update-sql
  lb relative.update relative.xml update
  tracker relative.update
  rows relative.update
}

# 3. What of the CSV file counts in the MD5SUM; editing an applied file.
topic_checksums() {
  newdb ck
  lbi update changelog.xml update
  tracker update
  rows update
  # the rule of README.md, recomputed
  python3 "$dir/rule.py" "$dir" >"$out/rule-check.txt" || { echo "capture: checksums/rule.py disagrees" >&2; exit 1; }
  # the edit flow, in a copy of edit/ (data.csv is replaced between runs)
  newdb ck_edit
  mkdir -p "$work/edit"
  cp "$dir"/edit/* "$work/edit/"
  local topic_dir=$dir
  dir=$work/edit
  lb edit.update changelog.xml update
  tracker edit.update
  cp "$dir/data.crlf-and-comment.csv" "$dir/data.csv"
  lb edit.crlf-and-comment.status changelog.xml status --verbose
  lb edit.crlf-and-comment.update changelog.xml update
  tracker edit.crlf-and-comment.update
  cp "$dir/data.quoted.csv" "$dir/data.csv"
  lb edit.quoted.status changelog.xml status --verbose
  lb edit.quoted.validate changelog.xml validate
  lb edit.quoted.update changelog.xml update
  tracker edit.quoted.update
  rows edit.quoted.update
  dir=$topic_dir
}

# 4. loadUpdateData: primary keys, onlyUpdate, the SQL.
topic_load_update() {
  newdb lu_empty
  lb update-sql.empty-db changelog.xml update-sql
  newdb lu
  lb update-count.schema changelog.xml update-count --count=1
  rows update-count.schema
  lbi update-sql changelog.xml update-sql
  lbi update changelog.xml update
  tracker update
  rows update
  newdb lu_twice
  lb run-twice.update run-twice.xml update
  tracker run-twice.update
  rows run-twice.update
}

# 5. rollback-count of loads.
topic_rollback() {
  newdb rb
  lb update changelog.xml update
  tracker update
  rows update
  local i
  for i in 1 2 3 4; do
    lb rollback-sql.$i changelog.xml rollback-count-sql --count=1
    lb rollback.$i changelog.xml rollback-count --count=1
    tracker rollback.$i
    rows rollback.$i
  done
  # the loadData without rollback, together with the change-set before it
  lb rollback-sql.count-2 changelog.xml rollback-count-sql --count=2
}

# 6. sqlFile.
topic_sql_file() {
  newdb sf_empty
  lb update-sql.empty-db changelog.xml update-sql
  newdb sf
  lbi update changelog.xml update
  tracker update
  rows update
  lb status.after-update changelog.xml status --verbose
  newdb sf_ck
  lb checksums.update-sql checksums.xml update-sql
  # the rule of README.md, recomputed
  python3 "$dir/rule.py" "$dir" >"$out/rule-check.txt" || { echo "capture: sql-file/rule.py disagrees" >&2; exit 1; }
  newdb sf_missing
  lb fail-missing.update fail-missing.xml update
  tracker fail-missing.update
}

for t in "${topics[@]}"; do
  start_topic "$t"
  "topic_${t//-/_}"
done
# Nothing of this machine may stay in the goldens.
if grep -rlE "$(sq "$root")|$(sq "$work")|$(sq "$lbhome")|/tmp/|/home/|/root/|/work/" \
     --include='*.stdout' --include='*.stderr' --include='*.sql' --include='*.txt' --include='*.tsv' "$base"; then
  echo "capture: a machine path is left in the files above" >&2
  exit 1
fi
echo "capture: done" >&2
