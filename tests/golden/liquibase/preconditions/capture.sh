#!/usr/bin/env bash
# Captures what real Liquibase 4.28 does with preconditions on PostgreSQL, as goldens for basalt.
# Each scenario is a folder NN-name/ holding changelog.yaml (the root; Liquibase runs from that
# folder, so FILENAME reads changelog.yaml), maybe more changelog files, and `steps`, one step a line:
#   fresh                 drop and re-create the scenario's database (the first step must be one)
#   lb NAME ARGS...       run liquibase ARGS (connection and --changelog-file=changelog.yaml are
#                         added in front unless ARGS name a --changelog-file) into out/NAME.txt:
#                         the command, its exit code, its stdout and its stderr, run-specific values masked
#   tracker NAME          databasechangelog (no dates, deployment ids or versions) into out/NAME.tsv
#   objects NAME          the relations of every non-system schema into out/NAME.tsv
#   sql NAME QUERY...     any query's result into out/NAME.tsv
# Blank lines and lines starting with # are ignored. out/ is rewritten whole.
# Usage: tests/golden/liquibase/preconditions/capture.sh [SERVER] [SCENARIO...]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD), or "-" for a throwaway server (scripts/pg-scratch.sh), the default.
#   SCENARIO: folder names to capture (default: all). The goldens were captured as user postgres;
#   runningAs probes name that user.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
root=$(cd "$(dirname "$0")/../../../.." && pwd)
here=$root/tests/golden/liquibase/preconditions
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
log=$(mktemp -d -t basalt-capture.XXXXXX)
chmod 755 "$log"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done; rm -rf "$log"' EXIT
server=${1:--}
[ $# -ge 1 ] && shift
if [ "$server" = - ]; then
  server=$("$root/scripts/pg-scratch.sh" start "$log/pg")
  cleanup+=('"$root/scripts/pg-scratch.sh" stop "$log/pg"')
fi
IFS=$'\t' read -r host port user < <(psql "$server" -XAtF $'\t' -c \
  "SELECT coalesce(host(inet_server_addr()), 'localhost'), inet_server_port(), current_user")
case $host in *:*) host="[$host]" ;; esac

if [ $# -ge 1 ]; then scenarios=("$@"); else
  scenarios=(); for d in "$here"/*/; do [ -f "$d/steps" ] && scenarios+=("$(basename "$d")"); done
fi

# The values that differ from run to run, and anything naming this machine.
mask() {
  sed -E -e "s#jdbc:postgresql://$host:$port/$db#jdbc:postgresql://<SERVER>/<DB>#g" \
         -e "s#$root#<ROOT>#g" \
         -e 's/^(Starting Liquibase at |.*\] Starting Liquibase at )[0-9]{2}:[0-9]{2}:[0-9]{2} /\1<TIME> /' \
         -e 's/^\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\] /[<TIME>] /' \
         -e 's/(Using deploymentId: )[0-9]{10}/\1<DEPLOYMENT_ID>/' \
         -e 's/( ran successfully in )[0-9]+ms/\1<N>ms/' \
         -e 's/(liquibase\.[A-Za-z.]+)@[0-9a-f]+/\1@<HASH>/g' \
         -e 's/^(ERROR: Exception Primary Source: +PostgreSQL ).*/\1<VERSION>/' \
         -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/LOCKGRANTED = NOW\(\)/LOCKGRANTED = NOW()/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/"
}
query() {  # NAME QUERY: the result (header included) into out/NAME.tsv, or psql's error
  psql "$url" -XAF $'\t' -P footer=off -v VERBOSITY=terse -c "$2" >"$out/$1.tsv" 2>&1 || true
}

n=0
for scenario in "${scenarios[@]}"; do
  dir=$here/$scenario
  out=$dir/out
  rm -rf "$out"; mkdir -p "$out"
  n=$((n + 1))
  db=golden_pre_$$_$n
  url="$server dbname=$db"
  case $server in postgres://*|postgresql://*) url="$(echo "$server" | sed -E 's#(//[^/?]*)(/[^?]*)?#\1/'"$db"'#')" ;; esac
  cleanup=('psql "$server" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' "${cleanup[@]}")
  seen=" "
  while read -r kind name rest; do
    case $kind in ''|'#'*) continue ;; esac
    if [ -n "${name:-}" ]; then
      case $seen in *" $name "*) echo "capture: $scenario: step name $name used twice" >&2; exit 1 ;; esac
      seen="$seen$name "
    fi
    case $kind in
      fresh)
        psql "$server" -Xq -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null ;;
      lb)
        read -ra args <<<"$rest"
        conn=(--url="jdbc:postgresql://$host:$port/$db" --username="$user" --password="${PGPASSWORD:-unused}")
        case " $rest " in *" --changelog-file="*) ;; *) conn+=(--changelog-file=changelog.yaml) ;; esac
        rc=0
        (cd "$dir" && "$liquibase" --show-banner=false "${conn[@]}" "${args[@]}" >"$log/stdout" 2>"$log/stderr") || rc=$?
        { echo "\$ liquibase $rest"
          echo "[exit code $rc]"
          echo "[stdout]"; mask <"$log/stdout"
          echo "[stderr]"; mask <"$log/stderr"
        } >"$out/$name.txt" ;;
      tracker)
        query "$name" "SELECT id, author, filename, orderexecuted, exectype, md5sum, description, comments, contexts, labels
                       FROM databasechangelog ORDER BY orderexecuted" ;;
      objects)
        query "$name" "SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind
                       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                         AND c.relkind IN ('r', 'v', 'S', 'i') ORDER BY 1, 2" ;;
      sql)
        query "$name" "$rest" ;;
      *) echo "capture: $scenario: unknown step '$kind'" >&2; exit 1 ;;
    esac
  done <"$dir/steps"
  psql "$server" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  echo "captured $scenario: $(ls "$out" | wc -l) files"
done
