#!/usr/bin/env bash
# Whole-process figures for BENCHMARKS.md: the import, start to first frame (from
# fork to the first frame written to a pseudo-terminal, by benches/first_frame.py),
# peak RSS, and what an idle board costs in 10 s (bytes written to the terminal,
# CPU time).
# Usage: benches/process.sh [ITEMS...]   (default: seed 100000).
# Needs tmux, script and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin duban --example genplan
bin=$PWD/target/release/duban
work=$(mktemp -d)
# The tmux server's socket lives in $work, so nothing is left behind.
sock=$work/tmux.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for size in "${@:-seed 100000}"; do
  db=$work/$size.db
  if [ "$size" = seed ]; then
    "$bin" --db "$db" list >/dev/null
  else
    ./target/release/examples/genplan "$size" >"$work/$size.txt"
    # Into a new database file each time; the last one is kept for the board.
    for _ in 1 2 3; do
      rm -f "$db" "$db-wal" "$db-shm"
      s=$(date +%s%N)
      "$bin" --db "$db" import "$work/$size.txt" >/dev/null
      echo $(( ($(date +%s%N) - s) / 1000000 ))
    done | median | sed "s/^/$size: import (read, parse, write; whole process; ms, median of 3): /"
  fi
  # Start to first frame, in a pseudo-terminal of 120x40; then `q`, and the time
  # from it to the exit (which first waits for the rest of the board to be read).
  python3 benches/first_frame.py 5 "$bin" --db "$db" >"$work/start"
  echo "$size: start to first frame (ms, median of 5): $(cut -d' ' -f1 "$work/start" | median)"
  echo "$size: q right after the first frame to exit (ms, median of 5): $(cut -d' ' -f2 "$work/start" | median)"
  # Peak RSS of the board process.
  rss=$( (sleep 0.5; printf q) | /usr/bin/time -f '%M' script -qec "$bin --db $db" /dev/null 2>&1 >/dev/null | tail -1)
  echo "$size: peak RSS: $((rss / 1024)) MB"
  # The same after a search, which builds the search index.
  rss=$( (sleep 0.5; printf '/督'; sleep 3; printf '\033'; sleep 0.5; printf q) | /usr/bin/time -f '%M' script -qec "$bin --db $db" /dev/null 2>&1 >/dev/null | tail -1)
  echo "$size: peak RSS after a search: $((rss / 1024)) MB"
  # Idle: bytes written and CPU time over 10 s with nothing happening.
  raw=$work/$size.raw
  tmux -S "$sock" new-session -d -s idle -x 120 -y 40 "sleep 0.3; exec $bin --db $db"
  tmux -S "$sock" pipe-pane -o -t idle "cat >> $raw"
  sleep 2
  pid=$(tmux -S "$sock" list-panes -t idle -F '#{pane_pid}')
  cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  b0=$(stat -c %s "$raw"); c0=$(cpu)
  sleep 10
  b1=$(stat -c %s "$raw"); c1=$(cpu)
  tck=$(getconf CLK_TCK)
  echo "$size: idle 10 s: $((b1 - b0)) bytes written, $(awk "BEGIN {print ($c1 - $c0) / $tck}") s CPU"
  tmux -S "$sock" kill-server
done
