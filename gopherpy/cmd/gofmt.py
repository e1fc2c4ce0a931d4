"""This file implements `gopherpy fmt`, a gofmt work-alike: it parses Go files and prints them as gofmt does.

Flags are gofmt's: -l lists files whose formatting differs, -w rewrites them in
place, -d prints a unified diff (gofmt's format; exit status 1 when a file differs),
-e reports all errors. Without flags the formatted source
goes to stdout. Directory arguments are walked recursively (every directory,
testdata included; files whose names end in .go and do not start with "."); a
file argument is formatted whatever its name. Without arguments stdin is read as
"<standard input>". Syntax errors are printed one per line as file:line:col: msg
and give exit status 2. Files are formatted in parallel processes (GOMAXPROCS or
the number of CPUs) and their results printed in order, as gofmt does.

Files are parsed as go/parser parses them (syntax/goparser.py), so the files
refused and the error texts are gofmt's, not gc's: gofmt makes no label checks,
and stops at the 12th error of a file without -e (11 are printed, plus every
scanner error met until then), with no "too many errors" line.

Not implemented: -s (simplify), -r (rewrite rules), -cpuprofile, and formatting of
program fragments from stdin (gofmt accepts declaration or statement lists there).
"""

from __future__ import annotations

import os
import sys

USAGE = "usage: gofmt [flags] [path ...]"

_FLAGS_HELP = """\
  -cpuprofile string
    	write cpu profile to this file
  -d	display diffs instead of rewriting files
  -e	report all errors (not just the first 10 on different lines)
  -l	list files whose formatting differs from gofmt's
  -r string
    	rewrite rule (e.g., 'a[b:len(a)] -> a[b:]')
  -s	simplify code
  -w	write result to (source) file instead of stdout
"""


class SyntaxErrors(Exception):
    """The source did not parse; lines holds the file:line:col: msg texts."""

    def __init__(self, lines):
        super().__init__("\n".join(lines))
        self.lines = lines


def format_source(filename: str, src: bytes, all_errors: bool = False) -> bytes:
    """Return gofmt's formatting of the Go source file src (raises SyntaxErrors with go/parser's messages).

    all_errors is gofmt's -e: every error, not only the first 10 on different lines.
    """
    from gopherpy.syntax.goparser import format_error, parse_go_file
    from gopherpy.syntax.printer import format_node
    from gopherpy.syntax.sortimports import sort_imports
    from gopherpy.syntax.source import FileSet

    fset = FileSet()
    file, errors = parse_go_file(filename, src, fset, all_errors)
    if errors:
        raise SyntaxErrors([format_error(e) for e in errors])
    sort_imports(fset, file)
    return format_node(fset, file).encode("utf-8", "surrogateescape")


def _is_go_filename(name: str) -> bool:
    return not name.startswith(".") and name.endswith(".go")


def _walk(arg: str):
    """Go files under arg in filepath.WalkDir's order (entries sorted, directories entered in place)."""
    if not os.path.isdir(arg):
        yield arg
        return
    try:
        entries = sorted(os.scandir(arg), key=lambda e: e.name)
    except OSError as e:
        yield f"open {arg}: {(e.strerror or str(e)).lower()}\n"  # reported in sequence
        return
    for e in entries:
        path = os.path.normpath(os.path.join(arg, e.name))
        if e.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif _is_go_filename(e.name):
            yield path


_BOOL_FLAGS = ("l", "w", "d", "e", "s")
_STRING_FLAGS = ("r", "cpuprofile")
_TRUE = ("1", "t", "T", "TRUE", "true", "True")
_FALSE = ("0", "f", "F", "FALSE", "false", "False")


def _usage_error(msg: str) -> int:
    sys.stderr.write(f"{msg}\n{USAGE}\n{_FLAGS_HELP}")
    return 2


def _parse_flags(args):
    """Go's flag package over gofmt's flags: returns (flags, paths) or an exit status."""
    flags = {name: False for name in _BOOL_FLAGS}
    i = 0
    while i < len(args):
        a = args[i]
        if len(a) < 2 or a[0] != "-":
            break
        i += 1
        if a == "--":
            break
        name = a[2:] if a[1] == "-" else a[1:]
        if not name or name[0] in "-=":
            return _usage_error(f"bad flag syntax: {a}")
        value = None
        if "=" in name:
            name, value = name.split("=", 1)
        if name in _BOOL_FLAGS:
            if value is None or value in _TRUE:
                flags[name] = True
            elif value in _FALSE:
                flags[name] = False
            else:
                return _usage_error(f'invalid boolean value "{value}" for -{name}: parse error')
        elif name in _STRING_FLAGS:
            if value is None:
                if i >= len(args):
                    return _usage_error(f"flag needs an argument: -{name}")
                value = args[i]
                i += 1
            flags[name] = value
        elif name in ("h", "help"):
            sys.stderr.write(USAGE + "\n" + _FLAGS_HELP)
            return 0
        else:
            return _usage_error(f"flag provided but not defined: -{name}")
    return flags, args[i:]


def run(args: list[str]) -> int:
    r = _parse_flags(args)
    if isinstance(r, int):
        return r
    flags, paths = r
    for name in ("s", "r", "cpuprofile"):
        if flags.get(name):
            sys.stderr.write(f"gopherpy fmt: -{name} is not implemented\n")
            return 2
    out = sys.stdout.buffer
    if not paths:
        if flags["w"]:
            sys.stderr.write("error: cannot use -w with standard input\n")
            return 2
        res, err, status = _process("<standard input>", flags, sys.stdin.buffer.read())
        out.write(res)
        out.flush()
        sys.stderr.write(err)
        return status
    # gofmt's exit status is set by each report in turn: the last file that differed
    # (1, with -d) or failed (2) decides it.
    status = 0
    jobs: list = []  # file paths, or an error text to report in sequence
    for arg in paths:
        if not os.path.lexists(arg):
            jobs.append(f"lstat {arg}: no such file or directory\n")
            continue
        jobs.extend(_walk(arg))
    for res, err, st in _run_jobs(jobs, flags):
        if res:
            out.write(res)
        if err:
            out.flush()
            sys.stderr.write(err)
            sys.stderr.flush()
        if st:
            status = st
    out.flush()
    return status


def _workers(njobs: int) -> int:
    """Processes to format with: GOMAXPROCS if set (as gofmt), else the number of CPUs; 1 for few files."""
    if njobs < 16:
        return 1
    try:
        n = int(os.environ.get("GOMAXPROCS", "0"))
    except ValueError:
        n = 0
    if n <= 0:
        n = os.cpu_count() or 1
    return min(n, 32)


def _run_jobs(jobs, flags):
    """Yield (stdout bytes, stderr text, status) per job, in order; files are formatted in parallel.

    Like gofmt, which formats files concurrently and prints their results in
    argument order. A job is a path, or the text of a walk error to report.
    """
    workers = _workers(len(jobs))
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            ctx = None
        if ctx is not None:
            # (a dead worker raises BrokenProcessPool here instead of hanging, as multiprocessing.Pool would)
            with ProcessPoolExecutor(workers, mp_context=ctx) as ex:
                yield from ex.map(_job, [(j, flags) for j in jobs], chunksize=4)
            return
    for j in jobs:
        yield _job((j, flags))


def _job(arg):
    path, flags = arg
    if path.endswith("\n"):
        return b"", path, 2
    try:
        with open(path, "rb") as fh:
            src = fh.read()
    except IsADirectoryError:
        return b"", f"read {path}: is a directory\n", 2
    except OSError as e:
        return b"", f"open {path}: {(e.strerror or str(e)).lower()}\n", 2
    return _process(path, flags, src, path)


def _process(filename: str, flags, src: bytes, path=None):
    """Format one file: (stdout bytes, stderr text, status) as gofmt's processFile reports them."""
    try:
        res = format_source(filename, src, flags["e"])
    except SyntaxErrors as e:
        return b"", "".join(line + "\n" for line in e.lines), 2
    out = []
    status = 0
    if res != src:
        if flags["l"]:
            out.append(filename.encode("utf-8", "surrogateescape") + b"\n")
        if flags["w"] and path is not None:
            try:
                mode = os.stat(path).st_mode & 0o777
                with open(path, "wb") as fh:
                    fh.write(res)
                os.chmod(path, mode)
            except OSError as e:
                return b"".join(out), f"open {path}: {(e.strerror or str(e)).lower()}\n", 2
        if flags["d"]:
            from gopherpy.cmd.diff import diff
            new_name = filename.replace(os.sep, "/")
            d = diff(new_name + ".orig", src.decode("utf-8", "surrogateescape"),
                     new_name, res.decode("utf-8", "surrogateescape"))
            out.append(d.encode("utf-8", "surrogateescape"))
            status = 1
    if not flags["l"] and not flags["w"] and not flags["d"]:
        out.append(res)
    return b"".join(out), "", status
