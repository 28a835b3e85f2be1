#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does with examples/bookshop, as goldens for basalt's tests:
#   update.sql      update-sql against an empty database (run-specific lines masked)
#   tracker.tsv     databasechangelog after update (no dates or deployment ids)
#   rollback-3.sql  rollback-count-sql 3 after that update (masked likewise)
# Liquibase runs from examples/, as basalt's scripts do, so FILENAME reads bookshop/changes/....
# Usage: tests/golden/liquibase/capture.sh [SERVER]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD). Without it a throwaway server is started (scripts/pg-scratch.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
out=$root/tests/golden/liquibase/bookshop
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
log=$(mktemp -d -t basalt-capture.XXXXXX)
chmod 755 "$log"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$log"' EXIT
if [ $# -ge 1 ]; then
  server=$1
else
  server=$("$root/scripts/pg-scratch.sh" start "$log/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$log/pg"')
fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac
db=golden_$$
url=postgresql://$user@$host:$port/$db

psql "$server" -Xqc "CREATE DATABASE $db" >/dev/null
cleanup=('psql "$server" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' "${cleanup[@]}")
lb() {
  (cd "$root/examples" && "$liquibase" --show-banner=false --log-level=severe \
     --url="jdbc:postgresql://$host:$port/$db" --username="$user" --password="${PGPASSWORD:-unused}" \
     --changelog-file=bookshop/changelog.yaml "$@" 2>"$log/stderr") ||
    { echo "capture: liquibase $* failed:" >&2; cat "$log/stderr" >&2; exit 1; }
}
# The lines that differ from run to run.
mask() {
  sed -E -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/"
}

lb update-sql >"$log/update.sql"
mask <"$log/update.sql" >"$out/update.sql"
lb update >/dev/null
psql "$url" -XAtF $'\t' -c \
  "SELECT id, author, filename, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels
   FROM databasechangelog ORDER BY orderexecuted" >"$out/tracker.tsv"
lb rollback-count-sql --count=3 >"$log/rollback.sql"
mask <"$log/rollback.sql" >"$out/rollback-3.sql"
echo "captured into ${out#"$root"/}: $(wc -l <"$out/tracker.tsv") tracker rows"
