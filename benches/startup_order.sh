#!/usr/bin/env bash
# Writes build/startup.order (see build.rs): the functions the release board runs
# from start to its first frame and quit, in the order callgrind lists them, as the
# binary names them; and build/startup.rodata.ld, the read-only data it reads
# (benches/rodata_order.py). Run after changes to what the board does at start-up,
# a merge, or a dependency or toolchain change; then
# `cargo build --release` and `benches/rss.py 3 target/release/duban --db NEW.db`.
# Needs valgrind and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin duban
bin=$PWD/target/release/duban
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Two boards on the seed plan (34 items, what the memory target is measured on):
# one imported from its text, one a new file the board fills with the embedded
# seed; the functions of both, in the order first run.
"$bin" --db "$work/seed.db" import seeds/000_1c263084d9f29a16.txt >/dev/null 2>&1
"$bin" --db "$work/empty.db" plans >/dev/null 2>&1
# The rounds of benches/rss.py open a board that was opened before: the board
# then asks what changed since the last visit and writes the visit. Open each
# once first so that the traced run is such a returning visit.
for db in seed empty; do
  python3 benches/pty_run.py "$bin" --db "$work/$db.db" >/dev/null
done
for db in seed empty; do
  python3 benches/pty_run.py valgrind --tool=callgrind --demangle=no \
    --callgrind-out-file="$work/$db.out" "$bin" --db "$work/$db.db" >/dev/null
done
cat "$work/seed.out" "$work/empty.out" | grep -oP '^c?fn=\(\d+\) \K\S+' |
  awk '!seen[$0]++' >"$work/run.txt"
nm --defined-only "$bin" | awk '$2 ~ /[tTwW]/ {print $3}' | sort -u >"$work/text.txt"
awk 'NR==FNR {t[$0]=1; next} ($0 in t)' "$work/text.txt" "$work/run.txt" >build/startup.order
echo "build/startup.order: $(wc -l <build/startup.order) functions"
# The read-only data the seed board reads, from the link map of the build above
# (written by the release link, see build.rs).
map=$(ls -t target/release/build/duban-*/out/duban.map | head -n 1)
python3 benches/rodata_order.py "$bin" "$map" build/startup.rodata.ld --db "$work/seed.db"
