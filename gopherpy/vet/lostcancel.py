"""This file implements the lostcancel analyzer: the cancel function returned by
context.WithCancel, WithTimeout, WithDeadline (and their ...Cause forms) discarded with
`_`, or not used on some path from its assignment to a return of the function (found
by a depth-first search of the function's CFG, cfg.py). main.main is exempt."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import PkgName, Var

from .analysis import children, preorder
from .cfg import CFGs

_FUNCS = ("WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause")


def _is_with_cancel(p, n) -> bool:
    if not isinstance(n, ast.SelectorExpr) or n.sel.name not in _FUNCS:
        return False
    if isinstance(n.x, ast.Ident):
        obj = p.info.uses.get(n.x)
        if isinstance(obj, PkgName):
            return obj.imported.path == "context"
        return n.x.name == "context"
    return False


def run(p):
    if not any(imp.path.value.strip('"`') == "context" for f in p.files for imp in f.imports):
        return
    cfgs = CFGs(p)
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, (ast.FuncDecl, ast.FuncLit)):
                _run_func(p, cfgs, n)


def _cancel_vars(p, node):
    """{Var: defining statement} of the function's cancel variables, in order; reports discards."""
    out = {}
    lo, hi = node.pos(), node.end()

    def visit(n, stack):
        if isinstance(n, ast.FuncLit) and stack:
            return
        if len(stack) >= 2 and _is_with_cancel(p, n) and isinstance(stack[-1], ast.CallExpr):
            stmt = stack[-2]
            ident = None
            if isinstance(stmt, ast.ValueSpec) and len(stmt.names) > 1:
                ident = stmt.names[1]
            elif isinstance(stmt, ast.AssignStmt) and len(stmt.lhs) > 1 and isinstance(stmt.lhs[1], ast.Ident):
                ident = stmt.lhs[1]
            if ident is not None:
                if ident.name == "_":
                    p.report(ident.pos(), f"the cancel function returned by context.{n.sel.name} should be "
                                          "called, not discarded, to avoid a context leak")
                else:
                    v = p.info.uses.get(ident)
                    if isinstance(v, Var):
                        if lo <= v.pos < hi:
                            out[v] = stmt
                    else:
                        v = p.info.defs.get(ident)
                        if isinstance(v, Var):
                            out[v] = stmt
        stack.append(n)
        for c in children(n):
            visit(c, stack)
        stack.pop()

    visit(node, [])
    return out


def _run_func(p, cfgs, node):
    cancel_vars = _cancel_vars(p, node)
    if not cancel_vars:
        return
    if isinstance(node, ast.FuncDecl):
        fn = p.info.defs.get(node.name)
        sig = fn.type if fn is not None else None
        if node.name.name == "main" and node.recv is None and p.types.name == "main":
            return
        g = cfgs.func_decl(node)
    else:
        sig = p.type_of(node)
        g = cfgs.func_lit(node)
    if sig is None or g is None:
        return
    for v, stmt in cancel_vars.items():
        ret = _lost_cancel_path(p, g, v, stmt, sig)
        if ret is not None:
            line = p.fset.position(stmt.pos()).line
            p.report(stmt.pos(), f"the {v.name} function is not used on all paths (possible context leak)")
            p.report(ret.pos(), f"this return statement may be reached without using the {v.name} var defined on line {line}")


def _lost_cancel_path(p, g, v, stmt, sig):
    named_result = any(r is v for r in sig.results.vars)

    def uses(nodes) -> bool:
        for s in nodes:
            for n in preorder(s):
                if isinstance(n, ast.Ident) and p.info.uses.get(n) is v:
                    return True
                if isinstance(n, ast.ReturnStmt) and not n.results and named_result:
                    return True
        return False

    memo = {}

    def block_uses(b) -> bool:
        r = memo.get(b.index)
        if r is None:
            r = memo[b.index] = uses(b.nodes)
        return r

    defblock = None
    rest = []
    for b in g.blocks:
        for i, n in enumerate(b.nodes):
            if n is stmt:
                defblock, rest = b, b.nodes[i + 1:]
                break
        if defblock is not None:
            break
    if defblock is None:
        return None
    if uses(rest):
        return None
    ret = defblock.return_stmt()
    if ret is not None:
        return ret
    seen = set()

    def search(blocks):
        for b in blocks:
            if b.index in seen:
                continue
            seen.add(b.index)
            if block_uses(b):
                continue
            r = b.return_stmt()
            if r is not None:
                return r
            r = search(b.succs)
            if r is not None:
                return r
        return None

    return search(defblock.succs)
