#!/usr/bin/env bash
# The board at 100k on SQLite and on a PostgreSQL server, side by side (issue 18):
# the 100k plan (`genplan 100000`) imported into a file, moved with `migrate --to`
# into a throwaway PostgreSQL cluster that `duban server init` prepared, then, in
# turns on the file and on the server, in a pseudo-terminal of 120x40:
#  - benches/first_frame.py RUNS (to the first frame, quit, CPU at the first frame);
#  - benches/board_keys.py KEYRUNS (first frame again, then j, l/h, L/H with its
#    write, the office filter and its clearing, each key to its frame).
# The server board connects as `boss`, the supervisor `server init` made: a login
# role in duban_member (no superuser, no BYPASSRLS, no --admin), trust on the socket.
# Then, on the server only, what the board asks: pg_stat_statements over one first
# frame (quit at once) and over one board_keys.py run (calls, rows, time per query).
# Usage: benches/server_board.sh [RUNS] [KEYRUNS]
#   BIN=path   a built binary (else `cargo build --release`)
#   DB=path    an imported 100k file to use (else generated and imported here)
#   PGOPTS=... more server settings
# Needs PostgreSQL 15+ (initdb, pg_ctl, pg_stat_statements) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
keyruns=${2:-2}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet --bin duban
  BIN=$PWD/target/release/duban
fi
. benches/pg_cluster.sh
pg_work duban-board
trap pg_stop EXIT

if [ -z "${DB:-}" ]; then
  cargo build --release --quiet --example genplan
  target/release/examples/genplan 100000 >"$work/plan.txt"
  DB=$work/100k.db
  /usr/bin/time -f "import: %e s wall, %U + %S s CPU, %M kB peak" \
    env DUBAN_MAX_IMPORT_MB=1024 "$BIN" --lang en --db "$DB" import "$work/plan.txt" >/dev/null
fi

pg_start -c shared_buffers=256MB -c max_wal_size=4GB -c shared_preload_libraries=pg_stat_statements
psql() { "$pgbin/psql" -X -q -At -h "$work" -p "$port" -U postgres -d duban "$@"; }
"$pgbin/psql" -X -q -h "$work" -p "$port" -U postgres -d postgres -c "CREATE DATABASE duban"
admin="postgresql:///duban?host=$work&port=$port&user=postgres"
url="postgresql:///duban?host=$work&port=$port&user=boss"
"$BIN" --lang en server init "$admin" --supervisor boss --office 办公室 >/dev/null
/usr/bin/time -f "migrate --to: %e s wall" "$BIN" --lang en --db "$DB" migrate --to "$admin" >/dev/null
# The migration leaves ~1 GB of WAL and dirty pages: written out here, so that the
# board's commits (its visit, its moves) do not wait behind the checkpoint's writes.
psql -c "VACUUM ANALYZE"
psql -c "CHECKPOINT"
psql -c "CREATE EXTENSION pg_stat_statements" # after init, which wants an empty database
echo "boss: $(psql -c "SELECT rolsuper, rolbypassrls, pg_has_role('boss', 'duban_member', 'member'),
  pg_has_role('boss', 'duban_owner', 'member') FROM pg_roles WHERE rolname = 'boss'")" \
  "(superuser, bypassrls, in duban_member, in duban_owner)"

export DUBAN_CONFIG_DIR=$work/cfg
file=("$BIN" --lang en --db "$DB")
server=("$BIN" --lang en --db "$url")
summary() { # label, then first_frame.py lines on stdin
  python3 -c '
import statistics, sys
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
f, q, c = (sorted(r[i] for r in rows) for i in range(3))
print(f"{sys.argv[1]:<7} first frame {f[0]:.1f}-{f[-1]:.1f} ms (median {statistics.median(f):.1f}),"
      f" CPU at it {c[0]:.1f}-{c[-1]:.1f} ms, q to exit {q[0]:.1f}-{q[-1]:.1f} ms")' "$1"
}
echo "== first frame (benches/first_frame.py, $runs runs each, in turns)"
ff_file=() ff_server=()
for _ in $(seq 1 "$runs"); do
  ff_file+=("$(benches/first_frame.py 1 "${file[@]}")")
  ff_server+=("$(benches/first_frame.py 1 "${server[@]}")")
done
printf '%s\n' "${ff_file[@]}" | summary sqlite
printf '%s\n' "${ff_server[@]}" | summary server
echo "== keys (benches/board_keys.py, $keyruns runs each, in turns; ms: median (max))"
for _ in $(seq 1 "$keyruns"); do
  echo "sqlite  $(benches/board_keys.py 1 "${file[@]}")"
  echo "server  $(benches/board_keys.py 1 "${server[@]}")"
done

top() {
  psql -F ' | ' -c "SELECT calls, rows, round(total_exec_time::numeric, 1) AS ms,
      regexp_replace(left(query, 110), '\s+', ' ', 'g')
    FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
    WHERE r.rolname = 'boss' ORDER BY total_exec_time DESC LIMIT ${1:-15}"
  psql -c "SELECT 'statements: ' || sum(calls) || ', their time: ' || round(sum(total_exec_time)::numeric, 1) || ' ms'
    FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = 'boss'"
}
echo "== the server's side of one first frame (pg_stat_statements; calls | rows | ms | query)"
psql -c "SELECT pg_stat_statements_reset()" >/dev/null
benches/first_frame.py 1 "${server[@]}" >/dev/null
sleep 1
top 20
echo "== the server's side of one board_keys.py run"
psql -c "SELECT pg_stat_statements_reset()" >/dev/null
DUBAN_J=${DUBAN_J:-30} benches/board_keys.py 1 "${server[@]}" >/dev/null
sleep 1
top 25
