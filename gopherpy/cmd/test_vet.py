"""Tests for `gopherpy vet` (gopherpy/cmd/vet.py and the analyzers in gopherpy/vet).

Each testdata/vet/NAME.go is vetted in that folder as `go vet NAME.go` was, and stderr
and exit status are compared with what the real go vet printed (NAME.err, NAME.exit,
recorded by testdata/vet/gen_golden.py, sorted by position since real vet's order
varies). testdata/vet/mod is a module with several packages, vetted as `./...`, `.`
and `./b`; there whole reports of packages are compared in a normalized order.
"""

import glob
import io
import os
import sys

import pytest

from gopherpy.cmd import vet

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "testdata", "vet")
CASES = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(DATA, "*.go")))


def _run(args, cwd, monkeypatch):
    err = io.StringIO()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(sys, "stderr", err)
    rc = vet.run(args)
    return rc, err.getvalue()


def _golden(stem, cwd=DATA):
    with open(os.path.join(DATA, stem + ".err"), encoding="utf-8") as f:
        text = f.read().replace("$DIR", cwd)
    with open(os.path.join(DATA, stem + ".exit")) as f:
        return int(f.read()), text


def _blocks(text):
    """The report split into its packages' `# pkg` reports and single findings, sorted."""
    blocks = []
    for line in text.splitlines(keepends=True):
        if line.startswith("# ") and not (blocks and blocks[-1].startswith("# ") and line.startswith("# [")):
            blocks.append(line)
        elif line.startswith(("vet: ", "# [")) and blocks:
            blocks[-1] += line
        else:
            blocks.append(line)
    return sorted(blocks)


@pytest.mark.parametrize("name", CASES)
def test_file(name, monkeypatch):
    rc, err = _run([name + ".go"], DATA, monkeypatch)
    assert (rc, err) == _golden(name)


@pytest.mark.parametrize("stem,args", [("mod_all", ["./..."]), ("mod_dot", ["."]), ("mod_b", ["./b"]), ("mod_d", ["./d"]), ("mod_old", ["./old"])])
def test_module(stem, args, monkeypatch):
    rc, err = _run(args, os.path.join(DATA, "mod"), monkeypatch)
    want_rc, want = _golden(stem, os.path.join(DATA, "mod"))
    assert rc == want_rc
    assert _blocks(err) == _blocks(want)


def test_no_gomod(tmp_path, monkeypatch):
    (tmp_path / "x.go").write_text("package main\n\nfunc main() {}\n")
    rc, err = _run(["."], tmp_path, monkeypatch)
    assert (rc, err) == (1, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n")


def test_missing_file_and_pattern_without_gomod(tmp_path, monkeypatch):
    # texts of go1.27's go vet in a directory without go.mod
    rc, err = _run(["nofile.go"], tmp_path, monkeypatch)
    assert (rc, err) == (1, "no required module provides package nofile.go: go.mod file not found in current "
                            "directory or any parent directory; see 'go help modules'\n")
    rc, err = _run(["./..."], tmp_path, monkeypatch)
    assert (rc, err) == (1, "pattern ./...: directory prefix . does not contain main module or its selected dependencies\n")


def test_clean_file_prints_nothing(tmp_path, monkeypatch):
    (tmp_path / "ok.go").write_text('package main\n\nimport "fmt"\n\nfunc main() { fmt.Printf("%d\\n", 1) }\n')
    assert _run(["ok.go"], tmp_path, monkeypatch) == (0, "")


def test_analyzer_flags(monkeypatch):
    rc, err = _run(["-assign", "assign.go"], DATA, monkeypatch)
    assert rc == 1 and err and all("self-assignment" in l for l in err.splitlines())
    rc, err = _run(["-printf=false", "printf.go"], DATA, monkeypatch)
    assert "format" not in err and "result of fmt.Sprintf call not used" in err


def test_analyzer_failure_is_an_internal_error_not_a_traceback(monkeypatch):
    from gopherpy.vet import assign

    def boom(p):
        raise ValueError("bug")
    monkeypatch.setattr(assign, "run", boom)
    rc, err = _run(["assign.go"], DATA, monkeypatch)
    assert rc == 1
    assert err == "gopherpy: internal error in vet analyzer assign: ValueError: bug\n"
