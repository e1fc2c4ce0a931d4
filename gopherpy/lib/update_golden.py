"""This file regenerates the golden outputs of gopherpy/lib/<pkg>/testdata/*.go with the real Go toolchain.

For each x.go it writes x.out (stdout), x.err (stderr) and x.exit (exit status).
Run: python3 -m gopherpy.lib.update_golden [paths...]   (default: every lib testdata program)
Never edit the golden files by hand.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import tempfile

LIB = os.path.dirname(os.path.abspath(__file__))


def programs() -> list[str]:
    """Every lib testdata program (generator programs *_gen.go, which write goldens of their own, excluded)."""
    out = []
    for p in glob.glob(os.path.join(LIB, "**", "testdata", "*.go"), recursive=True):
        if p.endswith("_gen.go"):
            continue
        out.append(p)
    return sorted(out)


def golden(path: str) -> None:
    base = path[:-3]
    d = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        b = subprocess.run(["go", "build", "-o", exe, path], capture_output=True, cwd=d)
        if b.returncode != 0:
            raise SystemExit(f"{path}: go build failed:\n{b.stderr.decode()}")
        r = subprocess.run([exe], capture_output=True, cwd=d, timeout=60)
    with open(base + ".out", "wb") as f:
        f.write(r.stdout)
    with open(base + ".err", "wb") as f:
        f.write(r.stderr)
    with open(base + ".exit", "w") as f:
        f.write(f"{r.returncode}\n")


def main(argv: list[str]) -> int:
    for p in argv or programs():
        golden(os.path.abspath(p))
        print("updated", os.path.relpath(p, LIB))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
