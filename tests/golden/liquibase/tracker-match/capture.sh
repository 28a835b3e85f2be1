#!/usr/bin/env bash
# Captures how real Liquibase 4.28 matches a databasechangelog row to a change-set: changelog.yaml's
# one change-set is applied, its row's ID, AUTHOR and FILENAME are then rewritten (one variant per
# line of variants.tsv), and update is run again. If Liquibase takes the row for the change-set, the
# update runs nothing; otherwise it runs the CREATE TABLE again, which fails.
#   out/matches.tsv   per variant: id, author, filename as recorded, then "same" (the row is the
#                     change-set's: nothing ran) or "other" (the change-set ran again)
# Usage: tests/golden/liquibase/tracker-match/capture.sh [SERVER]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD); without it a throwaway server is started (scripts/pg-scratch.sh).
set -euo pipefail
# shellcheck source=../oracle-setup.sh
source "$(dirname "$0")/../oracle-setup.sh"
here=$root/tests/golden/liquibase/tracker-match
lb() {
  (cd "$here" && "$liquibase" --show-banner=false --url="jdbc:postgresql://$host:$port/$db" --username="$user" \
     --password="${PGPASSWORD:-unused}" --changelog-file=changelog.yaml update >"$work/stdout" 2>"$work/stderr")
}
lb || { echo "capture: the first update failed" >&2; cat "$work/stderr" >&2; exit 1; }
mkdir -p "$here/out"
: >"$here/out/matches.tsv"
while IFS=$'\t' read -r id author filename; do
  psql "$url" -Xq -v ON_ERROR_STOP=1 -v id="$id" -v author="$author" -v filename="$filename" \
    <<<"UPDATE databasechangelog SET id = :'id', author = :'author', filename = :'filename'"
  if lb; then verdict=same
  elif grep -q 'already exists' "$work/stderr"; then verdict=other
  else echo "capture: update failed for $id $author $filename:" >&2; cat "$work/stderr" >&2; exit 1
  fi
  # The row may only be the first one: a re-run that failed wrote nothing.
  [ "$(psql "$url" -XAtc 'SELECT count(*) FROM databasechangelog')" = 1 ] || { echo "capture: rows added" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\n' "$id" "$author" "$filename" "$verdict" >>"$here/out/matches.tsv"
done <"$here/variants.tsv"
echo "capture: done" >&2
