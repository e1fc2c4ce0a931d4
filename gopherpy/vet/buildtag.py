"""This file implements the buildtag analyzer: //go:build and // +build lines that are malformed,
misplaced (after the package clause, inside /* */ comments, after non-comment text for
// +build), duplicated, that do not parse, name an invalid go version, or whose // +build
lines do not match the //go:build line. Files the build excludes are not checked (go vet
reports nothing for them either: measured on testdata/vet/mod/b/gen.go)."""

from __future__ import annotations

from gopherpy.syntax import gobuild
from gopherpy.syntax.buildconstraint import go_version

_SPACE = gobuild._SPACE


def _valid_go_version(tag: str) -> bool:
    return go_version(tag) != ""


def _malformed_go_tag(tag: str) -> bool:
    if not tag.startswith("go1"):
        for pre in ("go.", "g1.", "go"):
            if tag.startswith(pre) and _valid_go_version("go1." + tag[len(pre):]):
                return True
        return False
    return not _valid_go_version(tag)


def _tags(x):
    if isinstance(x, gobuild.Tag):
        yield x.tag
    elif isinstance(x, gobuild.Not):
        yield from _tags(x.x)
    elif isinstance(x, (gobuild.And, gobuild.Or)):
        yield from _tags(x.x)
        yield from _tags(x.y)


class _Checker:
    def __init__(self, p):
        self.p = p
        self.plus_ok = True
        self.go_ok = True
        self.cross = True
        self.in_star = False
        self.go_pos = 0
        self.plus_pos = 0
        self.go_build = None
        self.plus_build = None

    def report(self, pos, msg):
        self.p.report(pos, msg)

    def comment(self, pos, text):
        if text.startswith("//"):
            if "+build" in text:
                self.plus_line(pos, text)
            if "//go:build" in text:
                self.go_line(pos, text)
        if text.startswith("/*"):
            i = text.find("\n")
            if i >= 0:
                self.in_star = True
                i += 1
                pos += i
                text = text[i:]
                while text:
                    j = text.find("\n")
                    j = len(text) if j < 0 else j + 1
                    line = text[:j]
                    if line.startswith("//"):
                        self.comment(pos, line)
                    pos += j
                    text = text[j:]
                self.in_star = False

    def check_tags(self, pos, x):
        for tag in _tags(x):
            if _malformed_go_tag(tag):
                self.report(pos, f'invalid go version "{tag}" in build constraint')

    def go_line(self, pos, line):
        if not gobuild.is_go_build(line):
            if not line.startswith("//go:build") and gobuild.is_go_build("//" + line[2:].strip(_SPACE)):
                self.report(pos, "malformed //go:build line (space between // and go:build)")
            return
        if not self.go_ok or self.in_star:
            self.report(pos, "misplaced //go:build comment")
            self.cross = False
            return
        if not self.go_pos:
            self.go_pos = pos
        else:
            self.report(pos, "unexpected extra //go:build line")
            self.cross = False
        i = line.find(" // ERROR ")
        if i >= 0:
            line = line[:i]
        try:
            x = gobuild.parse(line)
        except gobuild.ConstraintError as e:
            self.report(pos, str(e))
            self.cross = False
            return
        self.check_tags(pos, x)
        if self.go_build is None:
            self.go_build = x

    def plus_line(self, pos, line):
        line = line.strip(_SPACE)
        if not gobuild.is_plus_build(line):
            if self.plus_ok and not line.startswith("// want"):
                self.report(pos, "possible malformed +build comment")
            return
        if not self.plus_ok:
            self.report(pos, "misplaced +build comment")
            self.cross = False
        if not self.plus_pos:
            self.plus_pos = pos
        i = line.find(" // ERROR ")
        if i >= 0:
            line = line[:i]
        fields = line[2:].split()
        for arg in fields[1:]:
            for elem in arg.split(","):
                if elem.startswith("!!"):
                    self.report(pos, f"invalid double negative in build constraint: {arg}")
                    self.cross = False
                    continue
                elem = elem[1:] if elem.startswith("!") else elem
                for c in elem:
                    if not (c.isalpha() or c.isdigit() or c in "_."):
                        self.report(pos, f"invalid non-alphanumeric build constraint: {arg}")
                        self.cross = False
                        break
        if self.cross:
            try:
                y = gobuild.parse(line)
            except gobuild.ConstraintError as e:
                self.report(pos, str(e))
                self.cross = False
                return
            self.check_tags(pos, y)
            self.plus_build = y if self.plus_build is None else gobuild.And(self.plus_build, y)

    def finish(self):
        if not self.cross or not self.plus_pos or not self.go_pos:
            return
        try:
            lines = gobuild.plus_build_lines(self.go_build)
        except gobuild.ConstraintError as e:
            self.report(self.go_pos, str(e))
            return
        want = None
        for line in lines:
            try:
                y = gobuild.parse(line)
            except gobuild.ConstraintError:
                return
            want = y if want is None else gobuild.And(want, y)
        if str(want) != str(self.plus_build):
            self.report(self.plus_pos, "+build lines do not match //go:build condition")


def check_file(p, f):
    ck = _Checker(p)
    for group in f.comments:
        if group.end() + 1 >= f.package:
            ck.plus_ok = False
        if group.pos() >= f.package:
            ck.go_ok = False
        for c in group.list:
            if not c.text.startswith("//"):
                ck.plus_ok = False
            ck.comment(c.slash, c.text)
    ck.finish()


def run(p):
    for f in p.files:
        check_file(p, f)
