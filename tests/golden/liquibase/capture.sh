#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does with examples/bookshop, as goldens for basalt's tests:
#   update.sql    update-sql against an empty database (run-specific lines masked)
#   tracker.tsv   databasechangelog after update (no dates or deployment ids)
#   rollback-3.sql  rollback-count-sql 3 after that update (masked likewise)
# Usage: tests/golden/liquibase/capture.sh "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
# (a server where databases may be created; trust authentication).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
out=$root/tests/golden/liquibase/bookshop
server=$1
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$server")
db=golden_$$

psql "$server" -qc "CREATE DATABASE $db" >/dev/null
trap 'psql "$server" -qc "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
lb() {
  (cd "$root/examples" && "$liquibase" --show-banner=false --log-level=severe \
     --url="jdbc:postgresql://127.0.0.1:$port/$db" --username=postgres --password=unused \
     --changelog-file=bookshop/changelog.yaml "$@")
}
# The lines that differ from run to run.
mask() {
  sed -E -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/"
}

lb update-sql 2>/dev/null | mask >"$out/update.sql"
lb update >/dev/null 2>&1
psql "postgresql://postgres@127.0.0.1:$port/$db" -AtF $'\t' -c \
  "SELECT id, author, filename, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels
   FROM databasechangelog ORDER BY orderexecuted" >"$out/tracker.tsv"
lb rollback-count-sql --count=3 2>/dev/null | mask >"$out/rollback-3.sql"
echo "captured into ${out#$root/}: $(wc -l <"$out/tracker.tsv") tracker rows"
