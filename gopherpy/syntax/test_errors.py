"""Runs the syntax-error tests of Go's own compiler (GOROOT/src/cmd/compile/internal/syntax/testdata).

Each file carries its expected errors as comments: `/* ERROR rx */` expects an
error matching the regexp rx at the token after the comment, `// ERROR rx` one
anywhere on that line. Every reported error must be expected and every expected
error reported (gc's error_test.go rules). Files listed in testdata/skip.txt are
skipped, each with its reason.
"""

from __future__ import annotations

import os
import re

import pytest

from gopherpy.syntax import ALL_ERRORS, DIRECTIVES, FileSet, parse_file_errors
from gopherpy.syntax.scanner import scan

HERE = os.path.dirname(__file__)


def syntax_testdata():
    try:
        import go
    except ImportError:  # pragma: no cover
        return None
    d = os.path.join(os.path.dirname(go.__file__), "src", "cmd", "compile", "internal", "syntax", "testdata")
    return d if os.path.isdir(d) else None


def skip_list() -> dict[str, str]:
    out = {}
    with open(os.path.join(HERE, "testdata", "skip.txt")) as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip()
    return out


def declared_errors(data: bytes) -> dict[tuple[int, int], str]:
    """Expected errors keyed by (line, col); col 0 means anywhere on the line."""
    toks = scan(data, 1)
    starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
    import bisect

    def lc(off):
        li = bisect.bisect_right(starts, off)
        return li, off - starts[li - 1] + 1

    out = {}
    for off, text in toks.comments:
        if text.startswith("// ERROR "):
            out[(lc(off)[0], 0)] = text[9:].strip()
        elif text.startswith("/* ERROR "):
            end = off + len(text)
            k = bisect.bisect_left(toks.poss, 1 + end)
            out[lc(toks.poss[k] - 1)] = text[9:-2].strip()
    return out


def check_file(path: str) -> list[str]:
    with open(path, "rb") as fh:
        data = fh.read()
    declared = declared_errors(data)
    _, errs = parse_file_errors(path, data, FileSet(), ALL_ERRORS)
    problems = []
    for e in errs:
        key = (e.position.line, e.position.column)
        pat = declared.get(key)
        if pat is None:
            key = (e.position.line, 0)
            pat = declared.get(key)
        if pat is None:
            problems.append(f"{e}: unexpected error")
            continue
        if not re.search(_go_regexp(pat), e.msg):
            problems.append(f"{e}: does not match {pat!r}")
            continue
        del declared[key]
    for (line, col), pat in sorted(declared.items()):
        problems.append(f"{os.path.basename(path)}:{line}:{col}: missing error: {pat}")
    return problems


def _go_regexp(p: str) -> str:
    return p


def _files():
    d = syntax_testdata()
    if d is None:
        return []
    return sorted(f for f in os.listdir(d) if f.endswith(".go"))


@pytest.mark.parametrize("name", _files())
def test_gc_syntax_errors(name):
    skips = skip_list()
    if name in skips:
        pytest.skip(skips[name])
    problems = check_file(os.path.join(syntax_testdata(), name))
    assert problems == []


ERRDIR = os.path.join(HERE, "testdata", "errors")


def _golden_cases():
    return sorted(f[:-3] for f in os.listdir(ERRDIR) if f.endswith(".go"))


def _is_subsequence(xs, ys):
    it = iter(ys)
    return all(any(x == y for y in it) for x in xs)


@pytest.mark.parametrize("name", _golden_cases())
def test_errors_match_gc(name):
    """Broken programs: our errors are gc's (testdata/errors/NAME.golden, from gen_golden.py)."""
    with open(os.path.join(ERRDIR, name + ".go"), "rb") as fh:
        data = fh.read()
    with open(os.path.join(ERRDIR, name + ".golden"), "rb") as fh:
        golden_text = fh.read().decode("utf-8", "replace")
    golden = [ln for ln in golden_text.splitlines() if ln]
    _, errs = parse_file_errors(name + ".go", data, FileSet(), DIRECTIVES)
    ours = [ln for e in errs for ln in str(e).splitlines() if ln]
    if any("syntax error" in ln for ln in golden) or (ours and ours[-1].endswith(": too many errors")):
        assert ours == golden
    else:
        # only lexical errors: gc goes on to type-check and reports more; ours must be among them
        assert _is_subsequence(ours, golden), (ours, golden)
