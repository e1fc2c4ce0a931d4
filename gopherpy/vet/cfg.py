"""This file builds control-flow graphs of function bodies (golang.org/x/tools/go/cfg), and
knows which calls never return (the ctrlflow analyzer).

A Block holds statements and expressions evaluated in sequence (`nodes`) and 0-2
successors: none after a return or a call that never returns, two after a condition
(true first). Blocks are created in the same order as go/cfg creates them, since the
analyzers' searches visit them in that order. Falling off the end of a body is an
implicit return, materialized as a ReturnStmt at the closing brace.
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import Builtin, Func


class Block:
    __slots__ = ("index", "kind", "stmt", "nodes", "succs", "live", "returns")

    def __init__(self, index, kind, stmt):
        self.index = index
        self.kind = kind
        self.stmt = stmt
        self.nodes = []
        self.succs = []
        self.live = False
        self.returns = False

    def return_stmt(self):
        """The block's final ReturnStmt, if it ends in one."""
        if self.nodes and isinstance(self.nodes[-1], ast.ReturnStmt):
            return self.nodes[-1]
        return None


class CFG:
    def __init__(self, blocks, no_return):
        self.blocks = blocks
        self.no_return = no_return


class _Targets:
    __slots__ = ("tail", "brk", "cont", "fall")

    def __init__(self, tail, brk=None, cont=None, fall=None):
        self.tail = tail
        self.brk = brk
        self.cont = cont
        self.fall = fall


class _LBlock:
    __slots__ = ("goto", "brk", "cont")

    def __init__(self, goto):
        self.goto = goto
        self.brk = None
        self.cont = None


class _Builder:
    def __init__(self, may_return):
        self.blocks = []
        self.may_return = may_return
        self.current = None
        self.lblocks = {}
        self.targets = None

    def new_block(self, kind, stmt):
        b = Block(len(self.blocks), kind, stmt)
        self.blocks.append(b)
        return b

    def add(self, n):
        self.current.nodes.append(n)

    def jump(self, target):
        self.current.succs.append(target)
        self.current = None

    def ifelse(self, t, f):
        self.current.succs.extend((t, f))
        self.current = None

    def labeled_block(self, label, stmt=None):
        lb = self.lblocks.get(label.name)
        if lb is None:
            lb = _LBlock(self.new_block("Label", None))
            self.lblocks[label.name] = lb
        if stmt is not None and lb.goto.stmt is None:
            lb.goto.stmt = stmt
        return lb

    def stmt(self, s, label=None):
        while isinstance(s, ast.LabeledStmt):
            label = self.labeled_block(s.label, s)
            self.jump(label.goto)
            self.current = label.goto
            s = s.stmt
        if isinstance(s, (ast.BadStmt, ast.SendStmt, ast.IncDecStmt, ast.GoStmt, ast.EmptyStmt, ast.AssignStmt)):
            self.add(s)
        elif isinstance(s, ast.DeferStmt):
            self.add(s)
            self.current.returns = True
        elif isinstance(s, ast.ExprStmt):
            self.add(s)
            if isinstance(s.x, ast.CallExpr) and not self.may_return(s.x):
                self.current = self.new_block("Unreachable", s)
        elif isinstance(s, ast.DeclStmt):
            if s.decl.tok == "var":
                for spec in s.decl.specs:
                    self.add(spec)
        elif isinstance(s, ast.ReturnStmt):
            self.current.returns = True
            self.add(s)
            self.current = self.new_block("Unreachable", s)
        elif isinstance(s, ast.BranchStmt):
            self.branch(s)
        elif isinstance(s, ast.BlockStmt):
            for x in s.list:
                self.stmt(x)
        elif isinstance(s, ast.IfStmt):
            if s.init is not None:
                self.stmt(s.init)
            then = self.new_block("IfThen", s)
            done = self.new_block("IfDone", s)
            els = done
            if s.else_ is not None:
                els = self.new_block("IfElse", s)
            self.add(s.cond)
            self.ifelse(then, els)
            self.current = then
            self.stmt(s.body)
            self.jump(done)
            if s.else_ is not None:
                self.current = els
                self.stmt(s.else_)
                self.jump(done)
            self.current = done
        elif isinstance(s, ast.SwitchStmt):
            self.switch(s, label)
        elif isinstance(s, ast.TypeSwitchStmt):
            self.type_switch(s, label)
        elif isinstance(s, ast.SelectStmt):
            self.select(s, label)
        elif isinstance(s, ast.ForStmt):
            self.for_(s, label)
        elif isinstance(s, ast.RangeStmt):
            self.range_(s, label)

    def branch(self, s):
        block = None
        if s.tok == "break":
            if s.label is not None:
                block = self.labeled_block(s.label).brk
            else:
                t = self.targets
                while t is not None and block is None:
                    block = t.brk
                    t = t.tail
        elif s.tok == "continue":
            if s.label is not None:
                block = self.labeled_block(s.label).cont
            else:
                t = self.targets
                while t is not None and block is None:
                    block = t.cont
                    t = t.tail
        elif s.tok == "fallthrough":
            t = self.targets
            while t is not None and block is None:
                block = t.fall
                t = t.tail
        elif s.tok == "goto" and s.label is not None:
            block = self.labeled_block(s.label).goto
        if block is None:
            block = self.new_block("Unreachable", s)
        self.jump(block)
        self.current = self.new_block("Unreachable", s)

    def switch(self, s, label):
        if s.init is not None:
            self.stmt(s.init)
        if s.tag is not None:
            self.add(s.tag)
        done = self.new_block("SwitchDone", s)
        if label is not None:
            label.brk = done
        default_body = default_fall = default_block = None
        fallthru = None
        clauses = s.body.list
        for i, cc in enumerate(clauses):
            body = fallthru
            if body is None:
                body = self.new_block("SwitchCaseBody", cc)
            fallthru = done
            if i + 1 < len(clauses):
                fallthru = self.new_block("SwitchCaseBody", clauses[i + 1])
            if not cc.list:
                default_body, default_fall, default_block = cc.body, fallthru, body
                continue
            next_cond = None
            for cond in cc.list:
                next_cond = self.new_block("SwitchNextCase", cc)
                self.add(cond)
                self.ifelse(body, next_cond)
                self.current = next_cond
            self.current = body
            self.targets = _Targets(self.targets, brk=done, fall=fallthru)
            for x in cc.body:
                self.stmt(x)
            self.targets = self.targets.tail
            self.jump(done)
            self.current = next_cond
        if default_block is not None:
            self.jump(default_block)
            self.current = default_block
            self.targets = _Targets(self.targets, brk=done, fall=default_fall)
            for x in default_body:
                self.stmt(x)
            self.targets = self.targets.tail
        self.jump(done)
        self.current = done

    def type_switch(self, s, label):
        if s.init is not None:
            self.stmt(s.init)
        if s.assign is not None:
            self.add(s.assign)
        done = self.new_block("SwitchDone", s)
        if label is not None:
            label.brk = done
        default = None
        for cc in s.body.list:
            if not cc.list:
                default = cc
                continue
            body = self.new_block("SwitchCaseBody", cc)
            nxt = None
            for _ in cc.list:
                nxt = self.new_block("SwitchNextCase", cc)
                self.ifelse(body, nxt)
                self.current = nxt
            self.current = body
            self.type_case_body(cc, done)
            self.current = nxt
        if default is not None:
            self.type_case_body(default, done)
        else:
            self.jump(done)
        self.current = done

    def type_case_body(self, cc, done):
        self.targets = _Targets(self.targets, brk=done)
        for x in cc.body:
            self.stmt(x)
        self.targets = self.targets.tail
        self.jump(done)

    def select(self, s, label):
        for cc in s.body.list:
            if cc.comm is not None:
                self.stmt(cc.comm)
        done = self.new_block("SelectDone", s)
        if label is not None:
            label.brk = done
        default_body = None
        for cc in s.body.list:
            if cc.comm is None:
                default_body = cc.body
                continue
            body = self.new_block("SelectCaseBody", cc)
            nxt = self.new_block("SelectAfterCase", cc)
            self.ifelse(body, nxt)
            self.current = body
            self.targets = _Targets(self.targets, brk=done)
            if isinstance(cc.comm, ast.AssignStmt):
                self.add(cc.comm.lhs[0])
            for x in cc.body:
                self.stmt(x)
            self.targets = self.targets.tail
            self.jump(done)
            self.current = nxt
        if default_body is not None:
            self.targets = _Targets(self.targets, brk=done)
            for x in default_body:
                self.stmt(x)
            self.targets = self.targets.tail
            self.jump(done)
        self.current = done

    def for_(self, s, label):
        if s.init is not None:
            self.stmt(s.init)
        body = self.new_block("ForBody", s)
        done = self.new_block("ForDone", s)
        loop = body
        if s.cond is not None:
            loop = self.new_block("ForLoop", s)
        cont = loop
        if s.post is not None:
            cont = self.new_block("ForPost", s)
        if label is not None:
            label.brk = done
            label.cont = cont
        self.jump(loop)
        self.current = loop
        if loop is not body:
            self.add(s.cond)
            self.ifelse(body, done)
            self.current = body
        self.targets = _Targets(self.targets, brk=done, cont=cont)
        self.stmt(s.body)
        self.targets = self.targets.tail
        self.jump(cont)
        if s.post is not None:
            self.current = cont
            self.stmt(s.post)
            self.jump(loop)
        self.current = done

    def range_(self, s, label):
        self.add(s.x)
        if s.key is not None:
            self.add(s.key)
        if s.value is not None:
            self.add(s.value)
        loop = self.new_block("RangeLoop", s)
        self.jump(loop)
        self.current = loop
        body = self.new_block("RangeBody", s)
        done = self.new_block("RangeDone", s)
        self.ifelse(body, done)
        self.current = body
        if label is not None:
            label.brk = done
            label.cont = loop
        self.targets = _Targets(self.targets, brk=done, cont=loop)
        self.stmt(s.body)
        self.targets = self.targets.tail
        self.jump(loop)
        self.current = done


def new_cfg(body, may_return) -> CFG:
    """The CFG of a function body; may_return(call) tells whether a call statement can return."""
    b = _Builder(may_return)
    b.current = b.new_block("Body", body)
    b.stmt(body)
    todo = [b.blocks[0]]
    while todo:
        x = todo.pop()
        if not x.live:
            x.live = True
            todo.extend(x.succs)
    if b.current is not None and b.current.live:
        b.current.returns = True
        b.add(ast.ReturnStmt(body.rbrace, []))
    no_return = not any(x.live and x.returns for x in b.blocks)
    return CFG(b.blocks, no_return)


# Functions known never to return, besides panic and the package's own functions whose
# bodies cannot return (go vet learns these from facts about the imported packages).
_NO_RETURN = frozenset(("os.Exit", "syscall.Exit", "runtime.Goexit", "log.Fatal", "log.Fatalf",
                        "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
                        "(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln",
                        "(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln"))


class CFGs:
    """The CFGs of a package's functions (the ctrlflow analyzer's result)."""

    def __init__(self, p):
        self.p = p
        self.decls = {}  # Func -> FuncDecl
        self.decl_cfgs = {}  # Func -> CFG (None while being built)
        self.lit_cfgs = {}
        self.no_return = set()
        from .analysis import preorder
        for f in p.files:
            for n in preorder(f):
                if isinstance(n, ast.FuncDecl):
                    fn = p.info.defs.get(n.name)
                    if isinstance(fn, Func):
                        self.decls[fn] = n

    def _build_decl(self, fn):
        if fn in self.decl_cfgs:
            return
        self.decl_cfgs[fn] = None
        decl = self.decls[fn]
        if decl.body is not None:
            g = new_cfg(decl.body, self.call_may_return)
            self.decl_cfgs[fn] = g
            if g.no_return:
                self.no_return.add(fn)

    def call_may_return(self, call) -> bool:
        from .analysis import full_name
        p = self.p
        if isinstance(call.fun, ast.Ident) and isinstance(p.info.uses.get(call.fun), Builtin) and call.fun.name == "panic":
            return False
        fn = p.static_callee(call)
        if fn is None:
            return True
        if fn in self.decls:
            self._build_decl(fn)
            return fn not in self.no_return
        return full_name(fn) not in _NO_RETURN

    def func_decl(self, decl):
        fn = self.p.info.defs.get(decl.name)
        if fn not in self.decls or decl.body is None:
            return None
        self._build_decl(fn)
        return self.decl_cfgs.get(fn)

    def func_lit(self, lit):
        g = self.lit_cfgs.get(id(lit))
        if g is None:
            g = new_cfg(lit.body, self.call_may_return)
            self.lit_cfgs[id(lit)] = g
        return g
