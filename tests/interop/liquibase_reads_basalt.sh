#!/usr/bin/env bash
# Interop with real Liquibase 4.28 on examples/bookshop:
#   1. basalt's update-sql and rollback-count-sql print what Liquibase printed (goldens in
#      tests/golden/liquibase/bookshop, captured by tests/golden/liquibase/capture.sh);
#   2. after basalt's update the tracker rows equal Liquibase's own, column by column;
#   3. real Liquibase reads what basalt wrote: `status` finds nothing pending, `update` runs nothing.
# Needs BASALT_BINARY and BASALT_TEST_URL (a server where databases may be created). Exits 77
# (skipped) when Java, npm or the Liquibase package cannot be had.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
golden=$root/tests/golden/liquibase/bookshop
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
# Scripts compared without blank lines, Liquibase's SET SEARCH_PATH lines, and run-specific values.
script() {
  sed -E -e '/^(SET SEARCH_PATH.*)?$/d' -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/" "$@"
}
tracker() {
  psql "$url" -XAtF $'\t' -c "SELECT id, author, filename, orderexecuted, exectype, md5sum, description, comments,
    tag, liquibase, contexts, labels FROM databasechangelog ORDER BY orderexecuted"
}

# 1. The preview of an empty database is Liquibase's, statement for statement.
diff -u <(script "$golden/update.sql") <(basalt update-sql | script) >&2 || fail "update-sql differs from Liquibase's"

# 2. The tracker rows after update are Liquibase's.
basalt update >/dev/null
diff -u "$golden/tracker.tsv" <(tracker) >&2 || fail "tracker rows differ from Liquibase's"
diff -u <(script "$golden/rollback-3.sql") <(basalt rollback-count-sql 3 | script) >&2 ||
  fail "rollback-count-sql 3 differs from Liquibase's"

# 3. Liquibase reads basalt's tracker and lock tables.
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

if [ "$failures" -ne 0 ]; then echo "$failures interop check(s) failed"; exit 1; fi
echo "interop with Liquibase 4.28: update-sql, rollback-count-sql and tracker rows identical; Liquibase runs nothing after basalt"
