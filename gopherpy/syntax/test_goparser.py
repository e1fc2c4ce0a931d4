"""Tests of goparser.py (go/parser's view, used by gopherpy fmt): trees, and where it must differ from gc's parser.

go/parser's error messages are checked end to end against the real gofmt in
gopherpy/cmd/test_gofmt.py (testdata/gofmt).
"""

from __future__ import annotations

import dataclasses
import glob
import json
import os

import pytest

from gopherpy.syntax import NO_BRANCH_CHECKS, FileSet, nodes, parse_file_errors
from gopherpy.syntax.astshape import diff
from gopherpy.syntax.goparser import format_error, parse_go_file
from gopherpy.syntax.test_parser import _sample

ASTSHAPE = os.path.join(os.path.dirname(__file__), "testdata", "astshape")


def _same_tree(a, b, path="File"):
    """The first field where two trees differ, or None."""
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} elements"
        for i, (x, y) in enumerate(zip(a, b)):
            d = _same_tree(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(a, nodes.Node):
        for f in dataclasses.fields(a):
            d = _same_tree(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} vs {b!r}"


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(ASTSHAPE, "*.go"))), ids=os.path.basename)
def test_tree_matches_go_parser(path):
    with open(path[:-3] + ".json") as fh:
        golden = json.load(fh)
    with open(path, "rb") as fh:
        f, errs = parse_go_file(os.path.basename(path), fh.read(), FileSet())
    assert errs == []
    assert diff(golden, f, f.file_start) is None


def test_goroot_sample_same_trees_as_gc_parser():
    """On well-formed files both parsers build the same tree, comments and positions included."""
    files = _sample()
    if not files:
        pytest.skip("GOROOT not available")
    bad = []
    for p in files:
        with open(p, "rb") as fh:
            data = fh.read()
        f1, e1 = parse_file_errors(p, data, FileSet(), NO_BRANCH_CHECKS)
        f2, e2 = parse_go_file(p, data, FileSet())
        assert e1 == [] and e2 == [], p
        d = _same_tree(f1, f2)
        if d:
            bad.append(f"{p}: {d}")
    assert bad == []


def _errors(src: bytes):
    f, errs = parse_go_file("x.go", src, FileSet())
    return [format_error(e) for e in errs]


def test_accepts_what_gc_refuses():
    # labels are not checked; a method's receiver list may be empty or long
    src = b"package p\nfunc f() { goto L; break }\nfunc () m() {}\nfunc (a, b T) n() {}\n"
    assert _errors(src) == []
    _, gc = parse_file_errors("x.go", src, FileSet())
    assert gc


def test_refuses_what_gc_accepts():
    src = b"package p\nfunc f() {\n\tfor a, b, c := range x {\n\t}\n}\n"
    assert _errors(src) == ["x.go:3:12: expected at most 2 expressions"]
    _, gc = parse_file_errors("x.go", src, FileSet())
    assert gc == []


def test_error_at_end_of_file_is_on_last_line():
    # go/token adds no line for the position just past a final newline
    assert _errors(b"package p\nfunc f() {\n") == ["x.go:2:12: expected '}', found 'EOF'"]


def test_stops_after_eleven_errors():
    src = b"package p\n" + b"".join(b"var x%d = )\n" % i for i in range(20))
    errs = _errors(src)
    assert len(errs) == 11 and errs[-1].startswith("x.go:12:")
    f, all_errs = parse_go_file("x.go", src, FileSet(), all_errors=True)
    assert len(all_errs) == 40  # gofmt -e prints 40 for this input


def test_deep_nesting_is_an_error_not_a_crash():
    src = b"package p\nvar x = " + b"(" * 100_001 + b"1" + b")" * 100_001 + b"\n"
    errs = _errors(src)
    assert errs == ["x.go:2:100009: exceeded max nesting depth"]  # as gofmt
