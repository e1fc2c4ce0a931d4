"""Property tests: no input, however malformed, makes the front end raise anything but positioned errors.

Inputs are random bytes, random token soups, and mutations (byte and token
level) of real Go files from GOROOT/src. The property: parse_file_errors
returns normally; every error has a file:line:col position inside the file
and a non-empty message; a file without errors comes with a tree.
"""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gopherpy.syntax import FileSet, parse_file_errors

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

TOKENS = ["package", "p", "\n", ";", "func", "(", ")", "{", "}", "[", "]", "x", "1", "1.5e3", "0x1p-2", "'a'",
          '"s"', "`r`", "type", "var", "const", "import", "for", "range", "if", "else", "switch", "case", "default",
          "select", "go", "defer", "chan", "<-", "map", "struct", "interface", "~", "|", "*", "&", ":=", "=", ",",
          ".", "...", ":", "return", "break", "L", "goto", "//c\n", "/*c*/", "/*\n*/", "\"", "'", "`", "/*", "\x00",
          "\xff", "\ufeff", "é", "世", "#", "@", "0b2", "1_", "'\\q'", "//line x.go:3\n", "//go:build go1.21\n"]


def goroot_sample(n=40):
    try:
        import go
    except ImportError:  # pragma: no cover
        return []
    root = os.path.join(os.path.dirname(go.__file__), "src")
    files = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "testdata")
        files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".go")]
    rnd = random.Random(7)
    picked = [p for p in rnd.sample(files, min(400, len(files))) if os.path.getsize(p) < 20000][:n]
    return [open(p, "rb").read() for p in picked]


SOURCES = goroot_sample() or [b"package p\n\nfunc f() { x := 1; _ = x }\n"]


def check(data: bytes):
    fset = FileSet()
    f, errs = parse_file_errors("fuzz.go", data, fset)
    if not errs:
        assert f is not None
    for e in errs:
        assert e.msg
        p = e.position
        assert p.line >= 1 or p.filename != "fuzz.go"
        s = str(e)
        assert ":" in s


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes(data):
    check(data)
    check(b"package p\n" + data)


@SETTINGS
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_token_soup(toks):
    check(("package p\n" + " ".join(toks)).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.integers(0, len(SOURCES) - 1), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 8),
                                                           st.binary(max_size=4)), min_size=1, max_size=4))
def test_mutated_go_sources(i, edits):
    data = bytearray(SOURCES[i])
    for at, dl, ins in edits:
        at %= len(data) + 1
        data[at:at + dl] = ins
    check(bytes(data))


@SETTINGS
@given(st.integers(0, len(SOURCES) - 1), st.integers(0, 10**6))
def test_truncated_go_sources(i, cut):
    data = SOURCES[i]
    check(data[: cut % (len(data) + 1)])


def test_deep_nesting():
    for depth in (10_000,):
        src = b"package p\nvar x = " + b"(" * depth + b"1" + b")" * depth + b"\n"
        f, errs = parse_file_errors("deep.go", src, FileSet())
        assert errs == [] and f is not None
        src = b"package p\nvar x = " + b"[" * depth + b"\n"
        f, errs = parse_file_errors("deep.go", src, FileSet())
        assert errs
