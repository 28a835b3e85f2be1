#!/usr/bin/env bash
# Captures which change-sets a rollback may replay (rollback: {changeSetId, changeSetAuthor}) in
# real Liquibase 4.28: one read before it (backward.yaml), itself (self.yaml), one read after it
# (forward.yaml, forward.xml). Each changelog is given to update-sql on an empty database.
#   out/results.tsv   per changelog: Liquibase's exit code, then its "Exception Primary Reason" line
#                     (empty when it succeeded)
# Usage: tests/golden/liquibase/rollback-refs/capture.sh [SERVER]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD); without it a throwaway server is started (scripts/pg-scratch.sh).
set -euo pipefail
# shellcheck source=../oracle-setup.sh
source "$(dirname "$0")/../oracle-setup.sh"
here=$root/tests/golden/liquibase/rollback-refs
mkdir -p "$here/out"
: >"$here/out/results.tsv"
for changelog in backward.yaml self.yaml forward.yaml forward.xml; do
  rc=0
  (cd "$here" && "$liquibase" --show-banner=false --url="jdbc:postgresql://$host:$port/$db" --username="$user" \
     --password="${PGPASSWORD:-unused}" --changelog-file="$changelog" update-sql >"$work/stdout" 2>"$work/stderr") || rc=$?
  reason=$(sed -n 's/^ERROR: Exception Primary Reason:  //p' "$work/stderr" | head -1)
  printf '%s\t%s\t%s\n' "$changelog" "$rc" "$reason" >>"$here/out/results.tsv"
done
echo "capture: done" >&2
