"""Runs the encoding/json testdata programs with the fast Unmarshal path turned off, so that the exact path (decode.py) is checked against the same goldens of real Go."""

from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = sorted(glob.glob(os.path.join(HERE, "testdata", "*.go")))


@pytest.mark.parametrize("path", PROGRAMS, ids=os.path.basename)
def test_exact_path(path, tmp_path):
    env = dict(os.environ, GOPHERPYCACHE=str(tmp_path), GOPHERPYDEBUG="jsonexact")
    r = subprocess.run([sys.executable, "-m", "gopherpy", "run", path], capture_output=True,
                       cwd=os.path.dirname(path), env=env, timeout=300)
    base = path[:-3]
    assert r.stdout == open(base + ".out", "rb").read()
    assert r.returncode == int(open(base + ".exit").read())
