"""This file renders expressions and simple statements as short strings for error messages.

It follows gc's syntax.String short form: function bodies and composite literal
contents are elided as "{…}", everything else is printed with single blanks
around binary operators.
"""

from __future__ import annotations

from . import nodes as ast


def expr_string(x) -> str:
    t = type(x)
    if x is None:
        return ""
    if t is ast.Ident:
        return x.name
    if t is ast.BasicLit:
        return x.value
    if t is ast.BadExpr:
        return "BadExpr"
    if t is ast.ParenExpr:
        return "(" + expr_string(x.x) + ")"
    if t is ast.SelectorExpr:
        return expr_string(x.x) + "." + x.sel.name
    if t is ast.IndexExpr:
        return expr_string(x.x) + "[" + expr_string(x.index) + "]"
    if t is ast.IndexListExpr:
        return expr_string(x.x) + "[" + ", ".join(expr_string(i) for i in x.indices) + "]"
    if t is ast.SliceExpr:
        s = expr_string(x.x) + "[" + expr_string(x.low) + ":" + expr_string(x.high)
        if x.slice3:
            s += ":" + expr_string(x.max)
        return s + "]"
    if t is ast.TypeAssertExpr:
        return expr_string(x.x) + ".(" + ("type" if x.type is None else expr_string(x.type)) + ")"
    if t is ast.CallExpr:
        s = expr_string(x.fun) + "(" + ", ".join(expr_string(a) for a in x.args)
        if x.ellipsis:
            s += "..."
        return s + ")"
    if t is ast.StarExpr:
        return "*" + expr_string(x.x)
    if t is ast.UnaryExpr:
        return x.op + expr_string(x.x)
    if t is ast.BinaryExpr:
        return expr_string(x.x) + " " + x.op + " " + expr_string(x.y)
    if t is ast.KeyValueExpr:
        return expr_string(x.key) + ": " + expr_string(x.value)
    if t is ast.CompositeLit:
        return expr_string(x.type) + ("{…}" if x.elts else "{}")
    if t is ast.FuncLit:
        return "func" + _sig(x.type) + (" {…}" if x.body.list else " {}")
    if t is ast.FuncType:
        return "func" + _sig(x)
    if t is ast.ArrayType:
        if x.len is None:
            return "[]" + expr_string(x.elt)
        return "[" + expr_string(x.len) + "]" + expr_string(x.elt)
    if t is ast.Ellipsis:
        return "..." + expr_string(x.elt)
    if t is ast.MapType:
        return "map[" + expr_string(x.key) + "]" + expr_string(x.value)
    if t is ast.ChanType:
        if x.dir == ast.RECV:
            return "<-chan " + expr_string(x.value)
        if x.dir == ast.SEND:
            return "chan<- " + expr_string(x.value)
        return "chan " + expr_string(x.value)
    if t is ast.StructType:
        parts = []
        for f in x.fields.list:
            fs = expr_string(f.type)
            if f.names:
                fs = ", ".join(n.name for n in f.names) + " " + fs
            if f.tag is not None:
                fs += " " + f.tag.value
            parts.append(fs)
        return "struct{" + "; ".join(parts) + "}"
    if t is ast.InterfaceType:
        parts = []
        for f in x.methods.list:
            if f.names and type(f.type) is ast.FuncType:
                parts.append(f.names[0].name + _sig(f.type))
            else:
                parts.append(expr_string(f.type))
        return "interface{" + "; ".join(parts) + "}"
    return "?"


def _fields(fl) -> str:
    parts = []
    for f in fl.list:
        ts = expr_string(f.type)
        if f.names:
            parts.append(", ".join(n.name for n in f.names) + " " + ts)
        else:
            parts.append(ts)
    return ", ".join(parts)


def _sig(ft) -> str:
    s = "(" + _fields(ft.params) + ")"
    if ft.results is not None and ft.results.list:
        r = ft.results
        if len(r.list) == 1 and not r.list[0].names:
            s += " " + expr_string(r.list[0].type)
        else:
            s += " (" + _fields(r) + ")"
    return s


def stmt_string(s) -> str:
    t = type(s)
    if t is ast.ExprStmt:
        return expr_string(s.x)
    if t is ast.AssignStmt:
        return ", ".join(expr_string(x) for x in s.lhs) + " " + s.tok + " " + ", ".join(expr_string(x) for x in s.rhs)
    if t is ast.IncDecStmt:
        return expr_string(s.x) + s.tok
    if t is ast.SendStmt:
        return expr_string(s.chan) + " <- " + expr_string(s.value)
    return "?"
