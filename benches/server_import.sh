#!/usr/bin/env bash
# Import and migrate at 100k on a PostgreSQL server (issue 18), for one or more
# builds in turns, each into a fresh database of one throwaway cluster:
#  - `duban --db URL import PLAN` as `boss`, the supervisor `server init` made (a
#    login role in duban_member: no superuser, no BYPASSRLS, every rule on);
#  - `duban --db FILE migrate --to URL` of the same plan imported into a file
#    (as the administrator, as migrate must run).
# After each, a checksum of each table's rows (ordered by every column) and of
# the whole, so that builds can be compared row for row; the clock is pinned
# (DUBAN_NOW) so the times agree. The server's own time in the import's
# statements (pg_stat_statements) says how much of the wall is the server's.
# Usage: benches/server_import.sh PLAN RUNS BIN...
#   PGOPTS=... more server settings
#   SUMS_DIR=DIR keeps each build's per-table checksums of its first run there
set -euo pipefail
cd "$(dirname "$0")/.."
plan=$1
runs=$2
shift 2
. benches/pg_cluster.sh
pg_work duban-import
trap pg_stop EXIT
pg_start -c shared_buffers=256MB -c max_wal_size=4GB -c shared_preload_libraries=pg_stat_statements
export DUBAN_NOW=2026-12-08T03:00:00Z DUBAN_MAX_IMPORT_MB=1024 DUBAN_CONFIG_DIR=$work/cfg
psql() { "$pgbin/psql" -X -q -At -h "$work" -p "$port" -U postgres "$@"; }
fresh() { # database name, binary: a database `server init` prepared, supervisor boss
  psql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "DROP ROLE IF EXISTS boss" -c "CREATE DATABASE $1"
  "$2" --lang en server init "postgresql:///$1?host=$work&port=$port&user=postgres" \
    --supervisor boss --office 办公室 >/dev/null
  psql -d "$1" -c "CREATE EXTENSION pg_stat_statements" # after init, which wants an empty database
}
statements() { # database: the statements boss ran, and the server's time in them
  psql -d "$1" -c "SELECT sum(calls) || ' statements, ' || round(sum(total_exec_time)::numeric / 1000, 1) || ' s in them on the server'
    FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'boss'"
}
sums() { # database: each table's rows' md5 (the counts tables too), then the whole's;
  # not the two tables `server init` writes at its own time (members, schema_version)
  local t all=""
  for t in $(psql -d "$1" -c "SELECT tablename FROM pg_tables WHERE schemaname = 'duban'
      AND tablename NOT IN ('members', 'schema_version') ORDER BY 1"); do
    local s
    s=$(psql -d "$1" -c "SELECT md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM duban.\"$t\" x")
    echo "$t $s"
    all+=$s
  done
  echo "all $(printf %s "$all" | md5sum | cut -c1-32)"
}
timed() { # the command's time; what it said to stderr in $work/said
  /usr/bin/time -o "$work/time" -f "%e s wall, %U + %S s CPU, %M kB peak" "$@" >/dev/null 2>"$work/said" ||
    { cat "$work/said" >&2; exit 1; }
  cat "$work/time"
}
for run in $(seq 1 "$runs"); do
  for bin in "$@"; do
    echo "== run $run, $bin"
    fresh imp "$bin"
    echo "import as boss: $(timed "$bin" --lang en --db "postgresql:///imp?host=$work&port=$port&user=boss" import "$plan")"
    echo "  $(statements imp)"
    sums imp >"$work/imp.sums"
    echo "  rows: $(psql -d imp -c 'SELECT count(*) FROM duban.items')-item board, $(tail -1 "$work/imp.sums")"
    if [ "$run" = 1 ] && [ -n "${SUMS_DIR:-}" ]; then
      cp "$work/imp.sums" "$SUMS_DIR/import-$(basename "$bin").sums"
    fi
    # One duban database a cluster (`server init` refuses a second one).
    psql -d postgres -c "DROP DATABASE imp"
    rm -f "$work/board.db"*
    "$bin" --lang en --db "$work/board.db" import "$plan" >/dev/null
    fresh mig "$bin"
    echo "migrate --to: $(timed "$bin" --lang en --db "$work/board.db" migrate --to "postgresql:///mig?host=$work&port=$port&user=postgres")"
    echo "  $(sums mig | tail -1)"
    psql -d postgres -c "DROP DATABASE mig"
  done
done
