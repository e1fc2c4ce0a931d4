"""This file reformats doc comments into their canonical form, as gofmt does since Go 1.19 (go/doc/comment's rules).

A doc comment is split into spans: paragraphs (unindented lines), code blocks
(indented lines, printed with one tab of indentation), lists (indented lines
starting with -, *, +, • or a number followed by . or ), printed as "  - item" or
" 1. item"), headings ("# Heading", and old-style implicit headings, which become
"# Heading"), and link definitions ("[Text]: URL", moved to the end). Blocks are
separated by one blank line; directives such as //go:noinline move after the text.

Text inside paragraphs and list items is kept as written. Whether a link
definition is "used" (which orders the definitions at the end) is decided by
looking for "[Text]" in the text, a simplification of go/doc/comment's link
parsing.
"""

from __future__ import annotations

import re

from . import nodes as ast

_SPAN_CODE, _SPAN_HEADING, _SPAN_LIST, _SPAN_OLD_HEADING, _SPAN_PARA = range(1, 6)


def is_directive(c: str) -> bool:
    """Reports whether the text after // is a directive (//line, //export, //go:..., ...)."""
    if c.startswith(("line ", "extern ", "export ")):
        return True
    colon = c.find(":")
    if colon <= 0 or colon + 1 >= len(c):
        return False
    for i in range(colon + 2):
        if i == colon:
            continue
        b = c[i]
        if not ("a" <= b <= "z" or "0" <= b <= "9"):
            return False
    return True


def _all_stars(text: str) -> bool:
    for m in re.finditer("\n[ \t]*", text):
        j = m.end()
        if j < len(text) and text[j] != "*":
            return False
    return True


def _indented(line: str) -> bool:
    return line != "" and line[0] in " \t"


def _leading_space(s: str) -> str:
    return s[: len(s) - len(s.lstrip(" \t"))]


def _common_prefix(a: str, b: str) -> str:
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    return a[:i]


def _is_blank(s: str) -> bool:
    return s == "" or s == "\n"


def _unindent(lines: list[str]) -> list[str]:
    while lines and _is_blank(lines[0]):
        lines = lines[1:]
    while lines and _is_blank(lines[-1]):
        lines = lines[:-1]
    if not lines:
        return []
    prefix = _leading_space(lines[0])
    for line in lines[1:]:
        if not _is_blank(line):
            prefix = _common_prefix(prefix, _leading_space(line))
    out = []
    for line in lines:
        if line.startswith(prefix):
            line = line[len(prefix):]
        if line.strip(" \t\n\v\f\r\x85\xa0") == "":
            line = ""
        out.append(line)
    while out and out[0] == "":
        out = out[1:]
    while out and out[-1] == "":
        out = out[:-1]
    return out


def _list_marker(line: str):
    line = line.strip()
    if not line:
        return None
    if line[0] in "•*+-":
        num, rest = "", line[1:]
    elif "0" <= line[0] <= "9":
        n = 1
        while n < len(line) and "0" <= line[n] <= "9":
            n += 1
        if n >= len(line) or line[n] not in ".)":
            return None
        num, rest = line[:n], line[n + 1:]
    else:
        return None
    if not _indented(rest) or rest.strip() == "":
        return None
    return num, rest


def _is_list(line: str) -> bool:
    return _list_marker(line) is not None


def _is_heading(line: str) -> bool:
    return len(line) >= 2 and line[0] == "#" and line[1] in " \t" and line.strip() != "#"


def _is_old_heading(line: str, all_lines: list[str], off: int) -> bool:
    if off <= 0 or all_lines[off - 1] != "" or off + 2 >= len(all_lines) or all_lines[off + 1] != "" \
            or _leading_space(all_lines[off + 2]) != "":
        return False
    line = line.strip()
    if not line:
        return False
    r = line[0]
    if not (r.isalpha() and r.isupper()):
        return False
    r = line[-1]
    if not (r.isalpha() or r.isdigit()):
        return False
    if any(c in line for c in ";:!?+*/=[]{}_^°&§~%#@<\">\\"):
        return False
    b = line
    while "'" in b:
        b = b.split("'", 1)[1]
        if b != "s" and not b.startswith("s "):
            return False
    b = line
    while "." in b:
        b = b.split(".", 1)[1]
        if b == "" or b.startswith(" "):
            return False
    return True


def _parse_spans(lines: list[str]):
    spans = []
    i = 0
    force_indent = 0
    n = len(lines)
    while True:
        while i < n and lines[i] == "":
            i += 1
        if i >= n:
            break
        start = end = i
        if i < force_indent or _indented(lines[i]):
            unindented_list_ok = _is_list(lines[i]) and i < force_indent
            i += 1
            while i < n and (lines[i] == "" or i < force_indent or _indented(lines[i])
                             or (unindented_list_ok and _is_list(lines[i]))):
                if lines[i] == "":
                    unindented_list_ok = False
                i += 1
            end = i
            while end > start and lines[end - 1] == "":
                end -= 1
            if end < n and lines[end].startswith("}"):
                end += 1
            kind = _SPAN_LIST if _is_list(lines[start]) else _SPAN_CODE
        else:
            i += 1
            while i < n and lines[i] != "" and not _indented(lines[i]):
                i += 1
            end = i
            if i < n and lines[i] != "" and not _is_list(lines[i]):
                if _is_list(lines[i - 1]):
                    force_indent = end
                    end -= 1
                    while end > start and _is_list(lines[end - 1]):
                        end -= 1
                elif lines[i - 1].endswith("{") or lines[i - 1].endswith("\\"):
                    force_indent = end
                    end -= 1
                if start == end and force_indent > start:
                    i = start
                    continue
            if end - start == 1 and _is_heading(lines[start]):
                kind = _SPAN_HEADING
            elif end - start == 1 and _is_old_heading(lines[start], lines, start):
                kind = _SPAN_OLD_HEADING
            else:
                kind = _SPAN_PARA
        spans.append((start, end, kind))
        i = end
    return spans


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")


def _parse_link(line: str):
    if not line or line[0] != "[":
        return None
    i = line.find("]:")
    if i < 0 or i + 3 >= len(line) or line[i + 2] not in " \t":
        return None
    text = line[1:i]
    url = line[i + 3:].strip()
    j = url.find("://")
    if j < 0 or not _SCHEME.match(url[:j]):
        return None
    return text, url


def format_text(text: str) -> str:
    """Canonical comment text (without comment markers) for the comment body text."""
    lines = _unindent(text.split("\n"))
    blocks = []   # (kind, payload)
    links = []    # [text, url]
    prev_end = 0
    for start, end, kind in _parse_spans(lines):
        seg = lines[start:end]
        if kind == _SPAN_LIST:
            blocks.append(("list", _list(seg, prev_end < start, links)))
        elif kind == _SPAN_CODE:
            body = _unindent(seg)
            blocks.append(("code", body))
        elif kind == _SPAN_OLD_HEADING:
            blocks.append(("heading", lines[start].strip()))
        elif kind == _SPAN_HEADING:
            blocks.append(("heading", lines[start][1:].strip()))
        else:
            para = _paragraph(seg, links)
            if para is not None:
                blocks.append(("para", para))
        prev_end = end
    out = []
    texts = []
    for i, (kind, x) in enumerate(blocks):
        if i > 0 and (kind != "list" or _list_blank_before(x)):
            out.append("\n")
        if kind == "para":
            out.append(x + "\n")
            texts.append(x)
        elif kind == "heading":
            out.append("# " + x + "\n")
        elif kind == "code":
            for line in x:
                out.append(("\t" + line if line else "") + "\n")
        else:
            force_before, force_between, items = x
            loose = _list_blank_between(x)
            for k, (num, content) in enumerate(items):
                if k > 0 and loose:
                    out.append("\n")
                out.append(" " + (" - " if num == "" else num + ". "))
                for j, para in enumerate(content):
                    if j > 0:
                        out.append("\n    ")
                    out.append(para.replace("\n", "\n    ") + "\n")
                    texts.append(para)
    first_def: dict[str, int] = {}
    for k, (t, _) in enumerate(links):
        first_def.setdefault(t, k)
    used_defs: set[int] = set()
    for t in texts:
        _mark_used(t, first_def, used_defs)
    for used in (True, False):
        first = True
        for k, (t, url) in enumerate(links):
            if (k in used_defs) == used:
                if first:
                    out.append("\n")
                    first = False
                out.append(f"[{t}]: {url}\n")
    return "".join(out)


def _mark_used(text: str, first_def: dict, used: set) -> None:
    """Record which link definitions a "[Text]" reference in text uses (go/doc/comment's scan)."""
    start = -1
    buf: list[str] = []
    for i, c in enumerate(text):
        if c == "\n" or c == "\t":
            c = " "
        if c == "[":
            start = i
        elif c == "]":
            if start >= 0:
                k = first_def.get("".join(buf))
                if k is not None:
                    used.add(k)
            start = -1
            buf = []
        if start >= 0 and i != start:
            buf.append(c)


def _paragraph(lines, links):
    defs = []
    for line in lines:
        d = _parse_link(line)
        if d is None:
            return "\n".join(lines)
        defs.append(d)
    seen = {t for t, _ in links}
    for t, url in defs:
        links.append((t, url))
        seen.add(t)
    return None


def _list(lines, force_blank_before, links):
    first = _list_marker(lines[0])
    num0 = first[0] if first else ""
    items = []
    item = None
    text: list[str] = []
    force_between = False

    def flush():
        if item is not None:
            para = _paragraph(text, links)
            if para is not None:
                item[1].append(para)

    for line in lines:
        m = _list_marker(line)
        if m is not None and (m[0] != "") == (num0 != ""):
            flush()
            text = []
            item = (m[0], [])
            items.append(item)
            line = m[1]
        line = line.strip()
        if line == "":
            force_between = True
            flush()
            text = []
            continue
        text.append(line)
    flush()
    return (force_blank_before, force_between, items)


def _list_blank_between(x) -> bool:
    force_before, force_between, items = x
    if force_between:
        return True
    return any(len(content) != 1 for _, content in items)


def _list_blank_before(x) -> bool:
    return x[0] or _list_blank_between(x)


def format_doc_comment(lst: list) -> list:
    """The canonical form of a doc comment's Comment list (may be the same list)."""
    directives = []
    if len(lst) == 1 and lst[0].text.startswith("/*"):
        kind = "/*"
        text = lst[0].text
        if "\n" not in text or _all_stars(text):
            return lst
        text = text[2:-2]
    elif lst[0].text.startswith("//"):
        kind = "//"
        parts = []
        for c in lst:
            if not c.text.startswith("//"):
                return lst
            after = c.text[2:]
            if is_directive(after):
                directives.append(c)
                continue
            parts.append((after[1:] if after.startswith(" ") else after) + "\n")
        text = "".join(parts)
    else:
        return lst
    if text == "":
        return lst
    text = format_text(text)
    slash = lst[0].slash
    if kind == "/*":
        return [ast.Comment(slash, "/*\n" + text + "*/")]
    out = []
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        if line == "":
            line = "//"
        elif line.startswith("\t"):
            line = "//" + line
        else:
            line = "// " + line
        out.append(ast.Comment(slash, line))
    if directives:
        out.append(ast.Comment(slash, "//"))
        out.extend(ast.Comment(slash, c.text) for c in directives)
    return out
