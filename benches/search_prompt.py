#!/usr/bin/env python3
"""The search from outside: runs duban in a pseudo-terminal of 120x40, waits for the
board to settle after its first frame, then

- times `/` to the frame with the prompt ("prompt");
- types QUERY one key at a time, each timed to its frame ("typing": what a user sees
  while the index may still be built);
- waits until duban has written nothing for DUBAN_QUIET seconds (default 1.5) and
  takes the last output's time since `/` ("results": the query typed applied), and
  the first frame's since the query's last key ("first": on a plan whose search
  keeps no texts, the hits among the first cards, shown while the index is built);
- reads VmRSS and VmHWM of the process (MB);
- clears the line (Ctrl-U) and types QUERY again, each key timed to its frame
  ("keys": per key with the index built);
then Esc and `q`. With DUBAN_KEY_QUIET=SECONDS each key of that second pass is also
timed to its last output before that much quiet ("settled": its results, where they
come after the key's first frame, as on a plan whose search keeps no texts), and to
the first frame after its own ("page": on such a plan, the first hits read, those
of the cards on screen, or for one character their labels).

Usage: benches/search_prompt.py RUNS QUERY DUBAN_BINARY ARGS...
Prints one line per run: prompt ms | typing ms... | first ms | results ms |
rss MB hwm MB | keys ms... [| page ms... | settled ms...]"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

# A frame ends by hiding the cursor, or by showing it where the prompt's cursor is.
MARKERS = (b"\x1b[?25l", b"\x1b[?25h")
SETTLE = float(os.environ.get("DUBAN_SETTLE", "1.0"))
QUIET = float(os.environ.get("DUBAN_QUIET", "1.5"))
KEY_QUIET = float(os.environ.get("DUBAN_KEY_QUIET", "0"))


def until_frame(fd, timeout=120):
    seen = b""
    while not any(m in seen for m in MARKERS):
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise SystemExit("no frame within %d s" % timeout)
        chunk = os.read(fd, 65536)
        if not chunk:
            raise SystemExit("duban exited")
        seen += chunk


def drain(fd, quiet, frames=None):
    """Reads until nothing came for `quiet` seconds; returns the last output's time.
    Appends to `frames` the time of each read that ends a frame."""
    last = None
    while select.select([fd], [], [], quiet)[0]:
        try:
            chunk = os.read(fd, 65536)
            if not chunk:
                return last
        except OSError:  # the other end closed: duban exited
            return last
        last = time.perf_counter()
        if frames is not None and any(m in chunk for m in MARKERS):
            frames.append(last)
    return last


def key(fd, data):
    t = time.perf_counter()
    os.write(fd, data)
    until_frame(fd)
    return (time.perf_counter() - t) * 1e3


def memory(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                out[name] = int(value.split()[0]) / 1024
    return out["VmRSS"], out["VmHWM"]


def run(query, argv):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    until_frame(fd)
    drain(fd, SETTLE)
    start = time.perf_counter()
    prompt = key(fd, b"/")
    typing = [key(fd, c.encode()) for c in query]
    typed = time.perf_counter()
    frames = []
    last = drain(fd, QUIET, frames) or time.perf_counter() - QUIET
    results = (last - start) * 1e3
    # The first frame after the query's last key: its first hits, where the board
    # shows some before its index is built.
    first = (frames[0] - typed) * 1e3 if frames else results
    rss, hwm = memory(pid)
    key(fd, b"\x15")  # Ctrl-U: the line empty again
    drain(fd, 0.2)
    keys, settled, page = [], [], []
    for c in query:
        t = time.perf_counter()
        keys.append(key(fd, c.encode()))
        if KEY_QUIET:
            frames = []
            last = drain(fd, KEY_QUIET, frames)
            settled.append((last - t) * 1e3 if last else keys[-1])
            page.append((frames[0] - t) * 1e3 if frames else keys[-1])
        else:
            drain(fd, 0.05)
    os.write(fd, b"\x1b")
    drain(fd, 0.3)
    os.write(fd, b"q")
    drain(fd, 1.0)
    os.waitpid(pid, 0)
    return prompt, typing, first, results, (rss, hwm), keys, settled, page


def main():
    runs, query = int(sys.argv[1]), sys.argv[2]
    for _ in range(runs):
        prompt, typing, first, results, (rss, hwm), keys, settled, page = run(
            query, sys.argv[3:]
        )
        print(
            f"prompt {prompt:.1f} | typing "
            + " ".join(f"{t:.1f}" for t in typing)
            + f" | first {first:.0f} | results {results:.0f} | rss {rss:.1f} hwm {hwm:.1f} | keys "
            + " ".join(f"{t:.2f}" for t in keys)
            + (" | page " + " ".join(f"{t:.0f}" for t in page) if page else "")
            + (" | settled " + " ".join(f"{t:.0f}" for t in settled) if settled else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
