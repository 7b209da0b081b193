#!/usr/bin/env bash
# What idle boards write: N boards (default 20) open on one database in tmux, then
# for SECONDS (default 60) nothing happens. Reports, per board and minute, the bytes
# each board process handed to write()/pwrite() (/proc/PID/io wchar: the board draws
# nothing while idle, so this is what it writes to the database, its log and side
# files) and the bytes that reached the disk (write_bytes), and the write calls.
# Usage: benches/idle_boards.sh [N] [SECONDS]   (BIN=path to use a built binary)
# Needs tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
secs=${2:-60}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet --bin duban
  BIN=$PWD/target/release/duban
fi
work=$(mktemp -d)
sock=duban-idle-$$
sockdir=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -f "$sockdir/$sock"; rm -rf "$work"' EXIT
db=$work/duban.db
"$BIN" --db "$db" list >/dev/null 2>&1
tmux -L $sock new-session -d -s idle -x 120 -y 40 "exec $BIN --db $db --as board0"
for k in $(seq 1 $((n - 1))); do
  tmux -L $sock new-window -t idle "exec $BIN --db $db --as board$k"
done
sleep 5
pids=$(tmux -L $sock list-panes -s -t idle -F '#{pane_pid}')
sum() { for p in $pids; do awk -v k="$1" '$1 == k":" {print $2}' "/proc/$p/io"; done | awk '{s += $1} END {print s + 0}'; }
w0=$(sum wchar); d0=$(sum write_bytes); c0=$(sum syscw)
sleep "$secs"
w1=$(sum wchar); d1=$(sum write_bytes); c1=$(sum syscw)
alive=$(for p in $pids; do [ -d /proc/$p ] && echo; done | wc -l)
per() { awk -v a="$1" -v b="$2" -v n="$n" -v s="$secs" 'BEGIN {printf "%.0f", (b - a) / n * 60 / s}'; }
echo "$n boards ($alive alive), idle ${secs} s: per board per minute: $(per "$w0" "$w1") bytes written (wchar), $(per "$d0" "$d1") bytes to disk (write_bytes), $(per "$c0" "$c1") write calls"
