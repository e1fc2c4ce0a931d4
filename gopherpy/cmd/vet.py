"""This file implements `gopherpy vet`: type-check packages and run go vet's analyzers on them.

Usage: gopherpy vet [-ANALYZER[=false]...] [file.go... | dir | ./... ]

Packages are named as the go command names them: Go files on the command line form
the package `command-line-arguments`; a directory's package path comes from the
enclosing go.mod (without one, the go command's "go.mod file not found" error).
Test files (`_test.go`) are not vetted (gopherpy has no `testing` package yet).

A package that does not parse or type-check gets go vet's report of its first error,
in go/parser's and go/types' report order, and nothing else:

    # command-line-arguments
    # [command-line-arguments]
    vet: ./main.go:5:7: declared and not used: x

(the second line only for a main package). Packages are vetted in import path order.

Otherwise every analyzer runs (gopherpy/vet, see its README.md); findings go to
stderr as `file:line:col: message` (file relative to the current directory), sorted
by position (real vet's order is not deterministic). Exit status 1 if anything was
reported, else 0 with no output.

Analyzers implemented: printf, assign, bools, nilfunc, shift, stringintconv,
unusedresult, unreachable, copylocks, errorsas, waitgroup, structtag, lostcancel,
composites, ifaceassert, unsafeptr, timeformat, defers, appends, atomic, unmarshal, stdmethods, loopclosure, sigchanyzer, buildtag (see gopherpy/vet/README.md for what each covers and what is missing).
"""

from __future__ import annotations

import os
import sys

USAGE = "gopherpy vet [build flags] [-vettool prog] [vet flags] [packages]"
HELP = ("usage: " + USAGE + "\n\nVet runs the go vet analyzers on the named packages (Go files, a directory,\n"
        "or ./... in a module) and reports likely mistakes. -NAME runs only the named analyzers,\n"
        "-NAME=false leaves one out. Analyzers: appends, assign, atomic, bools, buildtag, composites,\n"
        "copylocks, "
        "defers, errorsas, "
        "ifaceassert, loopclosure, lostcancel, nilfunc, printf, shift, sigchanyzer, stdmethods,\n"
        "stringintconv, structtag, "
        "timeformat, unmarshal, unreachable, unsafeptr, unusedresult, waitgroup.")

_NO_GOMOD = "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n"


class _UsageError(Exception):
    pass


class _FlagError(Exception):
    """A bad flag: the message, then the usage, exit status 2."""


_FLAG_USAGE = ("usage: gopherpy vet [build flags] [-vettool prog] [vet flags] [packages]\n"
               "Run 'gopherpy help vet' for details.\n")


def _find_gomod(d: str):
    """(module root, module path, go version) of the go.mod enclosing directory d, or None."""
    d = os.path.abspath(d)
    while True:
        p = os.path.join(d, "go.mod")
        if os.path.isfile(p):
            with open(p, "rb") as f:
                text = f.read().decode("utf-8", "replace")
            modpath, version = "", ""
            for line in text.splitlines():
                parts = line.split("//", 1)[0].split()
                if len(parts) >= 2 and parts[0] == "module":
                    modpath = parts[1].strip('"`')
                elif len(parts) >= 2 and parts[0] == "go":
                    version = "go" + parts[1]
            return d, modpath, version
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _go_files(d: str) -> list[str]:
    """The Go files of directory d the build would use (linux/amd64, build constraints
    evaluated, no cgo, no test files)."""
    from gopherpy.types2.importer import select_files
    return [p for p, _ in select_files(d) or []]


def _ignored_go_files(d: str, used) -> list[str]:
    """The directory's Go files the build excludes by constraints or GOOS/GOARCH names."""
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return []
    used = {os.path.abspath(f) for f in used}
    return [os.path.abspath(os.path.join(d, n)) for n in names
            if n.endswith(".go") and not n.endswith("_test.go") and not n.startswith((".", "_"))
            and os.path.abspath(os.path.join(d, n)) not in used]


def _has_go_files(d: str) -> bool:
    try:
        return any(f.endswith(".go") for f in os.listdir(d))
    except OSError:
        return False


def _packages(patterns: list[str]):
    """[(import path, [absolute file names], go version, [ignored files])] for the patterns.
    Files named on the command line are checked with the newest language version, as
    the go command does whatever the go.mod says."""
    if patterns and all(p.endswith(".go") for p in patterns):
        for p in patterns:
            if not os.path.isfile(p):  # the go command then takes the name for a package path
                if _find_gomod(".") is None:
                    raise _UsageError(f"no required module provides package {p}: {_NO_GOMOD.rstrip()[4:]}")
                raise _UsageError(f"no required module provides package {p}; to add it:\n\tgo get {p}")
        return [("command-line-arguments", [os.path.abspath(p) for p in patterns], "", [])]
    if any(p.endswith(".go") for p in patterns):
        raise _UsageError("named files must be .go files: " + next(p for p in patterns if not p.endswith(".go")))
    mod = _find_gomod(".")
    if mod is None:
        for pat in patterns:
            if pat == "..." or pat.endswith("/..."):
                base = pat[:-len("/...")] if pat.endswith("/...") else "."
                raise _UsageError(f"pattern {pat}: directory prefix {base} does not contain main module or its selected dependencies")
        raise _UsageError(_NO_GOMOD.rstrip("\n"))
    root, modpath, version = mod
    out = []
    for pat in patterns or ["."]:
        recursive = pat == "..." or pat.endswith("/...")
        base = pat[:-len("/...")] if pat.endswith("/...") else ("." if pat == "..." else pat)
        dirs = []
        if recursive:
            for dirpath, dirnames, _ in os.walk(base):
                dirnames[:] = sorted(n for n in dirnames if not n.startswith((".", "_")) and n != "testdata"
                                     and not os.path.isfile(os.path.join(dirpath, n, "go.mod")))
                if _go_files(dirpath):
                    dirs.append(dirpath)
        else:
            if not os.path.isdir(base):
                raise _UsageError(f"stat {os.path.abspath(base)}: directory not found")
            if not _go_files(base):
                if _has_go_files(base):
                    raise _UsageError(f"package {_import_path(root, modpath, base)}: build constraints exclude all Go files in {os.path.abspath(base)}")
                raise _UsageError(f"no Go files in {os.path.abspath(base)}")
            dirs.append(base)
        for d in dirs:
            files = _go_files(d)
            out.append((_import_path(root, modpath, d), files, _ignored_go_files(d, files)))
    seen = set()
    uniq = []
    for path, files, ignored in sorted(out):
        if path not in seen:
            seen.add(path)
            uniq.append((path, [os.path.abspath(f) for f in files], version, ignored))
    return uniq


def _import_path(root: str, modpath: str, d: str) -> str:
    rel = os.path.relpath(os.path.abspath(d), root)
    return modpath if rel == "." else modpath + "/" + rel.replace(os.sep, "/")


def _short_dir(d: str) -> str:
    """The go command's ShortPath of a directory: relative to the current one if shorter."""
    try:
        rel = os.path.relpath(d)
    except ValueError:
        return d
    return rel if len(rel) < len(d) else d


def _error_file(name: str) -> str:
    """A file name as the go command shows it in a build error: ./main.go, v1/main.go."""
    return _short_dir(os.path.dirname(name)) + "/" + os.path.basename(name)


def _finding_file(name: str) -> str:
    try:
        return os.path.relpath(name)
    except ValueError:
        return name


def _parse_flags(args):
    """(enabled analyzer names or None for all, disabled names, the remaining args)."""
    from gopherpy.vet import ANALYZERS
    enabled, disabled = set(), set()
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "-":
        a = args[i].lstrip("-")
        i += 1
        name, eq, val = a.partition("=")
        if name in ANALYZERS:
            if eq and val.lower() in ("false", "0", "f"):
                disabled.add(name)
            else:
                enabled.add(name)
        elif name in ("h", "help"):
            raise _FlagError("")
        else:
            raise _FlagError(f"flag provided but not defined: -{name}\n")
    return (enabled or None), disabled, args[i:]


def vet_package(path: str, files: list[str], version: str, ignored, enabled, disabled, out) -> bool:
    """Vet one package; write its report to out; whether anything was reported."""
    from gopherpy.vet.load import load_package, LoadError
    try:
        pkg = load_package(path, files, version, ignored)
    except LoadError as e:
        if e.header:
            where = f"{e.line}:{e.column}:" if e.line else ""
            out.write(f"{_finding_file(e.filename)}:{where} {e.msg}\n")
            return True
        # the go command names a main package's vet action twice: "# p" and "# [p]"
        head = f"# {path}\n# [{path}]\n" if e.name == "main" else f"# {path}\n"
        # the go command shows the package's directory in its output as a short path
        d = os.path.dirname(e.filename)
        msg = e.msg.replace(d + os.sep, _short_dir(d) + "/")
        out.write(f"{head}vet: {_error_file(e.filename)}:{e.line}:{e.column}: {msg}\n")
        return True
    except OSError as e:
        out.write(f"# {path}\n# [{path}]\nvet: {e}\n")
        return True
    from gopherpy.vet import run_analyzers
    findings = run_analyzers(pkg, enabled, disabled)
    for pos, msg in findings:
        if pos is None:
            continue  # an analyzer's internal error, already reported
        out.write(f"{_finding_file(pos.filename)}:{pos.line}:{pos.column}: {msg}\n")
    return bool(findings)


def run(args: list[str]) -> int:
    try:
        enabled, disabled, patterns = _parse_flags(args)
        pkgs = _packages(patterns)
    except _FlagError as e:
        sys.stderr.write(f"{e}{_FLAG_USAGE}")
        return 2
    except _UsageError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    failed = False
    for path, files, version, ignored in pkgs:
        if vet_package(path, files, version, ignored, enabled, disabled, sys.stderr):
            failed = True
    return 1 if failed else 0
