"""This file regenerates the golden outputs of testdata/*.go by building and running each with the real Go toolchain.

For each testdata/x.go it writes x.out (stdout), x.err (stderr) and x.exit (the exit
status of the built binary, as gopherpy run reports it). Run: python3 -m gopherpy.compile.update_golden [names...]
Never edit the golden files by hand.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata")


def golden(path: str) -> None:
    base = path[:-3]
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "prog")
        b = subprocess.run(["go", "build", "-o", exe, path], capture_output=True, cwd=HERE)
        if b.returncode != 0:
            with open(base + ".out", "wb") as f:
                f.write(b"")
            with open(base + ".err", "wb") as f:
                f.write(b.stderr)
            with open(base + ".exit", "w") as f:
                f.write("1\n")
            return
        r = subprocess.run([exe], capture_output=True, cwd=HERE, timeout=60)
    with open(base + ".out", "wb") as f:
        f.write(r.stdout)
    with open(base + ".err", "wb") as f:
        f.write(r.stderr)
    with open(base + ".exit", "w") as f:
        f.write(f"{r.returncode}\n")


def main(argv: list[str]) -> int:
    names = argv or sorted(n for n in os.listdir(HERE) if n.endswith(".go"))
    for n in names:
        p = os.path.join(HERE, n if n.endswith(".go") else n + ".go")
        golden(p)
        print("updated", os.path.basename(p))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
