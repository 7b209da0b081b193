#!/usr/bin/env bash
# Boards on a PostgreSQL server (issue 18, "Live and light"), on a throwaway cluster:
#  1. a move seen on another board: a board open in tmux, `duban move` run MOVES
#     times (default 10); for each, the time from the command's exit (its write
#     committed) until the board's screen shows it (tmux capture every ~2 ms);
#  2. N idle boards (default 100) connected for SECONDS (default 60): the queries
#     their sessions started (pg_stat_activity.query_start changed), the
#     transactions the database committed (pg_stat_database.xact_commit, less the
#     measurement's own) and the WAL written (pg_stat_wal.wal_bytes, the whole
#     cluster's: autovacuum's runs, counted beside it, write some).
# Usage: benches/server_live.sh [N] [SECONDS] [MOVES]   (BIN=path to use a built binary;
#   PGOPTS="-c autovacuum=off" keeps autovacuum's own work out of the counts)
# Needs tmux and PostgreSQL (initdb, pg_ctl; /usr/lib/postgresql/N/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
secs=${2:-60}
moves=${3:-10}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet --bin duban
  BIN=$PWD/target/release/duban
fi
. benches/pg_cluster.sh
pg_work duban-live
sock=duban-live-$$
cleanup() {
  tmux -L $sock kill-server 2>/dev/null || true
  pg_stop
}
trap cleanup EXIT
pg_start -c max_connections=$((n + 20))
psql() { "$pgbin/psql" -X -q -At -h "$work" -p "$port" -U postgres -d duban "$@"; }
"$pgbin/psql" -X -q -h "$work" -p "$port" -U postgres -d postgres -c "CREATE DATABASE duban"
url="postgresql:///duban?host=$work&port=$port&user=boss"
"$BIN" --lang en server init "postgresql:///duban?host=$work&port=$port&user=postgres" \
  --supervisor boss --office 办公室 >/dev/null
"$BIN" --lang en --db "$url" import tests/fixtures/minimal.txt >/dev/null

board() { echo "env TERM=xterm-256color NO_COLOR=1 DUBAN_CONFIG_DIR=$work/cfg$1 $BIN --lang en --db '$url'"; }
tmux -L $sock new-session -d -s live -x 120 -y 30 "$(board 0)"
for _ in $(seq 1 50); do
  tmux -L $sock capture-pane -p -t live | grep -q "To do (3)" && break
  sleep 0.1
done

# 1. A move seen on another board.
lat=()
for k in $(seq 1 "$moves"); do
  if [ $((k % 2)) = 1 ]; then to=doing; want="In progress (1)"; else to=todo; want="To do (3)"; fi
  "$BIN" --lang en --db "$url" move 1 $to >/dev/null
  t0=$(date +%s%N)
  while ! tmux -L $sock capture-pane -p -t live | grep -q "$want"; do :; done
  t1=$(date +%s%N)
  lat+=($(((t1 - t0) / 1000000)))
done
sorted=$(printf '%s\n' "${lat[@]}" | sort -n)
echo "a move seen on another board (ms, $moves moves): median $(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'), max $(echo "$sorted" | tail -1); all: ${lat[*]}"

# 2. N idle boards.
for k in $(seq 1 $((n - 1))); do
  tmux -L $sock new-window -t live "$(board "$k")"
done
for _ in $(seq 1 100); do
  c=$(psql -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'duban' AND application_name = 'duban board'")
  [ "$c" -ge "$n" ] && break
  sleep 0.2
done
# Backends report their counts up to 10 s after they go idle: the boards' start
# (the visit they record, the cards they read) must be counted before the window.
sleep 15
snap() {
  psql -c "SELECT (SELECT string_agg(pid || '@' || query_start, ',' ORDER BY pid) FROM pg_stat_activity
                    WHERE datname = 'duban' AND application_name = 'duban board'),
                  (SELECT xact_commit FROM pg_stat_database WHERE datname = 'duban'),
                  (SELECT wal_bytes FROM pg_stat_wal),
                  (SELECT sum(autovacuum_count + autoanalyze_count) FROM pg_stat_all_tables)"
}
s0=$(snap)
sleep "$secs"
s1=$(snap)
boards=$(echo "$s0" | cut -d'|' -f1 | tr ',' '\n' | wc -l)
started=$(diff <(echo "$s0" | cut -d'|' -f1 | tr ',' '\n') <(echo "$s1" | cut -d'|' -f1 | tr ',' '\n') | grep -c '^>' || true)
x0=$(echo "$s0" | cut -d'|' -f2); x1=$(echo "$s1" | cut -d'|' -f2)
w0=$(echo "$s0" | cut -d'|' -f3); w1=$(echo "$s1" | cut -d'|' -f3)
a0=$(echo "$s0" | cut -d'|' -f4); a1=$(echo "$s1" | cut -d'|' -f4)
cpu=$(for p in $(tmux -L $sock list-panes -s -t live -F '#{pane_pid}'); do ps -o pcpu= -p "$p"; done | awk '{s += $1} END {printf "%.1f", s}')
# The measurement's own psql runs commit one transaction each (the first snapshot's).
echo "$boards idle boards, ${secs} s: boards' sessions that started a query: $started; transactions committed: $((x1 - x0 - 1)); WAL bytes: $((w1 - w0)) (autovacuum/autoanalyze runs meanwhile: $((a1 - a0))); boards' CPU (sum of %): $cpu"
