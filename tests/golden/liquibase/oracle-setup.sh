# Sourced by the small oracle captures (tracker-match, rollback-refs): fetches Liquibase, makes a work
# folder, starts a throwaway server unless SERVER ($1 of the capture) is given, and creates one empty
# database for the capture. Sets: root, liquibase, work, server, host, port, user, db, url; cleans up
# on exit. Liquibase's LIQUIBASE_* variables are unset and it starts with a quicker JVM.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
work=$(mktemp -d -t basalt-oracle.XXXXXX)
chmod 755 "$work"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$work"' EXIT
if [ -n "${1:-}" ]; then
  server=$1
else
  server=$("$root/scripts/pg-scratch.sh" start "$work/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$work/pg"')
fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(LIQUIBASE_[A-Za-z0-9_]*\)=.*/\1/p')
export JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
db=oracle_$$
url=postgresql://$user@$host:$port/$db
psql "$server" -Xqc "CREATE DATABASE $db" >/dev/null
cleanup=('psql "$server" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' "${cleanup[@]}")
