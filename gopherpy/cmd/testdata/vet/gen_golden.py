"""Regenerate this folder's expected outputs with the real `go vet` (never edit them by hand).

Cases (test_vet.py runs `gopherpy vet` the same way and compares):
- each NAME.go here: `go vet NAME.go` run in this folder; NAME.err is its stderr
  (findings, or the `# command-line-arguments` report of a broken package) and
  NAME.exit its exit status (go vet writes nothing to stdout);
- mod/ is a module of several packages (and files build constraints exclude):
  `go vet ./...`, `go vet .`, `go vet ./b`, `go vet ./d` and `go vet ./old` (a go1.21
  file) in mod/ give mod_all.*, mod_dot.*, mod_b.*, mod_d.* and mod_old.*.
Absolute paths of the folder a case runs in are recorded as $DIR.
Real vet prints findings in no fixed order; gopherpy sorts them by position, so the
recorded stderr is sorted the same way (with several packages, each `# pkg` report is
kept whole and the reports and findings are sorted as text).
Usage: python3 gen_golden.py
"""

import glob
import os
import subprocess

here = os.path.dirname(os.path.abspath(__file__))


def sort_findings(text: bytes) -> bytes:
    lines = text.decode("utf-8", "surrogateescape").splitlines(keepends=True)
    if any(l.startswith("#") for l in lines):
        # several packages: keep each `# pkg` report whole, sort reports and findings
        blocks = []
        for l in lines:
            if l.startswith("# ") and not (blocks and blocks[-1].startswith("# ") and l.startswith("# [")):
                blocks.append(l)
            elif l.startswith(("vet: ", "# [")) and blocks:
                blocks[-1] += l
            else:
                blocks.append(l)
        return "".join(sorted(blocks)).encode("utf-8", "surrogateescape")

    findings = []  # a message may span lines: a line not starting file:line:col continues the last
    for l in lines:
        parts = l.split(":", 3)
        if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
            findings.append([(parts[0], int(parts[1]), int(parts[2]), parts[3]), l])
        elif findings:
            findings[-1][1] += l
        else:
            findings.append([(l, 0, 0, ""), l])
    return "".join(text for _, text in sorted(findings)).encode("utf-8", "surrogateescape")


def record(stem, args, cwd):
    env = dict(os.environ, GOFLAGS="", GOWORK="off")
    r = subprocess.run(["go", "vet"] + args, cwd=cwd, capture_output=True, env=env)
    assert r.stdout == b"", r.stdout
    err = r.stderr.replace(os.path.abspath(cwd).encode(), b"$DIR")  # the test puts its own back
    for ext, data in ((".err", sort_findings(err)), (".exit", b"%d\n" % r.returncode)):
        with open(os.path.join(here, stem + ext), "wb") as fh:
            fh.write(data)


for path in sorted(glob.glob(os.path.join(here, "*.go"))):
    name = os.path.basename(path)
    record(name[:-3], [name], here)
mod = os.path.join(here, "mod")
record("mod_all", ["./..."], mod)
record("mod_dot", ["."], mod)
record("mod_b", ["./b"], mod)
record("mod_d", ["./d"], mod)
record("mod_old", ["./old"], mod)
