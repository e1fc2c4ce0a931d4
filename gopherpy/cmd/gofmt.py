"""This file implements `gopherpy fmt`, a gofmt work-alike: it parses Go files and prints them as gofmt does.

Flags are gofmt's: -l lists files whose formatting differs, -w rewrites them in
place, -d prints a unified diff (gofmt's format; exit status 1 when a file differs),
-e is accepted (all errors are reported anyway). Without flags the formatted source
goes to stdout. Directory arguments are walked recursively (every directory,
testdata included; files whose names end in .go and do not start with "."); a
file argument is formatted whatever its name. Without arguments stdin is read as
"<standard input>". Syntax errors are printed one per line as file:line:col: msg
and give exit status 2.

Not implemented: -s (simplify), -r (rewrite rules), -cpuprofile, and formatting of
program fragments from stdin (gofmt accepts declaration or statement lists there).
Syntax error texts are gopherpy's parser's (gc wording), not go/parser's.
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


def format_source(filename: str, src: bytes) -> bytes:
    """Return gofmt's formatting of the Go source file src (raises SyntaxErrors)."""
    from gopherpy.syntax import parse_file
    from gopherpy.syntax.printer import format_node
    from gopherpy.syntax.sortimports import sort_imports
    from gopherpy.syntax.source import FileSet

    fset = FileSet()
    try:
        file, errors = _parse(parse_file, fset, filename, src)
    except SyntaxErrors:
        raise
    if errors:
        raise SyntaxErrors(errors)
    sort_imports(fset, file)
    return format_node(fset, file).encode("utf-8", "surrogateescape")


def _parse(parse_file, fset, filename, src):
    """Call the parser and normalise the ways it can report errors into a list of lines."""
    from gopherpy.syntax import ErrorList

    try:
        return parse_file(filename, src, fset), []
    except ErrorList as e:
        raise SyntaxErrors([str(x) for x in e.errors]) from None


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
        sys.stderr.write(f"open {arg}: {(e.strerror or str(e)).lower()}\n")
        return
    for e in entries:
        path = os.path.normpath(os.path.join(arg, e.name))
        if e.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif _is_go_filename(e.name):
            yield path


def run(args: list[str]) -> int:
    flags = {"l": False, "w": False, "d": False, "e": False, "s": False}
    paths: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            paths.extend(args[i + 1:])
            break
        if not a.startswith("-") or a == "-":
            paths.extend(args[i:])
            break
        name = a.lstrip("-")
        value = None
        if "=" in name:
            name, value = name.split("=", 1)
        if name in ("h", "help"):
            sys.stderr.write(USAGE + "\n" + _FLAGS_HELP)
            return 2
        if name in flags:
            flags[name] = value is None or value.lower() in ("1", "t", "true")
        elif name in ("r", "cpuprofile"):
            sys.stderr.write(f"gopherpy fmt: -{name} is not implemented\n")
            return 2
        else:
            sys.stderr.write(f"flag provided but not defined: -{name}\n{USAGE}\n{_FLAGS_HELP}")
            return 2
        i += 1
    if flags["s"]:
        sys.stderr.write("gopherpy fmt: -s is not implemented\n")
        return 2
    out = sys.stdout.buffer
    status = 0
    if not paths:
        if flags["w"]:
            sys.stderr.write("error: cannot use -w with standard input\n")
            return 2
        return _process("<standard input>", sys.stdin.buffer.read(), flags, out, None)
    for arg in paths:
        if not os.path.exists(arg):
            sys.stderr.write(f"lstat {arg}: no such file or directory\n")
            status = 2
            continue
        for path in _walk(arg):
            try:
                with open(path, "rb") as fh:
                    src = fh.read()
            except OSError as e:
                sys.stderr.write(f"open {path}: {e.strerror.lower() if e.strerror else e}\n")
                status = 2
                continue
            st = _process(path, src, flags, out, path)
            status = max(status, st)
    out.flush()
    return status


def _process(filename: str, src: bytes, flags, out, path) -> int:
    try:
        res = format_source(filename, src)
    except SyntaxErrors as e:
        sys.stdout.flush()
        out.flush()
        for line in e.lines:
            sys.stderr.write(line + "\n")
        return 2
    status = 0
    if res != src:
        if flags["l"]:
            out.write(filename.encode() + b"\n")
        if flags["w"] and path is not None:
            mode = os.stat(path).st_mode & 0o777
            with open(path, "wb") as fh:
                fh.write(res)
            os.chmod(path, mode)
        if flags["d"]:
            from gopherpy.cmd.diff import diff
            new_name = filename.replace(os.sep, "/")
            d = diff(new_name + ".orig", src.decode("utf-8", "surrogateescape"),
                     new_name, res.decode("utf-8", "surrogateescape"))
            out.write(d.encode("utf-8", "surrogateescape"))
            status = 1
    if not flags["l"] and not flags["w"] and not flags["d"]:
        out.write(res)
    return status
