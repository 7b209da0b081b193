#!/usr/bin/env python3
"""Whole-process start to first frame: runs duban in a pseudo-terminal of 120x40
and times from just before the fork to the moment the first frame has been
written (ratatui ends a frame by hiding the cursor); then types `q` and times the
exit as well.
Usage: benches/first_frame.py RUNS DUBAN_BINARY ARGS...   Prints one line per run:
first-frame milliseconds, then quit-to-exit milliseconds, then the CPU time duban
had used when its first frame arrived (milliseconds, from /proc/PID/schedstat: on a
loaded machine the wall times wait for the CPU, this does not)."""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

MARKER = b"\x1b[?25l"  # hide cursor: the end of a frame


def run(argv):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    seen = b""
    first = None
    while first is None:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            raise SystemExit("no first frame within 10 s")
        chunk = os.read(fd, 65536)
        if not chunk:
            raise SystemExit("duban exited before its first frame")
        seen += chunk
        if MARKER in seen:
            first = time.perf_counter() - start
            cpu = cpu_ms(pid)
    os.write(fd, b"q")
    quit_at = time.perf_counter()
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    return first * 1e3, (time.perf_counter() - quit_at) * 1e3, cpu


def cpu_ms(pid):
    """CPU time the process has run so far, in milliseconds."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        return float("nan")


def main():
    runs = int(sys.argv[1])
    for _ in range(runs):
        first, exit_ms, cpu = run(sys.argv[2:])
        print(f"{first:.1f} {exit_ms:.1f} {cpu:.1f}")


if __name__ == "__main__":
    main()
