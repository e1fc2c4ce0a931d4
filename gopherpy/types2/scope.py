"""This file implements Scopes (go/types' scope.go): name -> object maps nested by lexical block.

Invariants: every object in `elems` has obj.parent set to this scope when inserted
through insert() (except package-level objects of imported packages, which keep theirs);
children are in source order; `pos`/`end` delimit the scope's extent (0 for universe and
package scopes, which cover everything).
"""

from __future__ import annotations


class Scope:
    __slots__ = ("parent", "children", "elems", "pos", "end", "comment", "is_func")

    def __init__(self, parent, pos: int, end: int, comment: str = ""):
        self.parent = parent
        self.children: list[Scope] = []
        self.elems: dict = {}
        self.pos = pos
        self.end = end
        self.comment = comment
        self.is_func = False
        if parent is not None and parent.parent is not None:
            parent.children.append(self)

    def lookup(self, name: str):
        return self.elems.get(name)

    def lookup_parent(self, name: str, pos: int = 0):
        """Returns (scope, obj) for the innermost declaration of name visible at pos (0: any)."""
        s = self
        while s is not None:
            obj = s.elems.get(name)
            if obj is not None and (not pos or obj.scope_pos <= pos):
                return s, obj
            s = s.parent
        return None, None

    def insert(self, obj):
        """Inserts obj; returns the existing object of the same name (then obj isn't inserted)."""
        alt = self.elems.get(obj.name)
        if alt is not None:
            return alt
        self.elems[obj.name] = obj
        if obj.parent is None:
            obj.parent = self
        return None

    def names(self) -> list[str]:
        return sorted(self.elems)

    def len(self) -> int:
        return len(self.elems)

    def contains(self, pos: int) -> bool:
        return self.pos <= pos < self.end

    def __repr__(self):
        return f"<Scope {self.comment} {sorted(self.elems)}>"
