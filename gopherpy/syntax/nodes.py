"""This file declares the abstract syntax tree that the parser builds and every later stage reads.

The node set follows go/ast (the tree gofmt prints), because printing the tree back
byte for byte as gofmt does needs the positions of every bracket and keyword. Class
names follow the Go spec's productions (CompositeLit, TypeSwitchStmt, ...).

Positions
---------
A position is an int (`Pos`): a byte offset plus the base of its file in a FileSet
(see source.py). 0 is NoPos, "no position". Every node has `pos()` (its first
character) and `end()` (just past its last character).

Tokens are plain str values: operators as written ("+", "<-", "&^="), keywords as
written ("import", "break"), literal kinds as "INT", "FLOAT", "IMAG", "CHAR", "STRING".

The tree is never mutated by later stages: the type checker records its findings
in side tables keyed by node identity (nodes compare and hash by identity).

Fields documented "or None" may be None; list fields are never None (empty list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

Pos = int
NoPos: Pos = 0

_node = dataclass(slots=True, eq=False)


class Node:
    __slots__ = ()

    def pos(self) -> Pos:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def end(self) -> Pos:  # pragma: no cover
        raise NotImplementedError


class Expr(Node):
    __slots__ = ()


class Stmt(Node):
    __slots__ = ()


class Decl(Node):
    __slots__ = ()


class Spec(Node):
    __slots__ = ()


# ---------------------------------------------------------------------------
# Comments


@_node
class Comment(Node):
    """A // or /* */ comment; text includes the comment markers (no trailing newline)."""

    slash: Pos
    text: str

    def pos(self):
        return self.slash

    def end(self):
        return self.slash + len(self.text.encode("utf-8"))


@_node
class CommentGroup(Node):
    """A sequence of comments with no other tokens and no empty lines between them."""

    list: list[Comment]

    def pos(self):
        return self.list[0].pos()

    def end(self):
        return self.list[-1].end()


# ---------------------------------------------------------------------------
# Fields


@_node
class Field(Node):
    """A struct field, interface method/embedded element, parameter or result.

    names is empty for an anonymous parameter or embedded field; type is None only
    in a malformed tree; tag (a STRING BasicLit), doc and comment may be None.
    """

    doc: Optional[CommentGroup]
    names: list["Ident"]
    type: Optional[Expr]
    tag: Optional["BasicLit"]
    comment: Optional[CommentGroup]

    def pos(self):
        if self.names:
            return self.names[0].pos()
        if self.type is not None:
            return self.type.pos()
        return NoPos

    def end(self):
        if self.tag is not None:
            return self.tag.end()
        if self.type is not None:
            return self.type.end()
        if self.names:
            return self.names[-1].end()
        return NoPos


@_node
class FieldList(Node):
    """A list of Fields in parentheses, braces or brackets; opening/closing may be NoPos."""

    opening: Pos
    list: list[Field]
    closing: Pos

    def pos(self):
        if self.opening:
            return self.opening
        if self.list:
            return self.list[0].pos()
        return NoPos

    def end(self):
        if self.closing:
            return self.closing + 1
        if self.list:
            return self.list[-1].end()
        return NoPos

    def num_fields(self) -> int:
        n = 0
        for f in self.list:
            n += len(f.names) or 1
        return n


# ---------------------------------------------------------------------------
# Expressions and types


@_node
class BadExpr(Expr):
    """A placeholder for an expression containing syntax errors."""

    from_: Pos
    to: Pos

    def pos(self):
        return self.from_

    def end(self):
        return self.to


@_node
class Ident(Expr):
    """identifier (also the blank identifier _)."""

    name_pos: Pos
    name: str

    def pos(self):
        return self.name_pos

    def end(self):
        return self.name_pos + len(self.name.encode("utf-8"))


@_node
class Ellipsis(Expr):
    """`...` in a parameter list (elt is the element type) or array length `[...]T` (elt None)."""

    ellipsis: Pos
    elt: Optional[Expr]

    def pos(self):
        return self.ellipsis

    def end(self):
        return self.elt.end() if self.elt is not None else self.ellipsis + 3


@_node
class BasicLit(Expr):
    """int_lit | float_lit | imaginary_lit | rune_lit | string_lit; value is the source text."""

    value_pos: Pos
    kind: str
    value: str

    def pos(self):
        return self.value_pos

    def end(self):
        return self.value_pos + len(self.value.encode("utf-8"))


@_node
class FuncLit(Expr):
    """FunctionLit = "func" Signature FunctionBody ."""

    type: "FuncType"
    body: "BlockStmt"

    def pos(self):
        return self.type.pos()

    def end(self):
        return self.body.end()


@_node
class CompositeLit(Expr):
    """CompositeLit = LiteralType LiteralValue . type is None for elided element types."""

    type: Optional[Expr]
    lbrace: Pos
    elts: list[Expr]
    rbrace: Pos
    incomplete: bool = False

    def pos(self):
        return self.type.pos() if self.type is not None else self.lbrace

    def end(self):
        return self.rbrace + 1


@_node
class ParenExpr(Expr):
    """"(" Expression ")"."""

    lparen: Pos
    x: Expr
    rparen: Pos

    def pos(self):
        return self.lparen

    def end(self):
        return self.rparen + 1


@_node
class SelectorExpr(Expr):
    """PrimaryExpr "." identifier (also a qualified identifier pkg.Name)."""

    x: Expr
    sel: Ident

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.sel.end()


@_node
class IndexExpr(Expr):
    """PrimaryExpr "[" Expression "]" (also a generic instantiation with one type argument)."""

    x: Expr
    lbrack: Pos
    index: Expr
    rbrack: Pos

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.rbrack + 1


@_node
class IndexListExpr(Expr):
    """A generic instantiation with two or more type arguments: x[A, B]."""

    x: Expr
    lbrack: Pos
    indices: list[Expr]
    rbrack: Pos

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.rbrack + 1


@_node
class SliceExpr(Expr):
    """PrimaryExpr "[" [low] ":" [high] [":" max] "]"; low, high, max may be None."""

    x: Expr
    lbrack: Pos
    low: Optional[Expr]
    high: Optional[Expr]
    max: Optional[Expr]
    slice3: bool
    rbrack: Pos

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.rbrack + 1


@_node
class TypeAssertExpr(Expr):
    """PrimaryExpr "." "(" Type ")"; type is None for x.(type) in a type switch."""

    x: Expr
    lparen: Pos
    type: Optional[Expr]
    rparen: Pos

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.rparen + 1


@_node
class CallExpr(Expr):
    """PrimaryExpr Arguments (also conversions); ellipsis is the position of a final `...` or NoPos."""

    fun: Expr
    lparen: Pos
    args: list[Expr]
    ellipsis: Pos
    rparen: Pos

    def pos(self):
        return self.fun.pos()

    def end(self):
        return self.rparen + 1


@_node
class StarExpr(Expr):
    """"*" Expression: a pointer dereference or pointer type."""

    star: Pos
    x: Expr

    def pos(self):
        return self.star

    def end(self):
        return self.x.end()


@_node
class UnaryExpr(Expr):
    """unary_op UnaryExpr (op in + - ! ^ * & <- ~); `~T` in constraints is a UnaryExpr too."""

    op_pos: Pos
    op: str
    x: Expr

    def pos(self):
        return self.op_pos

    def end(self):
        return self.x.end()


@_node
class BinaryExpr(Expr):
    """Expression binary_op Expression (also `A | B` unions in constraints)."""

    x: Expr
    op_pos: Pos
    op: str
    y: Expr

    def pos(self):
        x = self.x
        while type(x) is BinaryExpr:  # a loop: chains can be thousands of operators long
            x = x.x
        return x.pos()

    def end(self):
        y = self.y
        while type(y) is BinaryExpr:
            y = y.y
        return y.end()


@_node
class KeyValueExpr(Expr):
    """Key ":" Element in a composite literal."""

    key: Expr
    colon: Pos
    value: Expr

    def pos(self):
        return self.key.pos()

    def end(self):
        return self.value.end()


@_node
class ArrayType(Expr):
    """"[" ArrayLength "]" ElementType, or "[" "]" ElementType for a slice (len None)."""

    lbrack: Pos
    len: Optional[Expr]
    elt: Expr

    def pos(self):
        return self.lbrack

    def end(self):
        return self.elt.end()


@_node
class StructType(Expr):
    """"struct" "{" { FieldDecl ";" } "}"."""

    struct: Pos
    fields: FieldList
    incomplete: bool = False

    def pos(self):
        return self.struct

    def end(self):
        return self.fields.end()


@_node
class FuncType(Expr):
    """"func" Signature; func_ is the position of "func" (for a FuncDecl's type too, as in
    go/ast) and NoPos for an interface method's signature (then pos() is that of the
    params); type_params and results may be None."""

    func_: Pos
    type_params: Optional[FieldList]
    params: FieldList
    results: Optional[FieldList]

    def pos(self):
        if self.func_:
            return self.func_
        return self.params.pos()

    def end(self):
        if self.results is not None:
            return self.results.end()
        return self.params.end()


@_node
class InterfaceType(Expr):
    """"interface" "{" { InterfaceElem ";" } "}". A method is a Field with one name and a
    FuncType; an embedded element (type or union) is a Field without names."""

    interface: Pos
    methods: FieldList
    incomplete: bool = False

    def pos(self):
        return self.interface

    def end(self):
        return self.methods.end()


@_node
class MapType(Expr):
    """"map" "[" KeyType "]" ElementType."""

    map_: Pos
    key: Expr
    value: Expr

    def pos(self):
        return self.map_

    def end(self):
        return self.value.end()


SEND = 1
RECV = 2


@_node
class ChanType(Expr):
    """("chan" | "chan" "<-" | "<-" "chan") ElementType; dir is SEND, RECV or SEND|RECV;
    arrow is the position of `<-` or NoPos."""

    begin: Pos
    arrow: Pos
    dir: int
    value: Expr

    def pos(self):
        return self.begin

    def end(self):
        return self.value.end()


# ---------------------------------------------------------------------------
# Statements


@_node
class BadStmt(Stmt):
    """A placeholder for statements containing syntax errors."""

    from_: Pos
    to: Pos

    def pos(self):
        return self.from_

    def end(self):
        return self.to


@_node
class DeclStmt(Stmt):
    """A const, type or var declaration in a function body (decl is a GenDecl)."""

    decl: "GenDecl"

    def pos(self):
        return self.decl.pos()

    def end(self):
        return self.decl.end()


@_node
class EmptyStmt(Stmt):
    """EmptyStmt; implicit is True if the ";" was inserted or omitted in the source."""

    semicolon: Pos
    implicit: bool

    def pos(self):
        return self.semicolon

    def end(self):
        return self.semicolon if self.implicit else self.semicolon + 1


@_node
class LabeledStmt(Stmt):
    """Label ":" Statement."""

    label: Ident
    colon: Pos
    stmt: Stmt

    def pos(self):
        return self.label.pos()

    def end(self):
        return self.stmt.end()


@_node
class ExprStmt(Stmt):
    """A stand-alone expression (call or receive) in a statement list."""

    x: Expr

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.x.end()


@_node
class SendStmt(Stmt):
    """Channel "<-" Expression."""

    chan: Expr
    arrow: Pos
    value: Expr

    def pos(self):
        return self.chan.pos()

    def end(self):
        return self.value.end()


@_node
class IncDecStmt(Stmt):
    """Expression ("++" | "--")."""

    x: Expr
    tok_pos: Pos
    tok: str

    def pos(self):
        return self.x.pos()

    def end(self):
        return self.tok_pos + 2


@_node
class AssignStmt(Stmt):
    """Assignment (tok "=" or "op=") or ShortVarDecl (tok ":=")."""

    lhs: list[Expr]
    tok_pos: Pos
    tok: str
    rhs: list[Expr]

    def pos(self):
        return self.lhs[0].pos()

    def end(self):
        return self.rhs[-1].end()


@_node
class GoStmt(Stmt):
    """"go" Expression."""

    go: Pos
    call: CallExpr

    def pos(self):
        return self.go

    def end(self):
        return self.call.end()


@_node
class DeferStmt(Stmt):
    """"defer" Expression."""

    defer: Pos
    call: CallExpr

    def pos(self):
        return self.defer

    def end(self):
        return self.call.end()


@_node
class ReturnStmt(Stmt):
    """"return" [ ExpressionList ]."""

    return_: Pos
    results: list[Expr]

    def pos(self):
        return self.return_

    def end(self):
        if self.results:
            return self.results[-1].end()
        return self.return_ + 6


@_node
class BranchStmt(Stmt):
    """break, continue, goto or fallthrough, with an optional label (or None)."""

    tok_pos: Pos
    tok: str
    label: Optional[Ident]

    def pos(self):
        return self.tok_pos

    def end(self):
        if self.label is not None:
            return self.label.end()
        return self.tok_pos + len(self.tok)


@_node
class BlockStmt(Stmt):
    """Block = "{" StatementList "}"."""

    lbrace: Pos
    list: list[Stmt]
    rbrace: Pos

    def pos(self):
        return self.lbrace

    def end(self):
        return self.rbrace + 1 if self.rbrace else (self.list[-1].end() if self.list else self.lbrace + 1)


@_node
class IfStmt(Stmt):
    """"if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ]; init, else_ may be None."""

    if_: Pos
    init: Optional[Stmt]
    cond: Expr
    body: BlockStmt
    else_: Optional[Stmt]

    def pos(self):
        return self.if_

    def end(self):
        return self.else_.end() if self.else_ is not None else self.body.end()


@_node
class CaseClause(Stmt):
    """A case of an expression or type switch; list is empty for `default`."""

    case: Pos
    list: list[Expr]
    colon: Pos
    body: list[Stmt]

    def pos(self):
        return self.case

    def end(self):
        return self.body[-1].end() if self.body else self.colon + 1


@_node
class SwitchStmt(Stmt):
    """ExprSwitchStmt; init and tag may be None."""

    switch: Pos
    init: Optional[Stmt]
    tag: Optional[Expr]
    body: BlockStmt

    def pos(self):
        return self.switch

    def end(self):
        return self.body.end()


@_node
class TypeSwitchStmt(Stmt):
    """TypeSwitchStmt; assign is `x := y.(type)` (AssignStmt) or `y.(type)` (ExprStmt); init may be None."""

    switch: Pos
    init: Optional[Stmt]
    assign: Stmt
    body: BlockStmt

    def pos(self):
        return self.switch

    def end(self):
        return self.body.end()


@_node
class CommClause(Stmt):
    """A select case; comm is a SendStmt, a receive (ExprStmt or AssignStmt), or None for default."""

    case: Pos
    comm: Optional[Stmt]
    colon: Pos
    body: list[Stmt]

    def pos(self):
        return self.case

    def end(self):
        return self.body[-1].end() if self.body else self.colon + 1


@_node
class SelectStmt(Stmt):
    """"select" "{" { CommClause } "}"."""

    select: Pos
    body: BlockStmt

    def pos(self):
        return self.select

    def end(self):
        return self.body.end()


@_node
class ForStmt(Stmt):
    """"for" [ Condition | ForClause ] Block; init, cond and post may be None."""

    for_: Pos
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: BlockStmt

    def pos(self):
        return self.for_

    def end(self):
        return self.body.end()


@_node
class RangeStmt(Stmt):
    """"for" [ key [, value] (= | :=) ] "range" x Block; key and value may be None, tok is
    "" (and tok_pos NoPos) when there are neither. extra is a third iteration variable
    (gc's parser accepts it; the type checker reports it), or None."""

    for_: Pos
    key: Optional[Expr]
    value: Optional[Expr]
    tok_pos: Pos
    tok: str
    range_: Pos
    x: Expr
    body: BlockStmt
    extra: Optional[Expr] = None

    def pos(self):
        return self.for_

    def end(self):
        return self.body.end()


# ---------------------------------------------------------------------------
# Declarations


@_node
class ImportSpec(Spec):
    """ImportSpec = [ "." | PackageName ] ImportPath; name may be None."""

    doc: Optional[CommentGroup]
    name: Optional[Ident]
    path: BasicLit
    comment: Optional[CommentGroup]
    end_pos: Pos = NoPos

    def pos(self):
        return self.name.pos() if self.name is not None else self.path.pos()

    def end(self):
        return self.end_pos if self.end_pos else self.path.end()


@_node
class ValueSpec(Spec):
    """ConstSpec or VarSpec; type may be None, values may be empty."""

    doc: Optional[CommentGroup]
    names: list[Ident]
    type: Optional[Expr]
    values: list[Expr]
    comment: Optional[CommentGroup]

    def pos(self):
        return self.names[0].pos()

    def end(self):
        if self.values:
            return self.values[-1].end()
        if self.type is not None:
            return self.type.end()
        return self.names[-1].end()


@_node
class TypeSpec(Spec):
    """TypeDef or AliasDecl (assign is the position of "=", else NoPos); type_params may be None."""

    doc: Optional[CommentGroup]
    name: Ident
    type_params: Optional[FieldList]
    assign: Pos
    type: Expr
    comment: Optional[CommentGroup]

    def pos(self):
        return self.name.pos()

    def end(self):
        return self.type.end()


@_node
class BadDecl(Decl):
    """A placeholder for a declaration containing syntax errors."""

    from_: Pos
    to: Pos

    def pos(self):
        return self.from_

    def end(self):
        return self.to


@_node
class GenDecl(Decl):
    """An import, const, type or var declaration (tok says which); lparen/rparen are NoPos
    for an unparenthesized declaration."""

    doc: Optional[CommentGroup]
    tok_pos: Pos
    tok: str
    lparen: Pos
    specs: list[Spec]
    rparen: Pos

    def pos(self):
        return self.tok_pos

    def end(self):
        if self.rparen:
            return self.rparen + 1
        return self.specs[0].end() if self.specs else self.tok_pos + len(self.tok)


@_node
class FuncDecl(Decl):
    """FunctionDecl or MethodDecl; recv and body may be None (body None: declared without
    a body, which gopherpy's standard library uses for Python-implemented functions)."""

    doc: Optional[CommentGroup]
    recv: Optional[FieldList]
    name: Ident
    type: FuncType
    body: Optional[BlockStmt]

    def pos(self):
        return self.type.func_ if self.type.func_ else self.name.pos()

    def end(self):
        return self.body.end() if self.body is not None else self.type.end()


# ---------------------------------------------------------------------------
# Files


@_node
class File(Node):
    """SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .

    filename is the name the file was parsed under; comments holds every comment
    group in source order; go_version is from a //go:build line's go1.N term or "";
    build_constraint is the text of the //go:build expression or "".
    """

    filename: str
    doc: Optional[CommentGroup]
    package: Pos
    name: Ident
    decls: list[Decl]
    file_start: Pos
    file_end: Pos
    imports: list[ImportSpec] = field(default_factory=list)
    comments: list[CommentGroup] = field(default_factory=list)
    go_version: str = ""
    build_constraint: str = ""

    def pos(self):
        return self.package

    def end(self):
        if self.decls:
            return self.decls[-1].end()
        return self.name.end()
