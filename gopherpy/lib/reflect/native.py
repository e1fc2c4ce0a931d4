"""This file gathers package reflect's natives and connects the runtime's type descriptors to reflect.Type.

Where each part lives (Go's file of the same role in parentheses):
  core.py       the Value triple, flags, panics, copying
  typeops.py    Type's methods, method sets, field lookup, type constructors (type.go)
  value.py      Value's methods, ValueOf/Zero/New/Make*, Append, Copy (value.go, map.go)
  convert.py    assignability, Convert (value.go's convertOp)
  call.py       Call, MakeFunc, method values (value.go, makefunc.go)
  deepequal.py  DeepEqual (deepequal.go)

init_package makes every RType a *reflect.rtype: the class RType gets the compiled
methods of reflect's `rtype` struct (natives and Go bodies alike) and `_rtype`, so a
descriptor returned by TypeOf is itself the interface value's dynamic value, `==` on
Types is identity, and fmt prints a Type through its String method.
"""

from __future__ import annotations

from gopherpy.lib.reflect import core
from gopherpy.lib.reflect.call import *  # noqa: F401,F403
from gopherpy.lib.reflect.call import (MakeFunc, Value_Call, Value_CallSlice,  # noqa: F401
                                       Value_Method, Value_MethodByName, Value_NumMethod)
from gopherpy.lib.reflect.convert import Value_CanConvert, Value_Convert  # noqa: F401
from gopherpy.lib.reflect.deepequal import DeepEqual  # noqa: F401
from gopherpy.lib.reflect.typeops import *  # noqa: F401,F403
from gopherpy.lib.reflect.value import *  # noqa: F401,F403
from gopherpy.runtime.rtype import RType


def init_package(ns) -> None:
    core.init(ns)
    cls = ns["rtype"]
    for name, fn in list(vars(cls).items()):
        if callable(fn) and not name.startswith("__") and name not in ("_copy",):
            setattr(RType, name, fn)
    RType._rtype = core.G.rtype_ptr
    RType._gstruct = core.G.rtype_ptr.elem
