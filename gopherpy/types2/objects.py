"""This file declares the objects that identifiers denote (go/types' object.go) and Package.

Every object has name, type, pkg, pos and parent (the scope declaring it, or None
for fields, methods and parameters not in a scope). `order` records declaration order
of package-level objects (used by initorder and for error ordering).
Invariant: a Func's type is a Signature once its declaration has been checked.
"""

from __future__ import annotations

from .typs import Signature, type_string


class Object:
    __slots__ = ("name", "type", "pkg", "pos", "parent", "order", "color", "scope_pos", "decl")

    def __init__(self, name: str, typ=None, pkg=None, pos: int = 0):
        self.name = name
        self.type = typ
        self.pkg = pkg
        self.pos = pos
        self.parent = None
        self.order = 0
        self.color = 0  # 0 white, 1 grey, 2 black (decl.py)
        self.scope_pos = 0
        self.decl = None

    def exported(self) -> bool:
        n = self.name
        return bool(n) and (n[0].isupper() if n[0].isascii() else n[0].isupper())

    def id(self) -> str:
        return object_id(self.pkg, self.name)

    def same_id(self, pkg, name: str) -> bool:
        if name != self.name:
            return False
        if self.exported():
            return True
        if self.pkg is None or pkg is None:
            return self.pkg is pkg
        return self.pkg.path == pkg.path

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

    def __str__(self):
        return object_string(self, None)


def object_id(pkg, name: str) -> str:
    if name and name[0].isupper():
        return name
    if pkg is not None and pkg.path:
        return pkg.path + "." + name
    return "_." + name


class PkgName(Object):
    __slots__ = ("imported", "used")

    def __init__(self, name, pkg, pos, imported):
        super().__init__(name, None, pkg, pos)
        from .universe import TYP
        from .typs import Invalid
        self.type = TYP[Invalid]
        self.imported = imported
        self.used = False


class Const(Object):
    __slots__ = ("val",)

    def __init__(self, name, typ=None, pkg=None, pos=0, val=None):
        super().__init__(name, typ, pkg, pos)
        self.val = val


class TypeName(Object):
    __slots__ = ()

    def is_alias(self) -> bool:
        from .typs import Alias, Basic, Named, TypeParam
        t = self.type
        if t is None:
            return False
        if isinstance(t, Alias):
            return True
        if isinstance(t, TypeParam):
            return False
        if isinstance(t, Basic):
            # byte and rune are aliases; unsafe.Pointer isn't
            return self.pkg is None and t.name != self.name
        if isinstance(t, Named):
            return t.obj is not self
        return True


class Var(Object):
    __slots__ = ("is_field", "embedded", "used", "is_param", "origin", "kind")

    def __init__(self, name, typ=None, pkg=None, pos=0, is_field=False, embedded=False):
        super().__init__(name, typ, pkg, pos)
        self.is_field = is_field
        self.embedded = embedded
        self.used = False
        self.is_param = False
        self.origin = None
        self.kind = ""  # "receiver", "parameter", "result variable" (messages); else derived

    @property
    def anonymous(self) -> bool:
        return self.embedded


class Func(Object):
    __slots__ = ("has_ptr_recv", "origin", "no_body")

    def __init__(self, name, sig=None, pkg=None, pos=0):
        super().__init__(name, sig, pkg, pos)
        self.has_ptr_recv = False
        self.origin = None
        self.no_body = False

    def full_name(self) -> str:
        sig = self.type
        if isinstance(sig, Signature) and sig.recv is not None:
            from .typs import Pointer, unalias, Named
            rt = unalias(sig.recv.type)
            ptr = False
            if isinstance(rt, Pointer):
                ptr = True
                rt = unalias(rt.elem)
            if isinstance(rt, Named):
                base = rt.obj.name
                if rt.obj.pkg is not None:
                    base = rt.obj.pkg.path + "." + base
            else:
                base = type_string(rt)
            if ptr:
                return f"({'*' + base}).{self.name}"
            return f"{base}.{self.name}"
        if self.pkg is not None:
            return self.pkg.path + "." + self.name
        return self.name

    def signature(self):
        return self.type

    def pointer_receiver(self) -> bool:
        return self.has_ptr_recv


class Label(Object):
    __slots__ = ("used",)

    def __init__(self, name, pos=0, pkg=None):
        super().__init__(name, None, pkg, pos)
        self.used = False


class Builtin(Object):
    __slots__ = ("id_",)

    def __init__(self, name, id_):
        from .universe import TYP
        from .typs import Invalid
        super().__init__(name, TYP[Invalid], None, 0)
        self.id_ = id_


class Nil(Object):
    __slots__ = ()


class Package:
    """A type-checked (or imported) package."""

    def __init__(self, path: str, name: str, scope=None):
        from .scope import Scope
        from .universe import UNIVERSE
        self.path = path
        self.name = name
        self.scope = scope if scope is not None else Scope(UNIVERSE, 0, 0, f"package {path!r}")
        self.imports: list[Package] = []
        self.files: list = []
        self.complete = False
        self.fake = False
        self.go_version = ""

    def __repr__(self):
        return f"<Package {self.path}>"

    def __str__(self):
        return f"package {self.name} ({self.path!r})"


def object_string(obj, qf) -> str:
    from .typs import Basic, TypeParam
    parts = []
    if isinstance(obj, PkgName):
        return f"package {obj.name} ({obj.imported.path!r})"
    kind = {Const: "const", TypeName: "type", Var: "var", Func: "func", Label: "label",
            Builtin: "builtin", Nil: "nil"}.get(type(obj), "object")
    if isinstance(obj, Var) and obj.is_field:
        kind = "field"
    parts.append(kind + " ")
    if obj.pkg is not None and not isinstance(obj, (Label,)):
        if qf is None:
            parts.append(obj.pkg.path + ".")
        else:
            s = qf(obj.pkg)
            if s:
                parts.append(s + ".")
    parts.append(obj.name)
    if isinstance(obj, TypeName):
        t = obj.type
        if isinstance(t, TypeParam):
            return "".join(parts) + " " + type_string(t.bound, qf)
        if obj.is_alias():
            return "".join(parts) + " = " + type_string(t, qf)
        if t is not None:
            return "".join(parts) + " " + type_string(t.underlying(), qf)
        return "".join(parts)
    if isinstance(obj, Func) and isinstance(obj.type, Signature):
        from .typs import write_signature
        buf = []
        write_signature(buf, obj.type, qf, [])
        return "".join(parts) + "".join(buf)
    if obj.type is not None and not isinstance(obj, (Builtin, Nil, Label)):
        parts.append(" " + type_string(obj.type, qf))
    return "".join(parts)
