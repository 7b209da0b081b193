#!/usr/bin/env python3
"""Keys on a board from outside: runs duban in a pseudo-terminal of 120x40, times
the first frame (from just before the fork to the end of the first frame, as
benches/first_frame.py), waits until the board has written nothing for
DUBAN_SETTLE seconds (default 2: the rest of the cards are read after the first
frame), then times each key to the end of the frame it causes:

- j: DUBAN_J presses (default 30) down the first column;
- l and h: to the next column and back (DUBAN_PAIRS pairs, default 5);
- L and H: the card moved to the next column (a write) and back;
- the office filter: `o` (the picker, with each office's counts) timed, the office's name typed (DUBAN_OFFICE, default 基教处,
  office_name(0) of the generated plans), then Enter timed; `O` (clear) timed.

Between keys it waits until nothing was written for DUBAN_GAP seconds (default
0.3), so a frame that comes later (a refresh after a write) is not taken for the
next key's. A frame ends by hiding the cursor, or by showing it where a prompt's
cursor is.

Usage: benches/board_keys.py RUNS DUBAN_BINARY ARGS...
Prints one line per run: first frame ms, then each key's median and max ms."""
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time

MARKERS = (b"\x1b[?25l", b"\x1b[?25h")
SETTLE = float(os.environ.get("DUBAN_SETTLE", "2.0"))
GAP = float(os.environ.get("DUBAN_GAP", "0.3"))
J = int(os.environ.get("DUBAN_J", "30"))
PAIRS = int(os.environ.get("DUBAN_PAIRS", "5"))
OFFICE = os.environ.get("DUBAN_OFFICE", "基教处")


def until_frame(fd, timeout=60):
    seen = b""
    while not any(m in seen for m in MARKERS):
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise SystemExit("no frame within %d s" % timeout)
        chunk = os.read(fd, 65536)
        if not chunk:
            raise SystemExit("duban exited")
        seen += chunk


def drain(fd, quiet):
    while select.select([fd], [], [], quiet)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def key(fd, data):
    t = time.perf_counter()
    os.write(fd, data)
    until_frame(fd)
    ms = (time.perf_counter() - t) * 1e3
    drain(fd, GAP)
    return ms


def run(argv):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    until_frame(fd)
    first = (time.perf_counter() - start) * 1e3
    drain(fd, SETTLE)
    out = {"first": [first]}
    out["j"] = [key(fd, b"j") for _ in range(J)]
    for _ in range(PAIRS):
        out.setdefault("l", []).append(key(fd, b"l"))
        out.setdefault("h", []).append(key(fd, b"h"))
    for _ in range(PAIRS):
        out.setdefault("L", []).append(key(fd, b"L"))
        out.setdefault("H", []).append(key(fd, b"H"))  # the cursor follows the card
    for _ in range(PAIRS):
        out.setdefault("o", []).append(key(fd, b"o"))
        for c in OFFICE:
            key(fd, c.encode())
        out.setdefault("office", []).append(key(fd, b"\r"))
        out.setdefault("O", []).append(key(fd, b"O"))
    os.write(fd, b"q")
    drain(fd, 2.0)
    os.waitpid(pid, 0)
    return out


def main():
    runs = int(sys.argv[1])
    for _ in range(runs):
        out = run(sys.argv[2:])
        print(
            " | ".join(
                f"{k} {statistics.median(v):.1f}"
                + (f" (max {max(v):.1f})" if len(v) > 1 else "")
                for k, v in out.items()
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
