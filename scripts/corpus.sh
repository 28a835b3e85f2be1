#!/usr/bin/env bash
# Runs basalt on the real-world changelogs of tests/corpus as Liquibase 4.28 ran them, and compares
# what it leaves with what Liquibase left (expected*/: tracker rows with MD5SUM, pg_dump schema).
# Prints one line per case; exits 1 when a case that basalt must run differs.
#   scripts/corpus.sh [SERVER]   SERVER: a libpq URI or key=value string where databases may be created;
#                                without it a throwaway server is started (scripts/pg-scratch.sh).
# Needs BASALT_BINARY, or a dev build in build/dev.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
basalt=${BASALT_BINARY:-$root/build/dev/basalt}
[ -x "$basalt" ] || { echo "corpus: no basalt binary at $basalt (build first, or set BASALT_BINARY)" >&2; exit 2; }
work=$(mktemp -d -t basalt-corpus.XXXXXX)
chmod 755 "$work"
cleanup=("rm -rf '$work'")
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
if [ -n "${1:-}" ]; then
  server=$1
else
  server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
  cleanup=("'$root/scripts/pg-scratch.sh' stop '$work/pg'" "${cleanup[@]}")
fi
export TZ=UTC  # dates print in the zone of the run, as Liquibase's did in the JVM's

failures=0
n=0
# case NAME DIR CHANGELOG EXPECTED REQUIRED [ARGS...]: REQUIRED "yes" when basalt must reproduce it,
# "fails" when it must fail as Liquibase's update failed (exit 1, the database as Liquibase left it).
# ARGS may hold "--then": each part is one update run, in order, on the same database (as Liquibase's
# multi-step cases were run); the steps stop at the first that fails.
run_case() {
  local name=$1 dir=$2 changelog=$3 expected=$4 required=$5
  shift 5
  n=$((n + 1))
  local db=corpus_$$_$n
  psql "$server" -Xqc "CREATE DATABASE $db" >/dev/null
  cleanup=("psql '$server' -Xqc 'DROP DATABASE IF EXISTS $db WITH (FORCE)' >/dev/null" "${cleanup[@]}")
  local url
  case $server in
    postgres://*|postgresql://*) url=$(echo "$server" | sed -E 's#(//[^/?]*)(/[^?]*)?#\1/'"$db"'#') ;;
    *) url="$server dbname=$db" ;;
  esac
  local start end rc=0 step=1 steps=no
  local args=()
  case " $* " in *" --then "*) steps=yes ;; esac
  start=$(date +%s%N)
  while :; do
    args=()
    while [ $# -gt 0 ] && [ "$1" != --then ]; do args+=("$1"); shift; done
    (cd "$root/tests/corpus/$dir" && "$basalt" --url "$url" --changelog-file "$changelog" update ${args[@]+"${args[@]}"} \
       >"$work/$n.out" 2>"$work/$n.err") || rc=$?
    [ "$rc" -eq 0 ] && [ $# -gt 0 ] || break
    shift
    step=$((step + 1))
  done
  end=$(date +%s%N)
  local ms=$(((end - start) / 1000000))
  local seconds
  seconds=$(printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10)))
  local expected_dir=$root/tests/corpus/$dir/$expected
  local rows verdict detail
  rows=$(psql "$url" -XAtF $'\t' -c "SELECT id, author, filename, orderexecuted, exectype, md5sum, description
                                    FROM databasechangelog ORDER BY orderexecuted" 2>/dev/null || true)
  local want
  want=$(tail -n +2 "$expected_dir/tracker.tsv")
  local executed marked
  executed=$(grep -c $'\tEXECUTED\t' <<<"$rows" || true)
  marked=$(grep -c $'\tMARK_RAN\t' <<<"$rows" || true)
  local count=0
  [ -n "$rows" ] && count=$(wc -l <<<"$rows")
  pg_dump "$url" --schema-only --no-owner --no-privileges --exclude-table=public.databasechangelog \
    --exclude-table=public.databasechangeloglock 2>/dev/null | grep -vE '^-- Dumped (from|by) |^\\(un)?restrict' \
    >"$work/$n.schema" || true
  local schema_same=no tracker_same=no
  grep -vE '^\\(un)?restrict' "$expected_dir/schema.sql" | diff -q - "$work/$n.schema" >/dev/null && schema_same=yes
  [ "$rows" = "$want" ] && tracker_same=yes
  if [ "$required" = fails ] && [ "$rc" -eq 1 ] && [ $schema_same = yes ] && [ $tracker_same = yes ]; then
    verdict=PASS
    detail="fails as Liquibase's update does, $count rows and schema identical: $(grep -m1 -E 'error:|Error:' "$work/$n.err" | cut -c1-100)"
  elif [ "$required" != fails ] && [ "$rc" -eq 0 ] && [ $schema_same = yes ] && [ $tracker_same = yes ]; then
    verdict=PASS
    detail="$count rows ($executed EXECUTED, $marked MARK_RAN) and schema identical to Liquibase's"
  else
    verdict=FAIL
    detail="exit $rc; tracker rows $([ $tracker_same = yes ] && echo identical || echo differ) ($count of $(
      [ -n "$want" ] && wc -l <<<"$want" || echo 0)); schema $([ $schema_same = yes ] && echo identical || echo differs)"
    [ "$rc" -ne 0 ] && detail="$detail; $([ $steps = yes ] && echo "step $step: ")$(grep -m1 -E 'error:|Error:' "$work/$n.err" | cut -c1-160)"
    if [ "$required" != no ]; then failures=$((failures + 1)); else verdict="NOT YET"; fi
  fi
  printf '%-36s %-7s %6ss  %s\n' "$name" "$verdict" "$seconds" "$detail"
}

run_case gravitee-apim gravitee-apim liquibase/master.yml expected yes \
  -Dgravitee_prefix= -Dgravitee_rate_limit_prefix=
run_case liquibase-examples/yaml liquibase-examples yaml/example-changelog.yaml expected-yaml yes
run_case liquibase-examples/json liquibase-examples json/example-changelog.json expected-json yes
# MySQL's auto_increment: Liquibase's update fails on the first change-set, and so must basalt's.
run_case liquibase-examples/sql liquibase-examples sql/example-changelog.sql expected-sql fails
run_case liquibase-examples/xml liquibase-examples xml/example-changelog.xml expected-xml yes
# haitaton mixes YAML with formatted SQL and needs PostGIS (scripts/install-deps.sh installs it).
run_case haitaton-backend haitaton-backend/original db/changelog/db.changelog-master.yaml expected yes
# Keycloak's customChange classes were no-op stubs when Liquibase ran it.
run_case keycloak keycloak/original META-INF/jpa-changelog-master.xml expected-stubbed yes --custom-change=skip
for engine in app cmmn dmn; do
  run_case "flowable/$engine" "flowable/$engine" "org/flowable/$engine/db/liquibase/flowable-$engine-db-changelog.xml" expected yes
done
# The event registry without the change-set holding its customChange.
run_case flowable/eventregistry flowable/eventregistry/runnable \
  org/flowable/eventregistry/db/liquibase/flowable-eventregistry-db-changelog.xml expected yes
# XML with loadData from CSV files, in the app's dev profile.
run_case jhipster-sample-app jhipster-sample-app config/liquibase/master.xml expected yes --contexts=dev,faker
# Not reproduced yet: each line's NOT YET detail says where basalt stops.
# Liquibase's own PostgreSQL integration-test changelog, without the 5 change-sets of runnable/REMOVED.md,
# with the context its IT harness uses; loginUser feeds a runningAs precondition.
run_case liquibase-it-pgsql liquibase-it-pgsql/runnable changelogs/pgsql/complete/root.changelog.xml expected yes \
  --contexts=test -DloginUser=postgres
# Fineract without its 3 customChange change-sets (runnable/REMOVED.md): two update runs on one database,
# first with initial_switch then without, as its TenantDatabaseUpgradeService runs on a fresh database.
fineract_tenant=(-Dfineract.tenant.identifier=default -Dfineract.tenant.description=Default-Demo-Tenant
  -Dfineract.tenant.timezone=Asia/Kolkata -Dfineract.tenant.schema-name=fineract_default -Dfineract.tenant.host=localhost
  -Dfineract.tenant.port=5432 -Dfineract.tenant.username=postgres -Dfineract.tenant.password=postgres
  -Dfineract.tenant.parameters= -Dfineract.tenant.read-only-host= -Dfineract.tenant.read-only-port=
  -Dfineract.tenant.read-only-username= -Dfineract.tenant.read-only-password= -Dfineract.tenant.read-only-parameters=
  -Dfineract.tenant.read-only-name=)
run_case fineract/tenant-store fineract/runnable db/changelog/db.changelog-master.xml expected-tenant-store yes \
  --contexts=tenant_store_db,initial_switch,postgresql "${fineract_tenant[@]}" \
  --then --contexts=tenant_store_db,postgresql "${fineract_tenant[@]}"
run_case fineract/tenant fineract/runnable db/changelog/db.changelog-master.xml expected-tenant yes \
  --contexts=tenant_db,custom_changelog,initial_switch,default,postgresql "${fineract_tenant[@]}" \
  --then --contexts=tenant_db,custom_changelog,default,postgresql "${fineract_tenant[@]}"

if [ "$failures" -ne 0 ]; then
  echo "$failures corpus case(s) that basalt must run differ from Liquibase's"
  exit 1
fi
