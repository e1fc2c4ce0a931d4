"""This file implements the unusedresult analyzer: calls, as statements, of functions whose
result is their only point (fmt.Sprintf, errors.New, slices.Clone ...) and of
`String() string` / `Error() string` methods."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.objects import Func

from .analysis import preorder, unparen

FUNCS = frozenset("""
context.WithCancel context.WithDeadline context.WithTimeout context.WithValue errors.New
fmt.Append fmt.Appendf fmt.Appendln fmt.Errorf fmt.Sprint fmt.Sprintf fmt.Sprintln
maps.All maps.Clone maps.Collect maps.Equal maps.EqualFunc maps.Keys maps.Values
slices.All slices.AppendSeq slices.Backward slices.BinarySearch slices.BinarySearchFunc
slices.Chunk slices.Clip slices.Clone slices.Collect slices.Compact slices.CompactFunc
slices.Compare slices.CompareFunc slices.Concat slices.Contains slices.ContainsFunc
slices.Delete slices.DeleteFunc slices.Equal slices.EqualFunc slices.Grow slices.Index
slices.IndexFunc slices.Insert slices.IsSorted slices.IsSortedFunc slices.Max slices.MaxFunc
slices.Min slices.MinFunc slices.Repeat slices.Replace slices.Sorted slices.SortedFunc
slices.SortedStableFunc slices.Values sort.Reverse
""".split())
STRING_METHODS = frozenset(("Error", "String"))


def _no_args_string_result(sig) -> bool:
    if sig.params.vars or sig.variadic or sig.type_params or len(sig.results.vars) != 1:
        return False
    r = sig.results.vars[0].type
    return isinstance(r, typs.Basic) and r.kind == typs.String and r.name == "string"


def run(p):
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.ExprStmt):
                continue
            call = unparen(n.x)
            if not isinstance(call, ast.CallExpr):
                continue
            fn = p.callee(call)
            if not isinstance(fn, Func) or not isinstance(fn.type, typs.Signature):
                continue
            sig = fn.type
            if sig.recv is not None:
                if fn.name in STRING_METHODS and _no_args_string_result(sig):
                    p.report(call.pos(), f"result of ({sig.recv.type}).{fn.name} call not used")
            elif fn.pkg is not None and f"{fn.pkg.path}.{fn.name}" in FUNCS:
                p.report(call.pos(), f"result of {fn.pkg.path}.{fn.name} call not used")
