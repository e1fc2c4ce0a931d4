"""Tests of the checker against the real Go toolchain's messages (testdata/progs/*.out,
made by testdata/gen_golden.py) and of the Info side tables the compiler consumes."""

import os

import pytest

from gopherpy.syntax import FileSet, nodes as N, parse_file
from gopherpy.types2.api import Config, check
from gopherpy.types2.importer import default_importer

PROGS = os.path.join(os.path.dirname(__file__), "testdata", "progs")


def run(path):
    fset = FileSet()
    with open(path, "rb") as f:
        src = f.read()
    file = parse_file(os.path.basename(path), src, fset)
    errs = []
    pkg, info = check("main", [file], fset, Config(importer=default_importer(), error=errs.append))
    return file, pkg, info, sorted(errs, key=lambda e: e.pos)


@pytest.mark.parametrize("name", sorted(n for n in os.listdir(PROGS) if n.endswith(".go")))
def test_prog_errors(name):
    path = os.path.join(PROGS, name)
    _, _, _, errs = run(path)
    got = "".join(f"{e}\n" for e in errs)
    with open(path[:-3] + ".out") as f:
        want = f.read()
    assert got == want


def test_info_hello():
    file, pkg, info, errs = run(os.path.join(PROGS, "ok_hello.go"))
    assert errs == []
    assert pkg.name == "main"
    # every identifier is defined or used
    idents = []

    def walk(n):
        if isinstance(n, N.Ident):
            idents.append(n)
        for f in getattr(n, "__slots__", ()):
            v = getattr(n, f, None)
            if isinstance(v, N.Node):
                walk(v)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, N.Node):
                        walk(x)
    walk(file)
    missing = [i.name for i in idents if i not in info.defs and i not in info.uses and i.name != "_"]
    assert missing == ["main"]  # only the package clause's name
    by_name = {}
    for ident, obj in info.defs.items():
        if obj is not None:
            by_name.setdefault(ident.name, obj)
    assert str(by_name["Rect"].type) == "main.Rect"
    assert str(by_name["Map"].type) == "func[T, U any](xs []T, f func(T) U) []U"
    assert by_name["B"].val == 1
    # the generic call has an instance with inferred type arguments
    insts = {str(k.name): v for k, v in info.instances.items()}
    assert [str(t) for t in insts["Map"].type_args] == ["int", "string"]
    assert str(insts["Map"].type) == "func(xs []int, f func(int) string) []string"
    # untyped constants get their final type
    lits = [e for e in info.types if isinstance(e, N.BasicLit) and e.value == "3"]
    assert [str(info.types[e].type) for e in lits] == ["float64"]
    assert info.types[lits[0]].value == 3
    # go/types records min/max constant arguments with the untyped result type
    lits = [e for e in info.types if isinstance(e, N.BasicLit) and e.value == "2.5"]
    assert [str(info.types[e].type) for e in lits] == ["untyped float"]
    sels = [s for s in info.selections.values() if s.obj.name == "Area"]
    assert sels and sels[0].kind == 1
    assert len(info.init_order) == 1


def test_init_order():
    src = b"package p\nvar a = b + 1\nvar b = f()\nfunc f() int { return c }\nvar c = 2\n"
    fset = FileSet()
    f = parse_file("p.go", src, fset)
    pkg, info = check("p", [f], fset, Config())
    assert [str(i) for i in info.init_order] == ["c = 2", "b = f()", "a = b + 1"]
