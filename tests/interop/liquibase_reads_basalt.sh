#!/usr/bin/env bash
# Interop with real Liquibase 4.28 (the goldens it printed are compared without Java, in
# tests/pg/golden_test.cc; this script runs Liquibase itself):
#   1. on examples/bookshop, real Liquibase reads what basalt wrote: `status` finds nothing pending,
#      `update` runs nothing, and basalt then finds nothing to do either;
#   2. the round trip of a changelog full of unquoted YAML 1.1 scalars (tests/golden/liquibase/
#      scalars/roundtrip.yaml): migrated by Liquibase, basalt validates it and runs nothing; migrated
#      by basalt, Liquibase validates it and runs nothing.
# Needs BASALT_BINARY and BASALT_TEST_URL (a server where databases may be created). Exits 77
# (skipped) when Java, npm or the Liquibase package cannot be had.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${BASALT_BINARY:?}"
[ -n "${BASALT_TEST_URL:-}" ] || { echo "skipped: no test server (scripts/test.sh starts one)"; exit 77; }

liquibase=$("$root/tools/liquibase/get-liquibase.sh") || { echo "skipped: real Liquibase is not available"; exit 77; }
# BASALT_TEST_URL may be a URI or a key=value string: ask the server where it is (Liquibase needs TCP).
IFS=$'\t' read -r host port user < <(psql "$BASALT_TEST_URL" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac  # IPv6
db=interop_$$
url=postgresql://$user@$host:$port/$db
psql "$BASALT_TEST_URL" -Xqc "CREATE DATABASE $db" >/dev/null
trap 'psql "$BASALT_TEST_URL" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
basalt() { (cd "$root/examples" && "$BASALT_BINARY" --url "$url" --changelog-file bookshop/changelog.yaml "$@"); }
liquibase() {
  (cd "$root/examples" && "$liquibase" --show-banner=false --log-level=severe \
     --url="jdbc:postgresql://$host:$port/$db" --username="$user" --password="${PGPASSWORD:-unused}" \
     --changelog-file=bookshop/changelog.yaml "$@")
}
basalt update >/dev/null || fail "basalt update failed"

# 1. Liquibase reads basalt's tracker and lock tables.
before=$(psql "$url" -XAt -c "SELECT string_agg(id || md5sum || orderexecuted || deployment_id, ',' ORDER BY orderexecuted) FROM databasechangelog")
status=$(liquibase status --verbose 2>&1) || fail "liquibase status failed: $status"
grep -q "is up to date" <<<"$status" || fail "liquibase status sees pending change-sets: $status"
output=$(liquibase update 2>&1) || fail "liquibase update failed: $output"
grep -Eq "^Run: +0$" <<<"$output" || fail "liquibase update ran something: $output"
after=$(psql "$url" -XAt -c "SELECT string_agg(id || md5sum || orderexecuted || deployment_id, ',' ORDER BY orderexecuted) FROM databasechangelog")
[ "$before" = "$after" ] || fail "liquibase update changed the tracker rows"
[ "$(psql "$url" -XAt -c 'SELECT locked FROM databasechangeloglock WHERE id = 1')" = f ] || fail "lock row left held"

# And basalt reads what Liquibase left: nothing to do.
basalt status --verbose | grep -q "is up to date" || fail "basalt status after liquibase update is not up to date"

# 2. The round trip of unquoted scalars, both ways, each on a database of its own. Dates print in
#    the zone of the run: both tools run in UTC, as the goldens were captured.
export TZ=UTC
scalars=$root/tests/golden/liquibase/scalars
for first in liquibase basalt; do
  rdb=${db}_$first
  psql "$BASALT_TEST_URL" -Xqc "CREATE DATABASE $rdb" >/dev/null
  rurl=postgresql://$user@$host:$port/$rdb
  lb_rt() {
    (cd "$scalars" && "$liquibase" --show-banner=false --log-level=severe \
       --url="jdbc:postgresql://$host:$port/$rdb" --username="$user" --password="${PGPASSWORD:-unused}" \
       --changelog-file=roundtrip.yaml "$@")
  }
  bs_rt() { (cd "$scalars" && "$BASALT_BINARY" --url "$rurl" --changelog-file roundtrip.yaml "$@"); }
  if [ $first = liquibase ]; then
    lb_rt update >/dev/null 2>&1 || fail "liquibase update of roundtrip.yaml failed"
    bs_rt validate >/dev/null 2>&1 || fail "basalt validate refused what Liquibase recorded for roundtrip.yaml"
    out=$(bs_rt update 2>&1) || fail "basalt update after liquibase failed: $out"
    grep -Eq "^Run: +0$" <<<"$out" || fail "basalt ran something after liquibase: $out"
  else
    bs_rt update >/dev/null 2>&1 || fail "basalt update of roundtrip.yaml failed"
    lb_rt validate >/dev/null 2>&1 || fail "liquibase validate refused what basalt recorded for roundtrip.yaml"
    out=$(lb_rt update 2>&1) || fail "liquibase update after basalt failed: $out"
    grep -Eq "^Run: +0$" <<<"$out" || fail "liquibase ran something after basalt: $out"
  fi
  psql "$BASALT_TEST_URL" -Xqc "DROP DATABASE IF EXISTS $rdb WITH (FORCE)" >/dev/null
done

if [ "$failures" -ne 0 ]; then echo "$failures interop check(s) failed"; exit 1; fi
echo "interop with Liquibase 4.28: Liquibase runs nothing after basalt on bookshop; the unquoted-scalar changelog round-trips both ways"
