"""This file implements the stdmethods analyzer: methods named as a well-known interface's
(Format, ReadByte, Seek, MarshalJSON, Unwrap ...) whose signature differs from that
interface's, so that the type silently does not implement it."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import preorder
from .printf import _implements_error

# name -> (parameter types, result types); "=" marks the types that identify the intent
CANONICAL = {
    "As": (["any"], ["bool"]),
    "Format": (["=fmt.State", "rune"], []),
    "GobDecode": (["[]byte"], ["error"]),
    "GobEncode": ([], ["[]byte", "error"]),
    "Is": (["error"], ["bool"]),
    "MarshalJSON": ([], ["[]byte", "error"]),
    "MarshalXML": (["*xml.Encoder", "xml.StartElement"], ["error"]),
    "ReadByte": ([], ["byte", "error"]),
    "ReadFrom": (["=io.Reader"], ["int64", "error"]),
    "ReadRune": ([], ["rune", "int", "error"]),
    "Scan": (["=fmt.ScanState", "rune"], ["error"]),
    "Seek": (["=int64", "int"], ["int64", "error"]),
    "UnmarshalJSON": (["[]byte"], ["error"]),
    "UnmarshalXML": (["*xml.Decoder", "xml.StartElement"], ["error"]),
    "UnreadByte": ([], ["error"]),
    "UnreadRune": ([], ["error"]),
    "Unwrap": ([], ["error"]),
    "WriteByte": (["byte"], ["error"]),
    "WriteTo": (["=io.Writer"], ["int64", "error"]),
}


def _qf(pkg):
    return pkg.name


def _ts(t) -> str:
    return typs.type_string(t, _qf)


def _match_type(expect: str, actual) -> bool:
    expect = expect.lstrip("=")
    t = _ts(actual)
    return t == expect or (t in ("any", "interface{}") and expect in ("any", "interface{}"))


def _match_params(expect, actual, prefix) -> bool:
    for i, x in enumerate(expect):
        if not x.startswith(prefix):
            continue
        if i >= len(actual):
            return False
        if not _match_type(x, actual[i].type):
            return False
    if prefix == "" and len(actual) > len(expect):
        return False
    return True


def _argjoin(xs) -> str:
    return ", ".join(x.lstrip("=") for x in xs)


def _check(p, ident):
    expect = CANONICAL.get(ident.name)
    if expect is None:
        return
    obj = p.info.defs.get(ident)
    sig = obj.type if obj is not None else None
    if not isinstance(sig, typs.Signature):
        return
    args, results = sig.params.vars, sig.results.vars
    if ident.name == "WriteTo" and len(args) > 1:
        return
    if ident.name in ("Is", "As", "Unwrap"):
        if sig.recv is None or not _implements_error(sig.recv.type):
            return
    if ident.name == "Unwrap":
        if not args and len(results) == 1 and _ts(results[0].type) in ("error", "[]error"):
            return
        p.report(ident.pos(), "method Unwrap() should have signature Unwrap() error or Unwrap() []error")
        return
    eargs, eresults = expect
    if not _match_params(eargs, args, "=") or not _match_params(eresults, results, "="):
        return
    if not _match_params(eargs, args, "") or not _match_params(eresults, results, ""):
        want = ident.name + "(" + _argjoin(eargs) + ")"
        if len(eresults) == 1:
            want += " " + _argjoin(eresults)
        elif len(eresults) > 1:
            want += " (" + _argjoin(eresults) + ")"
        actual = _ts(typs.Signature(None, sig.params, sig.results, sig.variadic))
        if actual.startswith("func"):
            actual = actual[4:]
        p.report(ident.pos(), f"method {ident.name}{actual} should have signature {want}")


def run(p):
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.FuncDecl) and n.recv is not None:
                _check(p, n.name)
            elif isinstance(n, ast.InterfaceType):
                for fld in n.methods.list:
                    for ident in fld.names:
                        _check(p, ident)
