"""This file implements the composites analyzer: struct literals of another package's types
with unkeyed fields (`pkg.T{1, 2}`), which break when the package adds a field.
image.Point, unicode.Range16 and the other types of go vet's allow-list are exempt."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import preorder

ALLOWED = frozenset("""
image/color.Alpha16 image/color.Alpha image/color.CMYK image/color.Gray16 image/color.Gray
image/color.NRGBA64 image/color.NRGBA image/color.NYCbCrA image/color.RGBA64 image/color.RGBA
image/color.YCbCr image.Point image.Rectangle image.Uniform unicode.Range16 unicode.Range32
testing.InternalBenchmark testing.InternalExample testing.InternalTest testing.InternalFuzzTarget
""".split())


def _trim_test(path: str) -> str:
    return path[:-5] if path.endswith("_test") else path


def _same_package_type(p, t) -> bool:
    t = typs.unalias(t)
    if isinstance(t, typs.Struct):
        return True
    if isinstance(t, typs.Pointer):
        return _same_package_type(p, t.elem)
    if isinstance(t, (typs.Named, typs.TypeParam)):
        pkg = t.obj.pkg
        return pkg is not None and _trim_test(pkg.path) == _trim_test(p.types.path)
    return False


def run(p):
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.CompositeLit) or not n.elts:
                continue
            if any(isinstance(e, ast.KeyValueExpr) for e in n.elts):
                continue
            t = p.type_of(n)
            if t is None:
                continue
            term = t
            ut = typs.unalias(t)
            if isinstance(ut, typs.TypeParam):
                from gopherpy.types2.typeset import type_set_of
                terms = type_set_of(ut).terms
                if not terms:
                    continue
                term = terms[0].type
            base = typs.unalias(term)
            if isinstance(base, typs.Pointer):
                base = base.elem
            if not isinstance(typs.under(base), typs.Struct):
                continue
            if _same_package_type(p, term):
                continue
            name = str(t)
            if name in ALLOWED:
                continue
            p.report(n.pos(), f"{name} struct literal uses unkeyed fields")
