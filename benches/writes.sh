#!/usr/bin/env bash
# Acknowledged writes per second from the command line (issue 16, point 18): N
# `duban note` commands, one after another, each a whole process whose write is
# reported done only once committed; with another process holding the database
# open (a board's connection) the whole time.
# Usage: benches/writes.sh [BINARY] [N]   (default: target/release/duban, 300).
set -euo pipefail
bin=${1:-$PWD/target/release/duban}
n=${2:-300}
work=$(mktemp -d)
trap 'kill "$holder" 2>/dev/null || true; rm -rf "$work"' EXIT
db=$work/duban.db
"$bin" --db "$db" --as bench list >/dev/null 2>&1
# Another reader keeps the file (and its log) open, as an open board does.
python3 -c "
import sqlite3, time
c = sqlite3.connect('$db'); c.execute('SELECT count(*) FROM items').fetchone()
time.sleep(3600)" &
holder=$!
sleep 0.5
s=$(date +%s%N)
for k in $(seq "$n"); do
  "$bin" --db "$db" --as bench note 3 "第${k}条" >/dev/null
done
e=$(date +%s%N)
ms=$(( (e - s) / 1000000 ))
echo "$n acknowledged writes in $ms ms: $(awk "BEGIN {printf \"%.0f\", $n * 1000 / $ms}") writes/s"
