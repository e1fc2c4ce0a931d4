"""This file sorts the import specs of a file as gofmt does before printing (go/ast.SortImports).

Within each parenthesized import declaration, every run of specs not separated by a
blank line is sorted by import path, then name, then line comment; exact duplicates
(same path and name, the first without a comment) are removed. Specs keep the
positions of the slots they move into, and their comments move with them, so the
printer places everything as if the source had been written sorted.

This mutates the tree and the file's line table (lines of removed duplicates are
merged), exactly as gofmt does; use it only on a tree that is printed and dropped.
"""

from __future__ import annotations

from . import nodes as ast


def _unquote_path(lit) -> str:
    v = lit.value
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"`":
        s = v[1:-1]
        if v[0] == '"' and "\\" in s:
            try:
                return bytes(s, "utf-8").decode("unicode_escape")
            except Exception:
                return ""
        return s
    return ""


def _name(s) -> str:
    return s.name.name if s.name is not None else ""


def _comment(s) -> str:
    c = s.comment
    if c is None:
        return ""
    return "\n".join(x.text for x in c.list)


def _merge_line(f, line: int) -> None:
    """Merge line (1-based) with the next one, as token.File.MergeLine does."""
    if 1 <= line < len(f.line_starts):
        del f.line_starts[line]


def sort_imports(fset, file) -> None:
    def line_at(pos):
        f = fset.file(pos)
        return f.line_of(pos - f.base) if f is not None else 0

    for d in file.decls:
        if type(d) is not ast.GenDecl or d.tok != "import":
            break
        if not d.lparen:
            continue
        i = 0
        specs = []
        for j, s in enumerate(d.specs):
            if j > i and line_at(s.pos()) > 1 + line_at(d.specs[j - 1].end()):
                specs.extend(_sort_specs(fset, file, d, d.specs[i:j], line_at))
                i = j
        specs.extend(_sort_specs(fset, file, d, d.specs[i:], line_at))
        d.specs = specs
        if d.specs:
            last_line = line_at(d.specs[-1].pos())
            rparen_line = line_at(d.rparen)
            f = fset.file(d.rparen)
            while rparen_line > last_line + 1:
                rparen_line -= 1
                _merge_line(f, rparen_line)
    file.imports = [s for d in file.decls if type(d) is ast.GenDecl and d.tok == "import" for s in d.specs]


def _sort_specs(fset, file, d, specs, line_at):
    if len(specs) <= 1:
        return list(specs)
    pos = [(s.pos(), s.end()) for s in specs]
    beg_specs = pos[0][0]
    end_specs = pos[-1][1]
    bf = fset.file(beg_specs)
    beg = bf.base + bf.line_starts[line_at(beg_specs) - 1]
    end_line = line_at(end_specs)
    ef = fset.file(end_specs)
    if end_line == len(ef.line_starts):
        end = end_specs
    else:
        end = ef.base + ef.line_starts[end_line]
    first = len(file.comments)
    last = -1
    for i, g in enumerate(file.comments):
        if g.end() >= end:
            break
        if beg <= g.pos():
            first = min(first, i)
            last = max(last, i)
    comments = file.comments[first:last + 1] if last >= 0 else []
    import_comments: dict[int, list] = {}
    spec_index = 0
    for g in comments:
        while spec_index + 1 < len(specs) and pos[spec_index + 1][0] <= g.pos():
            spec_index += 1
        left = False
        if spec_index == 0 and pos[spec_index][0] > g.pos():
            left = True
        elif spec_index + 1 < len(specs) and line_at(pos[spec_index][0]) + 1 == line_at(g.pos()):
            spec_index += 1
            left = True
        import_comments.setdefault(id(specs[spec_index]), []).append((left, g))
    specs = sorted(specs, key=lambda s: (_unquote_path(s.path), _name(s), _comment(s)))
    deduped = []
    for i, s in enumerate(specs):
        if i == len(specs) - 1 or not _collapse(s, specs[i + 1]):
            deduped.append(s)
        else:
            p = s.pos()
            l = line_at(p)
            if l != line_at(d.rparen):
                _merge_line(fset.file(p), l)
    specs = deduped
    for i, s in enumerate(specs):
        start, stop = pos[i]
        if s.name is not None:
            s.name.name_pos = start
        s.path.value_pos = start
        s.end_pos = stop
        for left, g in import_comments.get(id(s), ()):
            for c in g.list:
                c.slash = start - 1 if left else stop
    if last >= 0:
        file.comments[first:last + 1] = sorted(comments, key=lambda g: g.pos())
    return specs


def _collapse(prev, nxt) -> bool:
    if _unquote_path(nxt.path) != _unquote_path(prev.path) or _name(nxt) != _name(prev):
        return False
    return prev.comment is None
