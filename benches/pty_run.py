#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal of 120x40 until its first frame, waits a
second, types q and waits for it to exit (used by benches/startup_order.sh).
Usage: benches/pty_run.py COMMAND ARGS..."""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

MARKER = b"\x1b[?25l"  # hide cursor: the end of a frame


def spawn(argv):
    """Forks argv in a pseudo-terminal of 120x40; returns (pid, its terminal)."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    return pid, fd


def wait_first_frame(fd, seconds):
    """Reads the terminal until the first frame has been written (or seconds pass)."""
    seen = b""
    start = time.monotonic()
    while MARKER not in seen and time.monotonic() - start < seconds:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            seen += os.read(fd, 65536)


def quit_board(pid, fd):
    """Types q and reads the terminal until the program exits (a minute at most)."""
    os.write(fd, b"q")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
    os.waitpid(pid, 0)


def main(argv):
    pid, fd = spawn(argv)
    wait_first_frame(fd, 120)
    time.sleep(1)
    quit_board(pid, fd)


if __name__ == "__main__":
    main(sys.argv[1:])
