"""This file converts a gopherpy tree to go/ast's JSON shape (testdata/astdump) for differential tests."""

from __future__ import annotations

import re

from . import nodes as ast

_SPECIAL = {"Func": "func_", "If": "if_", "For": "for_", "Return": "return_", "Map": "map_", "Else": "else_",
            "Range": "range_", "From": "from_", "Interface": "interface", "Struct": "struct"}
_SKIP = {"Obj", "Scope", "Unresolved", "Imports", "FileStart", "FileEnd", "GoVersion", "Incomplete",
         "ValueEnd", "EndPos"}


def _snake(name: str) -> str:
    if name in _SPECIAL:
        return _SPECIAL[name]
    s = re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
    return s.replace("slice3", "slice3")


def diff(go, node, base, path="File"):
    """Return a description of the first difference between go/ast JSON and our node, or None."""
    if go is None:
        if node is None or (isinstance(node, list) and not node):
            return None
        return f"{path}: go nil, ours {type(node).__name__}"
    if isinstance(go, list):
        if not isinstance(node, list):
            return f"{path}: go list, ours {type(node).__name__}"
        if len(go) != len(node):
            return f"{path}: go len {len(go)}, ours {len(node)}"
        for i, (g, n) in enumerate(zip(go, node)):
            d = diff(g, n, base, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(go, dict):
        if node is None:
            return f"{path}: go {go['_type']}, ours None"
        t = type(node).__name__
        if go["_type"] != t:
            return f"{path}: go {go['_type']}, ours {t}"
        for k, g in go.items():
            if k == "_type" or k in _SKIP:
                continue
            attr = _snake(k)
            if k == "Slash" or k.endswith("Pos") or k in ("Lparen", "Rparen", "Lbrace", "Rbrace", "Lbrack", "Rbrack",
                                                         "Opening", "Closing", "Colon", "Semicolon", "Ellipsis", "Star",
                                                         "Arrow", "Begin", "Assign", "Package", "Defer", "Go", "Case",
                                                         "Switch", "Select", "Func", "If", "For", "Return", "Map",
                                                         "Interface", "Struct", "Range", "TokPos", "From", "To"):
                if type(node) is ast.Ellipsis and k == "Ellipsis" or not isinstance(g, (dict, list)) and isinstance(g, int):
                    v = getattr(node, attr, None)
                    if isinstance(v, int):
                        ours = v - base if v else 0
                        if ours != g:
                            return f"{path}.{k}: go {g}, ours {ours}"
                        continue
            v = getattr(node, attr, "<missing>")
            if isinstance(v, str) and v == "<missing>":
                return f"{path}.{k}: missing attribute {attr}"
            if isinstance(g, (dict, list)) or g is None:
                d = diff(g, v, base, f"{path}.{k}")
                if d:
                    return d
            elif g != v:
                return f"{path}.{k}: go {g!r}, ours {v!r}"
        return None
    return None if go == node else f"{path}: go {go!r}, ours {node!r}"
