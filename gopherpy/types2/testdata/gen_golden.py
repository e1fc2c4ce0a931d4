"""Regenerates progs/*.out from the real Go toolchain (`go build -gcflags=-e`): run it with
`python3 gopherpy/types2/testdata/gen_golden.py`; never edit the .out files by hand."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "progs")


def golden(path):
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, os.path.basename(path)))
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module x\n\ngo 1.27\n")
        r = subprocess.run(["go", "build", "-gcflags=-e", "-o", os.devnull, "."], cwd=d,
                           capture_output=True, text=True, env=dict(os.environ, GOFLAGS="", GO111MODULE="on"))
        lines = []
        for line in r.stderr.splitlines():
            if line.startswith("# "):
                continue
            # the test checks the file by its bare name: ./x.go becomes x.go everywhere
            # (at the start, in continuation lines, in "declared at ./x.go:3:4")
            line = line.replace("./" + os.path.basename(path), os.path.basename(path))
            lines.append(line)
        return "\n".join(lines) + ("\n" if lines else "")


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(HERE) if n.endswith(".go"))
    for n in names:
        p = os.path.join(HERE, os.path.basename(n))
        out = golden(p)
        with open(p[:-3] + ".out", "w") as f:
            f.write(out)
        print(n, len(out.splitlines()), "lines")


if __name__ == "__main__":
    main()
