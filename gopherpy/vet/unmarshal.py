"""This file implements the unmarshal analyzer: json/xml/asn1 Unmarshal and json/xml/gob
Decoder.Decode called with a value that is not a pointer or interface."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import preorder


def run(p):
    if p.types.path in ("encoding/gob", "encoding/json", "encoding/xml", "encoding/asn1"):
        return
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.CallExpr):
                continue
            fn = p.static_callee(n)
            if fn is None or fn.pkg is None:
                continue
            recv = fn.type.recv
            argidx = -1
            if fn.name == "Unmarshal" and recv is None:
                if fn.pkg.path in ("encoding/json", "encoding/xml", "encoding/asn1"):
                    argidx = 1
            elif fn.name == "Decode" and recv is not None:
                rt = typs.unalias(recv.type)
                if isinstance(rt, typs.Pointer):
                    rt = typs.unalias(rt.elem)
                if isinstance(rt, typs.Named) and rt.obj.name == "Decoder" and rt.obj.pkg is not None \
                        and rt.obj.pkg.path in ("encoding/json", "encoding/xml", "encoding/gob"):
                    argidx = 0
            if argidx < 0 or len(n.args) < argidx + 1:
                continue
            t = p.type_of(n.args[argidx])
            if t is None:
                continue
            if isinstance(typs.unalias(t), typs.TypeParam) or isinstance(typs.under(t), (typs.Pointer, typs.Interface)):
                continue
            if argidx == 0:
                p.report(n.lparen, f"call of {fn.name} passes non-pointer")
            else:
                p.report(n.lparen, f"call of {fn.name} passes non-pointer as second argument")
