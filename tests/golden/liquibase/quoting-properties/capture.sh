#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does with objectQuotingStrategy, changelog properties and
# removeChangeSetProperty on PostgreSQL, as goldens for basalt's tests. Modelled on
# tests/golden/liquibase/load-data/capture.sh (same layout, helpers and masking).
# One folder per topic under tests/golden/liquibase/quoting-properties/: the changelogs (inputs,
# committed by hand) and out/ (regenerated, wiped first):
#   out/commands.tsv        one line per Liquibase invocation: name, exit code, command line
#                           (<conn> = --url=jdbc:postgresql://<host>:<port>/<db> --username=<user>
#                           --password=<password>, given before everything else); environment
#                           variables set for that invocation are written before "liquibase"
#   out/NAME.stdout/.stderr what that invocation printed, masked (see mask below)
#   out/NAME.tracker.tsv    databasechangelog afterwards: id, author, filename, orderexecuted,
#                           exectype, md5sum, description, comments, contexts, labels
#                           (tab-separated, NULL printed as <null>, a line break as \n)
#   out/NAME.rows.txt       the rows of the topic's tables after that invocation: per table a line
#                           "# table T (column type, ...)" then the rows ordered by every column,
#                           tab-separated, each value as an SQL literal of its text form
#   out/NAME.catalog.txt    the objects of schemas public and app (tables, views, sequences,
#                           indexes, constraints, columns) with their names exactly as stored
#   out/*.tsv, *.diff       comparisons made from the files above
# Invocations run one at a time, with TZ=UTC, with no LIQUIBASE_* variable and no JAVA_OPTS unless
# commands.tsv shows one. Liquibase runs with the topic folder as working directory.
# Usage: tests/golden/liquibase/quoting-properties/capture.sh [SERVER [TOPIC...]]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD); "-" or nothing starts a throwaway server (scripts/pg-scratch.sh).
#   TOPIC: capture only these folders (default: all).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
base=$root/tests/golden/liquibase/quoting-properties
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
lbhome=$(dirname "$liquibase")
work=$(mktemp -d -t basalt-quoting.XXXXXX)
chmod 755 "$work"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$work"' EXIT
server=${1:--}
if [ "$server" = - ]; then
  server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$work/pg"')
fi
all_topics=(strategies properties remove-property)
if [ $# -ge 2 ]; then topics=("${@:2}"); else topics=("${all_topics[@]}"); fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac
password=${PGPASSWORD:-unused}
prefix=qp$$_
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
  (cd "$dir" && env "${run_env[@]}" "$liquibase" "$@" </dev/null >"$work/stdout" 2>"$work/stderr") || rc=$?
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
  printf '%s\t%s\t%s\n' "$name" "$rc" "${run_env[*]}${run_env[*]:+ }liquibase ${shown[*]}" >>"$out/commands.tsv"
  echo "  $name: exit $rc" >&2
}
run_env=()
# envrun VAR=VALUE... -- FUNCTION ARGS...: FUNCTION (lb, lbi, ...) with these variables added to
# Liquibase's environment.
envrun() {
  run_env=()
  while [ "$1" != -- ]; do run_env+=("$1"); shift; done
  shift
  "$@"
  run_env=()
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
# catalog NAME: the objects of schemas public and app, names as stored (see the header).
catalog() {
  sql -F $'\t' -c "SELECT n.nspname, CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
       WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' ELSE c.relkind::text END, c.relname,
       coalesce((SELECT string_agg(format('%s %s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
         CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
         coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')), ', ' ORDER BY a.attnum)
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v')), '')
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('public', 'app') AND c.relname NOT LIKE 'databasechangelog%'
     ORDER BY 1, 3" >"$out/$1.catalog.txt"
  sql -F $'\t' -c "SELECT 'constraint', conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint
     WHERE connamespace::regnamespace::text IN ('public', 'app')
       AND conrelid::regclass::text NOT LIKE 'databasechangelog%' ORDER BY 2, 3" >>"$out/$1.catalog.txt"
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
# md5s NAME FILE...: id, then the MD5SUM and DESCRIPTION each tracker file gave it, one line per id.
md5s() {
  local name=$1; shift
  python3 - "$@" >"$out/$name" <<'PY'
import sys, os
files = sys.argv[1:]
rows, ids = {}, []
for f in files:
    for line in open(f):
        c = line.rstrip('\n').split('\t')
        if len(c) < 7: continue
        if c[0] not in ids: ids.append(c[0])
        rows[(f, c[0])] = (c[5], c[6])
print('\t'.join(['id'] + [os.path.basename(f)[:-len('.tracker.tsv')] + ' ' + k for f in files for k in ('md5sum', 'description')]))
for i in ids:
    print('\t'.join([i] + [v for f in files for v in rows.get((f, i), ('-', '-'))]))
PY
}

# 1. objectQuotingStrategy: the same change-sets under each strategy set on databaseChangeLog; set
# on change-sets; overriding; includes; YAML; odd names.
topic_strategies() {
  local s
  for s in legacy legacy-explicit quote-all reserved; do
    newdb "q_${s//-/_}_sql"
    lb $s.update-sql $s.xml update-sql
    newdb "q_${s//-/_}"
    if [ $s != legacy-explicit ]; then
      # change-sets 1..18, the rollback SQL of 2..18 (all have an automatic rollback), then the rest
      lb $s.update-count-18 $s.xml update-count --count=18
      lb $s.rollback-count-sql-17 $s.xml rollback-count-sql --count=17
      catalog $s.update-count-18
    fi
    lb $s.update $s.xml update
    tracker $s.update
    catalog $s.update
    rows $s.update
  done
  md5s checksums.tsv "$out"/{legacy,legacy-explicit,quote-all,reserved}.update.tracker.tsv
  # legacy-explicit.xml against legacy.xml, its file and database names replaced by legacy's
  sed -e 's/legacy-explicit\.xml/legacy.xml/g; s/q_legacy_explicit_sql/q_legacy_sql/g' "$out/legacy-explicit.update-sql.stdout" |
    diff "$out/legacy.update-sql.stdout" - >"$out/legacy-vs-explicit.update-sql.diff" || true
  # a rollback that runs (LEGACY and QUOTE_ALL_OBJECTS): the last 5 of 2..18 after update-count 18
  for s in legacy quote-all reserved; do
    newdb "q_${s//-/_}_rb"
    lb $s.rb.update-count-18 $s.xml update-count --count=18
    lb $s.rb.rollback-count-5 $s.xml rollback-count --count=5
    catalog $s.rb.rollback-count-5
    tracker $s.rb.rollback-count-5
  done
  newdb q_cs_level
  lb changeset-level.update-sql changeset-level.xml update-sql
  lb changeset-level-yaml.update-sql changeset-level.yaml update-sql
  newdb q_override
  lb override.update-sql override.xml update-sql
  lb override.update override.xml update
  tracker override.update
  catalog override.update
  lb override.rollback-count-sql-3 override.xml rollback-count-sql --count=3
  newdb q_root_yaml
  lb root-level-yaml.update-sql root-level.yaml update-sql
  newdb q_names
  lb names.update-sql names.xml update-sql
  lbi names.update names.xml update
  tracker names.update
  catalog names.update
}

# 2. Changelog properties: definitions, sources and their precedence, scope, expansion, checksums.
topic_properties() {
  local envs=(BASALT_ORACLE_VAR=from-env BASALT_ORACLE_ENV_CL=from-env BASALT_ORACLE_ENV_CLI=from-env
    BASALT_ORACLE_ENV_DF=from-env BASALT_ORACLE_ENV_SYS=from-env)
  local jvm="JAVA_OPTS=-Dbasalt.sys.cl=from-jvm -Dbasalt.sys.cli=from-jvm -Dbasalt.sys.df=from-jvm -DBASALT_ORACLE_ENV_SYS=from-jvm"
  local cli=(-Dcl_cli=from-cli -Ddf_cli=from-cli -DBASALT_ORACLE_ENV_CLI=from-cli -Dbasalt.sys.cli=from-cli
    -Ddatabase.typeName=from-cli -Djava.specification.version=from-cli -Dcli_only=from-cli)
  newdb p
  # no source but the changelog
  lb update-sql changelog.xml update-sql
  # every source at once: environment, JVM system properties, -D after the command, defaults file
  envrun "${envs[@]}" "$jvm" -- run update-sql.all-sources --show-banner=false --defaults-file=defaults.properties \
    --changelog-file=changelog.xml update-sql "${cli[@]}"
  # each source alone
  envrun "${envs[@]}" -- lb update-sql.env changelog.xml update-sql
  envrun "$jvm" -- lb update-sql.jvm changelog.xml update-sql
  lb update-sql.cli changelog.xml update-sql "${cli[@]}"
  run update-sql.defaults --show-banner=false --defaults-file=defaults.properties --changelog-file=changelog.xml update-sql
  # -D before the command
  run update-sql.cli-before-command --show-banner=false --changelog-file=changelog.xml -Dcl_cli=from-cli update-sql
  # contexts and labels
  lb update-sql.contexts-prod changelog.xml update-sql --contexts=prod
  lb update-sql.contexts-test.labels-two changelog.xml update-sql --contexts=test --label-filter=two
  # the info log (the warning for the missing properties file)
  lbi update changelog.xml update
  tracker update
  # missing-property modes and escaping
  lb modes.update-sql modes.xml update-sql
  run modes.update-sql.missing-empty --show-banner=false --missing-property-mode=empty --changelog-file=modes.xml update-sql
  run modes.update-sql.missing-error --show-banner=false --missing-property-mode=error --changelog-file=modes.xml update-sql
  run modes.update-sql.escaping --show-banner=false --support-property-escaping=true --changelog-file=modes.xml update-sql
  # the same settings after the command: refused
  lb modes.update-sql.missing-empty-after-command modes.xml update-sql --missing-property-mode=empty
  # checksums: a property's value is hashed, not the reference
  newdb p_ck
  lb checksum.update checksum.xml update
  tracker checksum.update
  newdb p_ck_cli
  lb checksum.update.cli-other checksum.xml update -Dck.value=other
  tracker checksum.update.cli-other
  newdb p_ck_cli_same
  lb checksum.update.cli-same checksum.xml update "-Dck.value=same text"
  tracker checksum.update.cli-same
  md5s checksums.tsv "$out"/checksum.update.tracker.tsv "$out"/checksum.update.cli-other.tracker.tsv \
    "$out"/checksum.update.cli-same.tracker.tsv
  # the database.* properties only the connection knows (the server's version), in text and values
  newdb p_server
  lb server.update-sql server.xml update-sql
  lb server.update server.xml update
  tracker server.update
}

# 3. removeChangeSetProperty (addColumn's afterColumn, beforeColumn, position).
topic_remove_property() {
  newdb r
  lb update-sql changelog.xml update-sql
  lb update changelog.xml update
  tracker update
  catalog update
  lb rollback-count-sql-3 changelog.xml rollback-count-sql --count=3
  newdb r_ref
  lb reference.update reference.xml update
  tracker reference.update
  md5s checksums.tsv "$out"/update.tracker.tsv "$out"/reference.update.tracker.tsv
  newdb r_not_applied
  lb not-applied.update not-applied.xml update
  tracker not-applied.update
  # does afterColumn count in the checksum when it is not removed?
  lb not-applied.calculate-checksum not-applied.xml calculate-checksum --changeset-identifier=not-applied.xml::add-after::oracle
  newdb r_include
  lb include.update include.xml update
  tracker include.update
  newdb r_invalid
  lb invalid.update-sql invalid.xml update-sql
  newdb r_yaml
  lb early-yaml.update-sql early.yaml update-sql
  lb late-yaml.update-sql late.yaml update-sql
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
