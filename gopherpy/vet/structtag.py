"""This file implements the structtag analyzer: struct field tags that reflect.StructTag.Get
cannot parse, json/xml tags on unexported fields, and json/xml names used twice in one
struct (embedded structs' fields included, by nesting level)."""

from __future__ import annotations

import os

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.constant import quote_str, unquote_bytes

from .analysis import preorder

_CHECK_SPACES = ("json", "xml", "asn1")


def tag_get(tag: str, key: str) -> str:
    """reflect.StructTag(tag).Get(key)."""
    while tag:
        i = 0
        while i < len(tag) and tag[i] == " ":
            i += 1
        tag = tag[i:]
        if not tag:
            break
        i = 0
        while i < len(tag) and tag[i] > " " and tag[i] not in ':"' and tag[i] != "\x7f":
            i += 1
        if i == 0 or i + 1 >= len(tag) or tag[i] != ":" or tag[i + 1] != '"':
            break
        name = tag[:i]
        tag = tag[i + 1:]
        i = 1
        while i < len(tag) and tag[i] != '"':
            if tag[i] == "\\":
                i += 1
            i += 1
        if i >= len(tag):
            break
        qvalue = tag[:i + 1]
        tag = tag[i + 1:]
        if key == name:
            v = _unquote(qvalue)
            return v if v is not None else ""
    return ""


def _unquote(q: str):
    if len(q) < 2 or q[0] != '"' or q[-1] != '"' or "\n" in q:
        return None
    body = q[1:-1]
    if "\\'" in body:
        return None
    try:
        b = unquote_bytes(body, '"')
    except Exception:
        return None
    return b.decode("utf-8", "surrogateescape") if b is not None else None


def validate(tag: str):
    """The error reflect.StructTag.Get's conventions find in tag, or None."""
    n = 0
    while tag:
        if n > 0 and tag[0] != " ":
            return "key:\"value\" pairs not separated by spaces"
        n += 1
        i = 0
        while i < len(tag) and tag[i] == " ":
            i += 1
        tag = tag[i:]
        if not tag:
            break
        i = 0
        while i < len(tag) and tag[i] > " " and tag[i] not in ':"' and tag[i] != "\x7f":
            i += 1
        if i == 0:
            return "bad syntax for struct tag key"
        if i + 1 >= len(tag) or tag[i] != ":":
            return "bad syntax for struct tag pair"
        if tag[i + 1] != '"':
            return "bad syntax for struct tag value"
        key = tag[:i]
        tag = tag[i + 1:]
        i = 1
        while i < len(tag) and tag[i] != '"':
            if tag[i] == "\\":
                i += 1
            i += 1
        if i >= len(tag):
            return "bad syntax for struct tag value"
        qvalue = tag[:i + 1]
        tag = tag[i + 1:]
        value = _unquote(qvalue)
        if value is None:
            return "bad syntax for struct tag value"
        if key not in _CHECK_SPACES:
            continue
        if key == "xml":
            if value.strip(" ") != value or value.count(" ") > 1:
                return "suspicious space in struct tag value"
            comma = value.find(",")
            if comma < 0:
                continue
            if comma > 0 and value[comma - 1] == " ":
                return "suspicious space in struct tag value"
            value = value[comma + 1:]
        elif key == "json":
            comma = value.find(",")
            if comma < 0:
                continue
            value = value[comma + 1:]
        if " " in value:
            return "suspicious space in struct tag value"
    return None


def _can_backquote(s: str) -> bool:
    for c in s:
        if c == "`" or c == "\ufeff" or (ord(c) < 0x20 and c != "\t") or c == "\x7f":
            return False
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _sharp_q(s: str) -> str:
    """fmt's %#q of s: backquoted when possible, else strconv.Quote."""
    if _can_backquote(s):
        return "`" + s + "`"
    return quote_str(s.encode("utf-8", "surrogateescape"))


def _exported(name: str) -> bool:
    return bool(name) and name[0].isupper()


def run(p):
    if p.types.path.startswith("encoding/"):
        return
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.StructType):
                continue
            st = p.type_of(n)
            if not isinstance(st, typs.Struct):
                continue
            seen = {}
            for i, fld in enumerate(st.fields):
                _check_field(p, fld, st.tag(i), seen)


def _check_field(p, fld, tag, seen):
    for key in ("json", "xml"):
        _check_dups(p, tag, key, fld, fld, seen, 1)
    err = validate(tag)
    if err:
        p.report(fld.pos, f"struct field tag {_sharp_q(tag)} not compatible with reflect.StructTag.Get: {err}")
    if fld.embedded or _exported(fld.name):
        return
    for enc in ("json", "xml"):
        if tag_get(tag, enc) not in ("", "-"):
            p.report(fld.pos, f"struct field {fld.name} has {enc} tag but is not exported")
            return


def _check_dups(p, tag, key, nearest, fld, seen, level):
    val = tag_get(tag, key)
    if val == "-":
        return
    if val == "" or val[0] == ",":
        if not fld.embedded:
            return
        u = typs.under(fld.type)
        if not isinstance(u, typs.Struct):
            return
        for i, sub in enumerate(u.fields):
            if not _exported(sub.name):
                continue
            _check_dups(p, u.tag(i), key, nearest, sub, seen, level + 1)
        return
    if key == "xml" and fld.name == "XMLName":
        return
    i = val.find(",")
    if i >= 0:
        if key == "xml" and "attr" in val[i:].split(","):
            key += " attribute"
        val = val[:i]
    k = (key, val, level)
    if k in seen:
        also = p.fset.position(seen[k])
        this = p.fset.position(fld.pos)
        fn = also.filename
        try:
            fn = os.path.relpath(also.filename, os.path.dirname(this.filename))
        except ValueError:
            pass
        p.report(nearest.pos, f"struct field {fld.name} repeats {key} tag {quote_str(val.encode('utf-8', 'surrogateescape'))} also at {fn}:{also.line}")
    else:
        seen[k] = fld.pos
