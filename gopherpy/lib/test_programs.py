"""Runs every gopherpy/lib/<pkg>/testdata/*.go under `gopherpy run` and compares with real Go's recorded output.

Compared: stdout byte for byte, exit status, and stderr (whole for status 0, else up
to the `goroutine N [` line). Every program must pass except those listed in XFAIL
with the reason; a listed program that starts passing shows as XPASS: take it off the list.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from gopherpy.lib.update_golden import LIB, programs

PROGRAMS = [os.path.relpath(p, LIB) for p in programs()]

# Programs not passing yet, with what they wait for. Everything else must pass.
XFAIL: dict[str, str] = {
}


# A program whose output depends on timers firing in deadline order (and not on the
# machine being idle enough for that) says so with this comment; it runs with the
# runtime's fake time (GODEBUG=gopherpyfaketime=1: testing/synctest's rule), so the
# test never sleeps and hopes. Real Go's recorded output is the timeline it expects.
FAKETIME_MARK = b"// gopherpy-test: faketime"


def _frontend_ready() -> bool:
    try:
        from gopherpy.syntax import parse_file  # noqa: F401
        from gopherpy.types2 import check  # noqa: F401
    except ImportError:
        return False
    return True


def _stderr_head(text: str, status: int) -> str:
    if status == 0:
        return text
    out = []
    for line in text.splitlines():
        out.append(line)
        if re.match(r"goroutine \d+ \[", line):
            break
    return "\n".join(out)


@pytest.mark.skipif(not _frontend_ready(), reason="parser/type checker not available yet")
@pytest.mark.parametrize("rel", PROGRAMS)
def test_program(rel, tmp_path_factory, request):
    if rel in XFAIL:
        request.applymarker(pytest.mark.xfail(reason=XFAIL[rel], strict=False))
    path = os.path.join(LIB, rel)
    base = path[:-3]
    env = dict(os.environ, GOPHERPYCACHE=str(tmp_path_factory.mktemp("gpcache")))
    with open(path, "rb") as f:
        if FAKETIME_MARK in f.read():
            env["GODEBUG"] = "gopherpyfaketime=1"
    r = subprocess.run([sys.executable, "-m", "gopherpy", "run", path], capture_output=True,
                       cwd=os.path.dirname(path), env=env, timeout=120)
    want_out = open(base + ".out", "rb").read()
    want_exit = int(open(base + ".exit").read())
    want_err = open(base + ".err", "rb").read().decode("utf-8", "replace")
    assert r.stdout == want_out, r.stderr.decode("utf-8", "replace")[-3000:]
    assert r.returncode == want_exit
    got_err = r.stderr.decode("utf-8", "replace")
    assert _stderr_head(got_err, r.returncode) == _stderr_head(want_err, want_exit)
