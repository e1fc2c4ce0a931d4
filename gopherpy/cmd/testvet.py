"""This file implements the part of go test's vet step that gopherpy test runs: the `tests` analyzer's checks.

go test vets a package before running its tests (the analyzers atomic, bool,
buildtags, directive, errorsas, ifaceassert, nilfunc, printf, stringintconv and
tests); a finding fails the package as a build failure:

    # example.com/p
    # [example.com/p]
    ./p_test.go:5:6: Testfoo has malformed name: first letter after 'Test' must not be lowercase
    FAIL	example.com/p [build failed]

Only the `tests` analyzer is done here, and on syntax alone (the other analyzers need
the package type-checked from source, which costs seconds per run): names of Test,
Benchmark and Fuzz functions, Example functions' signatures, names (an ExampleF must
name an identifier of the package or of a package it imports, ExampleT_M a field or
method of T, suffixes must start with a lower-case letter) and output comments. Where
syntax cannot decide (a method promoted through an embedded field, a member of a
variable or of an imported type), nothing is reported.
"""

from __future__ import annotations

import os
import re
import unicodedata

_OUTPUT = re.compile(r"(?i)^[ \t\n\r\f\v]*(unordered )?output:")


def _is_lower(ch: str) -> bool:
    return unicodedata.category(ch) == "Ll"


def _recv_base(fn):
    """The receiver's base type name of method fn, or ""."""
    from gopherpy.syntax import nodes as N
    t = fn.recv.list[0].type if fn.recv and fn.recv.list else None
    if isinstance(t, N.StarExpr):
        t = t.x
    if isinstance(t, N.IndexExpr) or type(t).__name__ == "IndexListExpr":
        t = t.x
    return t.name if isinstance(t, N.Ident) else ""


class Scope:
    """Package-level names of a set of files: kind ('type', 'func', 'var', 'const'),
    and for local types the members syntax can see (None: cannot tell)."""

    def __init__(self, trees):
        from gopherpy.syntax import nodes as N
        self.kinds: dict[str, str] = {}
        self.members: dict[str, set | None] = {}
        methods: dict[str, set] = {}
        for tree in trees:
            for d in tree.decls:
                if isinstance(d, N.FuncDecl):
                    if d.recv is None:
                        self.kinds.setdefault(d.name.name, "func")
                    else:
                        methods.setdefault(_recv_base(d), set()).add(d.name.name)
                elif isinstance(d, N.GenDecl):
                    for s in d.specs:
                        if isinstance(s, N.TypeSpec):
                            self.kinds[s.name.name] = "type"
                            self.members[s.name.name] = self._type_members(s)
                        elif isinstance(s, N.ValueSpec):
                            for n in s.names:
                                self.kinds.setdefault(n.name, d.tok)
        for t, ms in methods.items():
            if t in self.members and self.members[t] is not None:
                self.members[t] |= ms

    @staticmethod
    def _type_members(spec):
        from gopherpy.syntax import nodes as N
        if spec.assign:
            return None  # an alias: its members are another type's
        t = spec.type
        if isinstance(t, N.StructType):
            out = set()
            for f in t.fields.list:
                if not f.names:
                    return None  # promoted members: not decided here
                out |= {n.name for n in f.names}
            return out
        if isinstance(t, N.InterfaceType):
            out = set()
            for f in t.methods.list:
                if not f.names:
                    return None
                out |= {n.name for n in f.names}
            return out
        if isinstance(t, (N.Ident, N.SelectorExpr, N.ParenExpr)):
            return None  # a defined type over another named type: its fields are that type's
        return set()


def _import_paths(trees) -> list[str]:
    out = []
    for tree in trees:
        for imp in tree.imports:
            p = imp.path.value.strip('"`')
            if p not in out:
                out.append(p)
    return out


class Checker:
    """Runs the checks on one package (its files' trees) and collects findings."""

    def __init__(self, fset, trees, import_scope):
        self.fset = fset
        self.trees = trees
        self.scope = Scope([t for _, t in trees])
        self.imports = _import_paths([t for _, t in trees])
        self.import_scope = import_scope  # path -> Scope or None (unknown)
        self.findings: list[tuple[str, int, int, str]] = []

    def report(self, pos, msg):
        p = self.fset.position(pos)
        self.findings.append((p.filename, p.line, p.column, msg))

    def lookup(self, name):
        """[(kind, members)] of the objects named name in the package or its imports;
        None when some import could not be read (nothing is reported then)."""
        if name in self.scope.kinds:
            return [(self.scope.kinds[name], self.scope.members.get(name))]
        out = []
        for path in self.imports:
            sc = self.import_scope(path)
            if sc is None:
                return None
            if name in sc.kinds:
                out.append((sc.kinds[name], None))
        return out

    def run(self):
        from gopherpy.syntax import nodes as N
        for filename, tree in self.trees:
            if not filename.endswith("_test.go"):
                continue
            for d in tree.decls:
                if not isinstance(d, N.FuncDecl) or d.recv is not None:
                    continue
                name = d.name.name
                if name.startswith("Example"):
                    self.example_name(d)
                    self.example_output(d, tree.comments)
                else:
                    for prefix in ("Test", "Benchmark", "Fuzz"):
                        if name.startswith(prefix):
                            self.test(d, prefix)
                            break

    def test(self, fn, prefix):
        from gopherpy.syntax import nodes as N
        t = fn.type
        if (t.results is not None and t.results.list) or t.params is None \
                or len(t.params.list) != 1 or len(t.params.list[0].names) > 1:
            return
        pt = t.params.list[0].type
        if not isinstance(pt, N.StarExpr):
            return
        x = pt.x
        want = prefix[0]
        if not ((isinstance(x, N.Ident) and x.name == want)
                or (isinstance(x, N.SelectorExpr) and x.sel.name == want)):
            return
        if t.type_params is not None and t.type_params.list:
            self.report(t.type_params.opening, f"{fn.name.name} has type parameters: it will not be "
                        f"run by go test as a {prefix}XXX function")
        rest = fn.name.name[len(prefix):]
        if rest and _is_lower(rest[0]):
            self.report(fn.name.pos(), f"{fn.name.name} has malformed name: first letter after "
                        f"'{prefix}' must not be lowercase")

    def example_name(self, fn):
        name = fn.name.name
        t = fn.type
        if t.params is not None and t.params.list:
            self.report(fn.pos(), f"{name} should be niladic")
        if t.results is not None and t.results.list:
            self.report(fn.pos(), f"{name} should return nothing")
        if t.type_params is not None and t.type_params.list:
            self.report(fn.pos(), f"{name} should not have type params")
        if name == "Example":
            return
        ex = name[len("Example"):]
        elems = ex.split("_", 2)
        ident = elems[0]
        objs = self.lookup(ident) if ident else []
        if objs is None:
            return
        if ident and not objs:
            self.report(fn.pos(), f"{name} refers to unknown identifier: {ident}")
            return
        if len(elems) < 2:
            return
        if not ident:
            residual = ex[1:]
            if not (residual and _is_lower(residual[0])):
                self.report(fn.pos(), f"{name} has malformed example suffix: {residual}")
            return
        member = elems[1]
        if not (member and _is_lower(member[0])):
            found = False
            for kind, members in objs:
                if kind == "func":
                    continue  # a function has no fields or methods
                if members is None or member in members:
                    found = True
                    break
            if not found:
                self.report(fn.pos(), f"{name} refers to unknown field or method: {ident}.{member}")
        if len(elems) == 3 and not (elems[2] and _is_lower(elems[2][0])):
            self.report(fn.pos(), f"{name} has malformed example suffix: {elems[2]}")

    def example_output(self, fn, comments):
        from gopherpy.cmd.test import _comment_text
        inside = []
        for cg in comments:
            if cg.pos() < fn.pos():
                continue
            if cg.end() > fn.end():
                break
            inside.append((bool(_OUTPUT.match(_comment_text(cg))), cg.pos()))
        n = sum(1 for o, _ in inside if o)
        msg = ("there can only be one output comment block per example" if n > 1
               else "output comment block must be the last comment block")
        for i, (is_out, pos) in enumerate(inside):
            if is_out and i != len(inside) - 1:
                self.report(pos, msg)


def _short(name: str, base: str) -> str:
    """A file name as the go command shows it in vet output: ./x_test.go, sub/x_test.go."""
    d = os.path.dirname(name)
    try:
        rel = os.path.relpath(d, base)
    except ValueError:
        rel = d
    if len(rel) >= len(d):
        rel = d
    return rel + "/" + os.path.basename(name)


def vet_package(path: str, fset, trees, import_scope, base: str) -> str:
    """go test's vet report for one package ([(filename, tree)]), or "" when clean."""
    c = Checker(fset, trees, import_scope)
    c.run()
    if not c.findings:
        return ""
    lines = [f"# {path}", f"# [{path}]"]
    for fn, line, col, msg in sorted(c.findings):
        lines.append(f"{_short(fn, base)}:{line}:{col}: {msg}")
    return "\n".join(lines) + "\n"
