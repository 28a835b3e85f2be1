#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does on PostgreSQL with the change types that make and change
# catalog objects other than tables and columns (sequences, views, procedures, remarks, lookup
# tables, merged columns, dropping foreign keys), with dropTable/dropColumn/defaultValueSequenceNext,
# output/stop/executeCommand, and what OSS says of change types it does not have. Goldens for
# basalt's tests. Modelled on tests/golden/liquibase/load-data/capture.sh.
# One folder per topic under tests/golden/liquibase/catalog/: the changelogs and their files (inputs,
# committed by hand) and out/ (regenerated, wiped first):
#   out/commands.tsv        one line per Liquibase invocation: name, exit code, command line
#                           (<conn> = --url=jdbc:postgresql://<host>:<port>/<db> --username=<user>
#                           --password=<password>, given before everything else)
#   out/NAME.stdout/.stderr what that invocation printed, masked (see mask below)
#   out/NAME.tracker.tsv    databasechangelog afterwards: id, author, filename, orderexecuted,
#                           exectype, md5sum, description, comments, contexts, labels
#                           (tab-separated, NULL printed as <null>, a line break as \n)
#   out/NAME.schema.sql     pg_dump --schema-only --no-owner --no-privileges of the database
#                           afterwards, the tracker tables left out, without the dump's boilerplate
#                           (the \restrict lines, "Dumped from/by", the SET lines)
#   out/NAME.rows.txt       the rows of the topic's tables after that invocation: per table a line
#                           "# table T (column type, ...)" then the rows ordered by every column,
#                           tab-separated, each value as an SQL literal of its text form ('...' with
#                           '' for a quote; \n, \r, \t and \\ escaped) and NULL as NULL
#   out/manual-steps.txt    what the script did to the database by hand between invocations (after a
#                           rollback Liquibase refused: the last tracker row deleted to go on)
# Rolling back: "rollback-sql.N.ID" / "rollback.N.ID" are rollback-count-sql --count=1 and
# rollback-count --count=1, N counting from the last change-set (ID) back to the first.
# Invocations run one at a time, with TZ=UTC. Liquibase runs with the topic folder as working
# directory (or a copy of it under <work> where the topic edits files between runs).
# Usage: tests/golden/liquibase/catalog/capture.sh [SERVER [TOPIC...]]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD); "-" or nothing starts a throwaway server (scripts/pg-scratch.sh).
#   TOPIC: capture only these folders (default: all).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
base=$root/tests/golden/liquibase/catalog
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
lbhome=$(dirname "$liquibase")
work=$(mktemp -d -t basalt-catalog.XXXXXX)
chmod 755 "$work"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$work"' EXIT
server=${1:--}
if [ "$server" = - ]; then
  server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$work/pg"')
fi
all_topics=(sequences views merge-columns lookup-table remarks drop-all-fks unknown-changes procedures
  drops-defaults output-stop-command)
if [ $# -ge 2 ]; then topics=("${@:2}"); else topics=("${all_topics[@]}"); fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac
password=${PGPASSWORD:-unused}
prefix=cat$$_
# Liquibase reads LIQUIBASE_* variables and a liquibase.properties in the working directory.
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(LIQUIBASE_[A-Za-z0-9_]*\)=.*/\1/p')
unset JAVA_OPTS
export TZ=UTC
# A quicker JVM start (C1 only, serial GC); nothing Liquibase prints depends on it.
export JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

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
# rows NAME: the rows of every table (schema-qualified unless in public) but the tracker tables, see
# the header.
rows() {
  local name=$1 t q cols expr order list
  mapfile -t list < <(sql -c "SELECT CASE WHEN schemaname = 'public' THEN '' ELSE schemaname || '.' END || tablename
    FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
    AND tablename NOT IN ('databasechangelog', 'databasechangeloglock') ORDER BY 1")
  for t in "${list[@]}"; do
    case $t in *.*) q=$t ;; *) q=public.$t ;; esac
    cols=$(sql -c "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = '$q'::regclass AND attnum > 0 AND NOT attisdropped")
    expr=$(sql -c "SELECT string_agg(format('CASE WHEN %1\$I IS NULL THEN ''NULL'' ELSE '''''''' ||
        replace(replace(replace(replace(replace(%1\$I::text, E''\\\\'', E''\\\\\\\\''), E''\\n'', E''\\\\n''),
        E''\\r'', E''\\\\r''), E''\\t'', E''\\\\t''), '''''''', '''''''''''') || '''''''' END', attname),
        ' || E''\\t'' || ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = '$q'::regclass AND attnum > 0 AND NOT attisdropped")
    order=$(sql -c "SELECT string_agg(format('%I', attname), ', ' ORDER BY attnum)
      FROM pg_attribute WHERE attrelid = '$q'::regclass AND attnum > 0 AND NOT attisdropped")
    echo "# table $t ($cols)"
    if [ -n "$expr" ]; then sql -c "SELECT $expr FROM $q ORDER BY $order"; fi
  done >"$out/$name.rows.txt"
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

# schema NAME: the catalog of the topic database, see the header.
schema() {
  pg_dump --schema-only --no-owner --no-privileges --exclude-table='public.databasechangelog*' "$(url)" |
    sed -E '/^\\(un)?restrict /d; /^-- Dumped (from|by) /d; /^SET /d; /^SELECT pg_catalog.set_config/d' |
    cat -s >"$out/$1.schema.sql"
}
# after NAME: tracker, schema (and rows when the topic sets with_rows=1) after invocation NAME.
with_rows=0
after() {
  tracker "$1"; schema "$1"
  if [ "$with_rows" = 1 ]; then rows "$1"; fi
}
# last_rc: the exit code of the last invocation.
last_rc() { tail -n 1 "$out/commands.tsv" | cut -f2; }
# rollback_each PREFIX CHANGELOG: as many times as change-sets are recorded, the last change-set's
# rollback-count-sql --count=1 and rollback-count --count=1, then tracker and catalog. Every
# change-set of CHANGELOG must have run. When Liquibase refuses a rollback, the state a rollback
# would have left is rebuilt on a fresh database by update-count --count=K-1 (K: the change-set's
# position), named PREFIXrollback.N.ID.rebuild, and the next rollback runs there
# (out/manual-steps.txt lists them). rollback-count runs only when rollback-count-sql did not fail,
# unless rb_always=1 (topic sequences: there both ran, and both were refused alike).
rb_always=0
rollback_each() {
  local p=$1 cl=$2 i id n k rc base_db=$db
  n=$(sql -c "SELECT count(*) FROM databasechangelog")
  for ((i = 1; i <= n; i++)); do
    k=$((n - i + 1))
    id=$(sql -c "SELECT id FROM databasechangelog ORDER BY orderexecuted DESC LIMIT 1")
    lb ${p}rollback-sql.$i.$id "$cl" rollback-count-sql --count=1
    if [ "$(last_rc)" = 0 ] || [ "$rb_always" = 1 ]; then
      lb ${p}rollback.$i.$id "$cl" rollback-count --count=1
      after ${p}rollback.$i.$id
    fi
    rc=$(last_rc)
    if [ "$rc" != 0 ] && [ $k -gt 1 ]; then
      newdb "${base_db}_r$i"
      lb ${p}rollback.$i.$id.rebuild "$cl" update-count --count=$((k - 1))
      echo "${p}rollback.$i.$id refused (exit $rc): continued on a fresh database brought to change-set $((k - 1)) by ${p}rollback.$i.$id.rebuild (update-count --count=$((k - 1)))" \
        >>"$out/manual-steps.txt"
    fi
  done
}
# standard PREFIX CHANGELOG: update-sql on an empty database, update, the catalog, then every
# recorded change-set rolled back one at a time. PREFIX (may be empty) names the outputs and the
# databases (with $dbbase).
standard() {
  local p=${1:+$1.} cl=$2
  newdb "${dbbase}_${1//-/_}_sql"
  lb ${p}update-sql "$cl" update-sql
  newdb "${dbbase}_${1//-/_}"
  lbi ${p}update "$cl" update
  after ${p}update
  if [ "$(sql -c "SELECT to_regclass('public.databasechangelog') IS NOT NULL")" = t ]; then
    rollback_each "$p" "$cl"
  fi
}

# --- topics --------------------------------------------------------------------------------------
# update_only PREFIX CHANGELOG: update-sql on an empty database, then update on another, the catalog.
update_only() {
  newdb "${dbbase}_${1//-/_}_sql"
  lb $1.update-sql "$2" update-sql
  newdb "${dbbase}_${1//-/_}"
  lbi $1.update "$2" update
  after $1.update
}

# 1. createSequence, alterSequence, renameSequence, dropSequence.
topic_sequences() {
  dbbase=seq rb_always=1
  standard "" changelog.xml
  rb_always=0
  update_only yaml changelog.yaml
  newdb seq_ordered
  lb ordered.update-sql ordered.xml update-sql
  lb ordered.update ordered.xml update
  after ordered.update
  newdb seq_cache0
  lb cache-zero.update-sql cache-zero.xml update-sql
  lbi cache-zero.update cache-zero.xml update
  after cache-zero.update
  newdb seq_alter_start
  lb alter-start.update-sql alter-start.xml update-sql
  lb alter-start.update alter-start.xml update
  after alter-start.update
  newdb seq_drop_cascade
  lb drop-cascade.update drop-cascade.xml update
  after drop-cascade.update
  update_only drop-cascade-yaml drop-cascade.yaml
}

# 2. createView, renameView, dropView.
topic_views() {
  dbbase=view
  standard "" changelog.xml
  update_only yaml changelog.yaml
  newdb view_replace
  lb replace.update-sql replace.xml update-sql
  run replace.update-sql.always-drop --show-banner=false --always-drop-instead-of-replace=true \
    --changelog-file=replace.xml update-sql
  lbi replace.update replace.xml update
  after replace.update
}

# 3. mergeColumns, with rows.
topic_merge_columns() {
  dbbase=merge with_rows=1
  standard "" changelog.xml
  update_only yaml changelog.yaml
  with_rows=0
}

# 4. addLookupTable, with rows.
topic_lookup_table() {
  dbbase=lookup with_rows=1
  standard "" changelog.xml
  update_only yaml changelog.yaml
  with_rows=0
}

# 5. setTableRemarks, setColumnRemarks (the comments are in the pg_dump output).
topic_remarks() {
  dbbase=remarks
  standard "" changelog.xml
  update_only yaml changelog.yaml
}

# 6. dropAllForeignKeyConstraints.
topic_drop_all_fks() {
  dbbase=fks
  standard "" changelog.xml
  # update-sql once the tables exist: the foreign keys are read from the database
  newdb fks_tables
  lb update-count.tables changelog.xml update-count --count=1
  lb update-sql.tables-exist changelog.xml update-sql
}

# 7. Change types of Liquibase Pro (or of no Liquibase) in an OSS run.
topic_unknown_changes() {
  newdb unk_xml
  lb add-check.update add-check.xml update
  after add-check.update
  newdb unk_xml_nv
  run add-check.update.no-validation --show-banner=false --validate-xml-changelog-files=false \
    --changelog-file=add-check.xml update
  after add-check.update.no-validation
  newdb unk_pro
  lb pro-namespace.update pro-namespace.xml update
  after pro-namespace.update
  local f n
  newdb unk_yaml
  for f in "$dir"/yaml/*.yaml; do
    n=$(basename "$f" .yaml)
    lb yaml-$n.update yaml/$n.yaml update
  done
  tracker yaml.after-all
}

# 8. createProcedure, dropProcedure; checksums of path and inline text; editing the file.
topic_procedures() {
  dbbase=proc with_rows=1
  standard "" changelog.xml
  with_rows=0
  update_only yaml changelog.yaml
  newdb proc_replace
  lb replace-if-exists.update replace-if-exists.xml update
  after replace-if-exists.update
  newdb proc_replace_mssql
  lb replace-if-exists-mssql.update-sql replace-if-exists-mssql.xml update-sql
  lb replace-if-exists-mssql.update replace-if-exists-mssql.xml update
  after replace-if-exists-mssql.update
  newdb proc_drop_function
  lbi drop-function.update drop-function.xml update
  after drop-function.update
  # the edit flow, in a copy of edit/ (proc.sql is replaced between runs)
  newdb proc_edit
  mkdir -p "$work/edit"
  cp "$dir"/edit/* "$work/edit/"
  local topic_dir=$dir
  dir=$work/edit
  lb edit.update changelog.xml update
  tracker edit.update
  cp "$dir/proc.v2.sql" "$dir/proc.sql"
  lb edit.v2.status changelog.xml status --verbose
  lb edit.v2.update changelog.xml update
  tracker edit.v2.update
  dir=$topic_dir
}

# 9. dropTable, dropColumn, defaultValueSequenceNext.
topic_drops_defaults() {
  dbbase=drops with_rows=1
  standard "" changelog.xml
  with_rows=0
  update_only yaml changelog.yaml
  newdb drops_no_cascade
  lb no-cascade.update-sql no-cascade.xml update-sql
  lbi no-cascade.update no-cascade.xml update
  after no-cascade.update
}

# 10. output, stop, executeCommand (run in a copy of the folder: the commands create files there).
topic_output_stop_command() {
  local topic_dir=$dir
  mkdir -p "$work/osc"
  cp "$dir"/*.xml "$dir"/*.yaml "$work/osc/"
  dir=$work/osc
  newdb osc_output_sql
  lb output.update-sql output.xml update-sql
  newdb osc_output
  lb output.update output.xml update
  tracker output.update
  newdb osc_output_info
  lbi output.update.info output.xml update
  newdb osc_output_fine
  run output.update.fine --show-banner=false --log-level=fine --changelog-file=output.xml update
  grep -E 'to (info|warn|debug|fatal)' "$out/output.update.fine.stderr" >"$work/fine" || true
  mv "$work/fine" "$out/output.update.fine.stderr"
  lb output.rollback-sql output.xml rollback-count-sql --count=1
  lb output.rollback-sql.3 output.xml rollback-count-sql --count=3
  lb output.rollback.3 output.xml rollback-count --count=3
  tracker output.rollback.3
  newdb osc_stop_sql
  lb stop.update-sql stop.xml update-sql
  newdb osc_stop
  lb stop.update stop.xml update
  after stop.update
  lb stop.update.again stop.xml update
  after stop.update.again
  lb stop.rollback-sql stop.xml rollback-count-sql --count=1
  newdb osc_stop_bare
  lb stop-bare.update stop-bare.xml update
  tracker stop-bare.update
  newdb osc_command_sql
  lbi command.update-sql command.xml update-sql
  ls "$dir" | grep '^ran-' >"$out/command.update-sql.files.txt" || true
  newdb osc_command
  lbi command.update command.xml update
  tracker command.update
  ls "$dir" | grep '^ran-' >"$out/command.update.files.txt" || true
  lb command.rollback-sql command.xml rollback-count-sql --count=1
  newdb osc_bad_timeout
  lb bad-timeout.update bad-timeout.xml update
  newdb osc_yaml
  lb yaml.update-sql changelog.yaml update-sql
  lbi yaml.update changelog.yaml update
  tracker yaml.update
  dir=$topic_dir
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

