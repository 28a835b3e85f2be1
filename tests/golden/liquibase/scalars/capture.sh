#!/usr/bin/env bash
# Captures what real Liquibase 4.28 makes of unquoted YAML/JSON scalars, as goldens for basalt:
#   forms.update.sql, forms.table.tsv            forms.yaml: every YAML 1.1 form as author, comment, sql
#   forms.json.update.sql, forms.json.table.tsv  forms.json: the same through the JSON parser
#   attributes.update.sql                        attributes.yaml: forms as attributes of typed changes
#   roundtrip.update.sql, roundtrip.tracker.tsv  roundtrip.yaml: update-sql, then update and the tracker
#   errors.txt                                   errors/*: changelogs Liquibase refuses (or whose update fails)
# The *.update.sql files are update-sql against an empty database with the run-specific lines masked;
# *.table.tsv are one line per change-set (id, form as written, author, comments, sql text) read from
# that output; \N is NULL. Every run uses a fresh database and TZ=UTC (the text of timestamps depends
# on the JVM's zone). Liquibase runs from this folder, so FILENAME reads forms.yaml, errors/x.yaml.
# Usage: tests/golden/liquibase/scalars/capture.sh [SERVER]
#   SERVER: a libpq URI or key=value string for a server where databases may be created (trust
#   authentication or PGPASSWORD). Without it a throwaway server is started (scripts/pg-scratch.sh).
#   SCALARS_TZ=Zone and SCALARS_OUT=DIR (both for checking the zone dependence by hand only) run in
#   another zone and write the outputs elsewhere.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
out=${SCALARS_OUT:-$here}
export TZ=${SCALARS_TZ:-UTC}
liquibase=$("$root/tools/liquibase/get-liquibase.sh")
log=$(mktemp -d -t basalt-scalars.XXXXXX)
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
db=golden_scalars_$$
url=postgresql://$user@$host:$port/$db
cleanup=('psql "$server" -Xqc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' "${cleanup[@]}")

# An empty database for the next Liquibase run.
fresh() {
  psql "$server" -Xq -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "CREATE DATABASE $db" >/dev/null
}
# lb CHANGELOG COMMAND...: runs Liquibase from this folder, stderr to $log/stderr; returns its status.
lb() {
  local changelog=$1
  shift
  (cd "$here" && "$liquibase" --show-banner=false --log-level=severe \
     --url="jdbc:postgresql://$host:$port/$db" --username="$user" --password="${PGPASSWORD:-unused}" \
     --changelog-file="$changelog" "$@" 2>"$log/stderr" </dev/null)
}
must() {
  lb "$@" || { echo "capture: liquibase $* failed:" >&2; cat "$log/stderr" >&2; exit 1; }
}
# The lines that differ from run to run.
mask() {
  sed -E -e '/^-- (Ran at|Against|Liquibase version):/d' \
         -e "s/LOCKEDBY = '[^']*'/LOCKEDBY = '<LOCKEDBY>'/" \
         -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/" \
         -e "s/'[0-9]{10}', '([^']*)'\);$/'<DEPLOYMENT_ID>', '\1');/"
}
# Liquibase's message from stderr (the paragraph after "Unexpected error running Liquibase:"), on one
# line with \n for its line breaks and <TAB> for a tab, run-specific values masked.
message() {
  sed -n '/^Unexpected error running Liquibase: /,/^$/p' "$log/stderr" | sed '${/^$/d}' |
    sed -E -e 's/^Unexpected error running Liquibase: //' -e 's/\t/<TAB>/g' \
           -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]+/<DATEEXECUTED>/g' \
           -e "s/'[0-9]{10}'\)/'<DEPLOYMENT_ID>')/g" -e 's/, [0-9]{10}\)/, <DEPLOYMENT_ID>)/g' |
    awk 'NR > 1 { printf "\\n" } { printf "%s", $0 } END { print "" }'
}
# table CHANGELOG < update-sql output: id, the form as written, author, comments, the SQL text.
table() {
  perl -e '
    use strict; use warnings;
    my ($changelog) = @ARGV;
    open my $f, "<", $changelog or die "$changelog: $!";
    my (%form, $id);
    while (<$f>) {
      chomp;
      if (/"id":\s*"([^"]+)",\s*"author":\s*(.*?),\s*"comment":\s*(.*?),\s*"changes"/) {
        $form{$1} = $2 eq q("null-probe") ? $3 : $2;
      } elsif (/^\s+id: "([^"]+)"/) {
        $id = $1;
      } elsif (/^\s+author: (.*)$/ && $1 ne q("null-probe")) {
        $form{$id} = $1;
      } elsif (/^\s+comment:\s?(.*)$/ && !exists $form{$id}) {
        $form{$id} = $1 eq "" ? "(nothing)" : $1;
      }
    }
    my $lit = qr/NULL|\x27(?:[^\x27]|\x27\x27)*\x27/;
    sub text { my $v = shift; return "\\N" if $v eq "NULL"; $v =~ s/^\x27|\x27$//g; $v =~ s/\x27\x27/\x27/g; $v }
    local $/;
    for my $block (split /^-- Changeset /m, <STDIN>) {
      next unless $block =~ /^\S+::(\S+?)::/;
      my @lines = split /\n/, $block;
      shift @lines;
      my @sql;
      for (@lines) {
        last if /^INSERT INTO public\.databasechangelog /;
        next if /^-- |^SET SEARCH_PATH|^\s*$/;
        push @sql, $_;
      }
      $block =~ /VALUES \(($lit), ($lit), ($lit), NOW\(\), \d+, ($lit), ($lit), ($lit)/
        or die "no tracker insert for $block";
      print join("\t", text($1), $form{text($1)} // "?", text($2), text($6), join(" ", @sql)), "\n";
    }' "$here/$1"
}
update_sql() {  # CHANGELOG NAME
  fresh
  must "$1" update-sql >"$log/update.sql"
  mask <"$log/update.sql" >"$out/$2.update.sql"
}

update_sql forms.yaml forms
table forms.yaml <"$out/forms.update.sql" >"$out/forms.table.tsv"
update_sql forms.json forms.json
table forms.json <"$out/forms.json.update.sql" >"$out/forms.json.table.tsv"
update_sql attributes.yaml attributes
update_sql roundtrip.yaml roundtrip
must roundtrip.yaml update >/dev/null
psql "$url" -XAtF $'\t' -P null='\N' -c \
  "SELECT id, author, filename, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels
   FROM databasechangelog ORDER BY orderexecuted" >"$out/roundtrip.tracker.tsv"

# Each changelog under errors/: update-sql; when that passes, update on an empty database.
for f in "$here"/errors/*.yaml "$here"/errors/*.json; do
  grep -q "^${f##*/}	" "$here/errors/forms.tsv" || { echo "capture: ${f##*/} is not in errors/forms.tsv" >&2; exit 1; }
done
{
  echo "# file	form	command	exit	Liquibase's message (\\n = line break)"
  grep -v '^#' "$here/errors/forms.tsv" | while IFS=$'\t' read -r file form; do
    command=update-sql
    fresh
    status=0
    lb "errors/$file" update-sql >/dev/null || status=$?
    if [ "$status" -eq 0 ]; then
      command=update
      fresh
      lb "errors/$file" update >/dev/null || status=$?
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "errors/$file" "$form" "$command" "$status" "$(message)"
  done
} >"$out/errors.txt"
echo "captured into ${out#"$root"/}: $(wc -l <"$out/forms.table.tsv") + $(wc -l <"$out/forms.json.table.tsv") forms," \
     "$(wc -l <"$out/roundtrip.tracker.tsv") tracker rows, $(($(wc -l <"$out/errors.txt") - 1)) error cases"
