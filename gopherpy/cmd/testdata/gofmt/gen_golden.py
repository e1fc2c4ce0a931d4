"""Regenerate this folder's expected outputs with the real gofmt (never edit them by hand).

Cases (test_gofmt.py runs `gopherpy fmt` the same way and compares):
- each NAME.go here: `gofmt NAME.go` run in this folder; NAME.out is its stdout,
  NAME.err its stderr, NAME.exit its exit status;
- `gofmt -l .` and `gofmt -d .` in this folder: dir_l.* and dir_d.*;
- goroot.txt lists files of the Go tree (paths under GOROOT/src): `gofmt -l FILES`
  and `gofmt -d FILES` run in GOROOT/src give goroot_l.* and goroot_d.*.
Usage: python3 gen_golden.py
"""

import glob
import os
import subprocess

here = os.path.dirname(os.path.abspath(__file__))
goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
gofmt = os.path.join(goroot, "bin", "gofmt")


def record(stem, args, cwd):
    r = subprocess.run([gofmt] + args, cwd=cwd, capture_output=True)
    for ext, data in ((".out", r.stdout), (".err", r.stderr), (".exit", b"%d\n" % r.returncode)):
        with open(os.path.join(here, stem + ext), "wb") as fh:
            fh.write(data)


for path in sorted(glob.glob(os.path.join(here, "*.go"))):
    name = os.path.basename(path)
    record(name[:-3], [name], here)
record("dir_l", ["-l", "."], here)
record("dir_d", ["-d", "."], here)
files = [l.strip() for l in open(os.path.join(here, "goroot.txt")) if l.strip() and not l.startswith("#")]
record("goroot_l", ["-l"] + files, os.path.join(goroot, "src"))
record("goroot_d", ["-d"] + files, os.path.join(goroot, "src"))
