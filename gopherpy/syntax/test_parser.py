"""Tests of the parser: tree shapes on small inputs and a fixed sample of GOROOT/src parsing cleanly."""

from __future__ import annotations

import os
import random

import pytest

from gopherpy.syntax import FileSet, nodes as ast, parse_file, parse_file_errors


def goroot_src():
    try:
        import go
    except ImportError:  # pragma: no cover
        return None
    return os.path.join(os.path.dirname(go.__file__), "src")


def parse(src: str):
    return parse_file("x.go", src.encode(), FileSet())


def test_generic_type_and_method():
    f = parse("package p\ntype T[K comparable, V any] struct{ m map[K]V }\nfunc (t *T[K, V]) Get(k K) V { return t.m[k] }\n")
    ts = f.decls[0].specs[0]
    assert [fl.names[0].name for fl in ts.type_params.list] == ["K", "V"]
    fd = f.decls[1]
    assert isinstance(fd.recv.list[0].type, ast.StarExpr)
    assert isinstance(fd.recv.list[0].type.x, ast.IndexListExpr)


def test_grouped_params_share_type():
    f = parse("package p\nfunc f(a, b int, c string) {}\n")
    ps = f.decls[0].type.params.list
    assert [[n.name for n in p.names] for p in ps] == [["a", "b"], ["c"]]


def test_range_over_int_and_type_switch():
    f = parse("package p\nfunc f(x any) {\n\tfor i := range 10 { _ = i }\n\tswitch v := x.(type) { case int: _ = v }\n}\n")
    body = f.decls[0].body.list
    assert isinstance(body[0], ast.RangeStmt) and body[0].tok == ":="
    assert isinstance(body[1], ast.TypeSwitchStmt) and isinstance(body[1].assign, ast.AssignStmt)


def test_composite_literal_in_header():
    f = parse("package p\nfunc f() {\n\tif x := (T{}); x.a {\n\t}\n\tfor _, v := range []int{1} { _ = v }\n}\n")
    assert isinstance(f.decls[0].body.list[0], ast.IfStmt)


def test_comment_groups():
    f = parse("package p\n\n// a\n// b\n\n// c\nvar x int // d\n")
    assert [[c.text for c in g.list] for g in f.comments] == [["// a", "// b"], ["// c"], ["// d"]]
    d = f.decls[0]
    assert d.doc.list[0].text == "// c"
    assert d.specs[0].comment.list[0].text == "// d"


def _sample(n=300):
    root = goroot_src()
    if root is None or not os.path.isdir(root):
        return []
    files = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "testdata")
        files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".go")]
    rnd = random.Random(20261122)
    return sorted(rnd.sample(files, min(n, len(files))))


def test_goroot_sample_parses_cleanly():
    files = _sample()
    if not files:
        pytest.skip("GOROOT not available")
    bad = []
    for p in files:
        with open(p, "rb") as fh:
            _, errs = parse_file_errors(p, fh.read(), FileSet())
        if errs:
            bad.append(str(errs[0]))
    assert bad == []


@pytest.mark.skipif(not os.environ.get("GOPHERPY_SLOW"), reason="slow: set GOPHERPY_SLOW=1 (whole GOROOT/src, ~1 min)")
def test_goroot_all_files_parse_cleanly():
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bench"))
    import parse_bench

    assert parse_bench.main(["-j", "2"]) == 0
