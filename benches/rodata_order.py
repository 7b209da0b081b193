#!/usr/bin/env python3
"""Writes build/startup.rodata.ld (see build.rs): the read-only data input sections
the release board reads from start to its first frame, gathered by a linker script
into one output section before .rodata. Runs the board under valgrind's lackey
(every load) in a pseudo-terminal of 120x40, waits for the first frame and a
second more, types q, then maps each address read to the input section that holds
it in the link map the release build wrote.
Usage: benches/rodata_order.py BINARY LINK_MAP OUT_SCRIPT ARGS...   (used by
benches/startup_order.sh; needs valgrind)"""
import bisect
import os
import re
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pty_run  # noqa: E402 (beside this script)
# The output sections whose input sections may be moved (the second is the one
# this script's previous output made).
RODATA = (".rodata", ".rodata.startup")


def input_sections(map_path):
    """(address, size, name) of each input section of RODATA, by address."""
    line_re = re.compile(r"\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+( +)(.*)$")
    sections, out = [], None
    with open(map_path) as f:
        for line in f:
            m = line_re.match(line.rstrip("\n"))
            if not m:
                continue
            indent = len(m.group(3))
            if indent == 1:  # an output section
                out = m.group(4)
            elif indent == 9 and out in RODATA:  # an input section
                sections.append((int(m.group(1), 16), int(m.group(2), 16), m.group(4)))
    sections.sort()
    return sections


def pattern(entry):
    """The linker script's input section description for one map entry."""
    m = re.search(r":\((.*)\)$", entry)
    name = m.group(1) if m else entry
    if entry.startswith("<internal>"):
        # A merged section (C string literals, constants) is named after its
        # first input; take every input of that kind.
        kind = re.match(r"\.rodata\.(?:.*\.)?((?:str|cst)[0-9.]+)$", name)
        if kind:
            return f".rodata.{kind.group(1)} .rodata.*.{kind.group(1)}"
    return name


def trace_loads(binary, args):
    """Addresses the program loads from, relative to the binary's load address."""
    work = tempfile.mkdtemp()
    fifo = os.path.join(work, "lackey")
    os.mkfifo(fifo)
    seen = set()

    def read():
        with open(fifo, "rb") as f:
            for line in f:
                # " L 0010a2c0,8" / " M ..." (a load, a load and store)
                if line[:2] in (b" L", b" M"):
                    seen.add(int(line[3:].split(b",", 1)[0], 16))

    reader = threading.Thread(target=read)
    reader.start()
    argv = ["valgrind", "--tool=lackey", "--trace-mem=yes", f"--log-file={fifo}", binary, *args]
    pid, fd = pty_run.spawn(argv)
    pty_run.wait_first_frame(fd, 300)
    base = load_address(pid, binary)
    time.sleep(1)
    pty_run.quit_board(pid, fd)
    reader.join()
    os.unlink(fifo)
    os.rmdir(work)
    return {a - base for a in seen if a >= base}


def load_address(pid, binary):
    """Where valgrind mapped the binary (the mapping of its file offset 0)."""
    path = os.path.realpath(binary)
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 6 and parts[5] == path and int(parts[2], 16) == 0:
                return int(parts[0].split("-")[0], 16)
    raise SystemExit(f"{binary} is not mapped in process {pid}")


def main():
    binary, map_path, out_path, *args = sys.argv[1:]
    sections = input_sections(map_path)
    starts = [s[0] for s in sections]
    touched = set()
    for address in trace_loads(binary, args):
        i = bisect.bisect_right(starts, address) - 1
        if i >= 0 and address < sections[i][0] + sections[i][1]:
            touched.add(i)
    patterns = list(dict.fromkeys(pattern(sections[i][2]) for i in sorted(touched)))
    size = sum(sections[i][1] for i in touched)
    with open(out_path, "w") as f:
        f.write("/* Written by benches/startup_order.sh (benches/rodata_order.py): the\n")
        f.write("   read-only data the board reads before its first frame, see build.rs. */\n")
        f.write("SECTIONS {\n  .rodata.startup : {\n")
        for p in patterns:
            f.write(f"    *({p})\n")
        f.write("  }\n} INSERT BEFORE .rodata;\n")
    print(f"{out_path}: {len(patterns)} input sections, {size // 1024} kB")


if __name__ == "__main__":
    main()
