"""Tests of `gopherpy test`: each case of testdata/gotest is run with the arguments of
its `cmds` lines and compared with what the real go test printed (golden.json, made by
update_gotest_golden.py: stdout, stderr and exit status, times and traces normalised)."""

import json
import os
import subprocess
import sys

import pytest

from gopherpy.cmd.update_gotest_golden import TESTDATA, cases, normalise

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _goldens():
    out = []
    for case in cases():
        with open(os.path.join(TESTDATA, case, "golden.json"), encoding="utf-8") as f:
            for i, g in enumerate(json.load(f)):
                out.append(pytest.param(case, g, id=f"{case}-{i}"))
    return out


@pytest.mark.parametrize("case,golden", _goldens())
def test_gotest(case, golden):
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    r = subprocess.run([sys.executable, "-m", "gopherpy", "test", *golden["args"]],
                       cwd=os.path.join(TESTDATA, case), env=env, capture_output=True, text=True,
                       timeout=240)
    assert normalise(r.stdout) == golden["stdout"]
    assert normalise(r.stderr) == golden["stderr"]
    assert r.returncode == golden["exit"]


def test_normalise_keeps_what_matters():
    text = ("--- FAIL: TestX (0.01s)\npanic: boom [recovered]\n\ngoroutine 7 [running]:\n"
            "main.f()\n\t/x.go:3 +0x1d\n\ngoroutine 1 [chan receive]:\nmain.main()\n"
            "\t/x.go:9 +0x1d\nexit status 2\nFAIL\tp\t0.123s\n"
            "BenchmarkX-2   \t     100\t       369.8 ns/op\n")
    assert normalise(text) == ("--- FAIL: TestX (0.00s)\npanic: boom [recovered]\n\n"
                               "goroutine N [running]:\n\t...\nexit status 2\nFAIL\tp\t0.000s\n"
                               "BenchmarkX-2   \t     100\tN ns/op\n")
