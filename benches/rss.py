#!/usr/bin/env python3
"""Resident memory of the board as a user sees it: runs duban in a pseudo-terminal
of COLSxROWS (default 120x40), waits for the first frame, lets it settle for a
moment, then reads VmRSS/VmHWM from /proc and the page-fault count, and quits.
Usage: benches/rss.py RUNS DUBAN_BINARY ARGS...   (DUBAN_SIZE=160x48 for another size,
DUBAN_SETTLE=SECONDS to wait longer after the first frame than 0.5 s)
Prints one line per run: rss_kb hwm_kb minor_faults major_faults.
DUBAN_SMAPS=1 also prints, per run, the resident and private-dirty kB of each
mapping from /proc/PID/smaps (grouped by file and permissions), largest first."""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

MARKER = b"\x1b[?25l"  # hide cursor: the end of a frame
# Seconds to wait after the first frame (DUBAN_SETTLE; a board of a million items
# reads the rest of its cards for longer than the default half second).
SETTLE = float(os.environ.get("DUBAN_SETTLE", "0.5"))


def run(argv, cols, rows):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    seen = b""
    while MARKER not in seen:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            raise SystemExit("no first frame within 10 s")
        chunk = os.read(fd, 65536)
        if not chunk:
            raise SystemExit("duban exited before its first frame")
        seen += chunk
    # Let the board finish what it does after the first frame (the rest of the
    # cards, the presence row), draining the terminal meanwhile.
    deadline = time.monotonic() + SETTLE
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            os.read(fd, 65536)
    status = open(f"/proc/{pid}/status").read()
    fields = dict(
        line.split(":", 1) for line in status.splitlines() if ":" in line
    )
    rss = int(fields["VmRSS"].split()[0])
    hwm = int(fields["VmHWM"].split()[0])
    stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    minflt, majflt = int(stat[7]), int(stat[9])
    if os.environ.get("DUBAN_SMAPS"):
        print_smaps(pid)
    os.write(fd, b"q")
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    return rss, hwm, minflt, majflt


def print_smaps(pid):
    """Rss and Private_Dirty per mapping (file or [heap] and permissions)."""
    groups = {}
    key = None
    for line in open(f"/proc/{pid}/smaps"):
        head = line.split()
        if "-" in head[0] and len(head) >= 5 and ":" not in head[0]:
            name = head[5] if len(head) > 5 else "[anon]"
            key = (os.path.basename(name), head[1])
            groups.setdefault(key, [0, 0])
        elif head[0] == "Rss:":
            groups[key][0] += int(head[1])
        elif head[0] == "Private_Dirty:":
            groups[key][1] += int(head[1])
    for (name, perms), (rss, dirty) in sorted(groups.items(), key=lambda g: -g[1][0]):
        if rss:
            print(f"  {rss:6} kB rss {dirty:6} kB dirty  {perms} {name}")


def main():
    runs = int(sys.argv[1])
    cols, rows = map(int, os.environ.get("DUBAN_SIZE", "120x40").split("x"))
    for _ in range(runs):
        print(*run(sys.argv[2:], cols, rows))


if __name__ == "__main__":
    main()
