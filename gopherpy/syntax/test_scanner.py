"""Table tests for the scanner: token kinds, literal texts, semicolon insertion, positions, comments, directives."""

from __future__ import annotations

import pytest

from gopherpy.syntax import FileSet, literal_value, nodes as ast, parse_file
from gopherpy.syntax.scanner import scan


def toks(src: str):
    t = scan(src.encode("utf-8"), 0)
    return [(k, l) if l is not None else k for k, l in zip(t.kinds, t.lits)]


CASES = [
    ("x", [("NAME", "x"), (";", "EOF"), "EOF"]),
    ("x\n", [("NAME", "x"), (";", "newline"), "EOF"]),
    ("x;", [("NAME", "x"), (";", "semicolon"), "EOF"]),
    ("break\ncontinue\nfallthrough\nreturn\n", [
        "break", (";", "newline"), "continue", (";", "newline"), "fallthrough", (";", "newline"), "return",
        (";", "newline"), "EOF"]),
    ("if\nfunc\n", ["if", "func", "EOF"]),
    ("a++\nb--\n)\n]\n}\n", [("NAME", "a"), "++", (";", "newline"), ("NAME", "b"), "--", (";", "newline"), ")",
                              (";", "newline"), "]", (";", "newline"), "}", (";", "newline"), "EOF"]),
    ("x /* a\n b */ y", [("NAME", "x"), (";", "newline"), ("NAME", "y"), (";", "EOF"), "EOF"]),
    ("x // c\ny", [("NAME", "x"), (";", "newline"), ("NAME", "y"), (";", "EOF"), "EOF"]),
    ("x /* c */ y", [("NAME", "x"), ("NAME", "y"), (";", "EOF"), "EOF"]),
    ("héllo 世界 _x9", [("NAME", "héllo"), ("NAME", "世界"), ("NAME", "_x9"), (";", "EOF"), "EOF"]),
    ("0 42 0x1F 0X_1f 0o17 0O17 017 0b101 1_000_000", [
        ("INT", "0"), ("INT", "42"), ("INT", "0x1F"), ("INT", "0X_1f"), ("INT", "0o17"), ("INT", "0O17"),
        ("INT", "017"), ("INT", "0b101"), ("INT", "1_000_000"), (";", "EOF"), "EOF"]),
    ("1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8P+3 0x_1p0 1_0.2_5", [
        ("FLOAT", "1.5"), ("FLOAT", ".5"), ("FLOAT", "1."), ("FLOAT", "1e10"), ("FLOAT", "1E-3"),
        ("FLOAT", "0x1p-2"), ("FLOAT", "0x1.8P+3"), ("FLOAT", "0x_1p0"), ("FLOAT", "1_0.2_5"), (";", "EOF"), "EOF"]),
    ("1i 1.5i 0x1p2i 0i 0x1e", [("IMAG", "1i"), ("IMAG", "1.5i"), ("IMAG", "0x1p2i"), ("IMAG", "0i"),
                                ("INT", "0x1e"), (";", "EOF"), "EOF"]),
    ("'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' '\\101' 'é'", [
        ("CHAR", "'a'"), ("CHAR", "'\\n'"), ("CHAR", "'\\x41'"), ("CHAR", "'\\u00e9'"), ("CHAR", "'\\U0001F600'"),
        ("CHAR", "'\\101'"), ("CHAR", "'é'"), (";", "EOF"), "EOF"]),
    ('"a\\tb" "\\"" `raw\\n`', [("STRING", '"a\\tb"'), ("STRING", '"\\""'), ("STRING", "`raw\\n`"), (";", "EOF"),
                                "EOF"]),
    ("`a\r\nb`", [("STRING", "`a\nb`"), (";", "EOF"), "EOF"]),
    ("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... "
     "( [ { , . ) ] } ; :", [
         "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
         "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=",
         "...", "(", "[", "{", ",", ".", ")", "]", "}", (";", "semicolon"), ":", "EOF"]),
    ("a..b", [("NAME", "a"), ".", ".", ("NAME", "b"), (";", "EOF"), "EOF"]),
]


@pytest.mark.parametrize("src,want", CASES)
def test_tokens(src, want):
    assert toks(src) == want


def test_positions_are_byte_offsets():
    t = scan("é := 世\nx".encode(), 100)
    assert t.poss[:3] == [100, 103, 106]
    assert t.poss[4] == 100 + len("é := 世\n".encode())


def test_bom_skipped_at_start():
    t = scan(b"\xef\xbb\xbfpackage p", 0)
    assert t.kinds[0] == "package" and t.poss[0] == 3 and not t.errors


def test_comments_and_directives():
    src = b"//go:build linux && go1.21\n\npackage p\n\n//line foo.go:10\nvar x int\n"
    f = parse_file("a.go", src, fs := FileSet())
    assert f.build_constraint == "linux && go1.21"
    assert f.go_version == "go1.21"
    assert fs.position(f.decls[0].pos()).filename == "foo.go"
    assert fs.position(f.decls[0].pos()).line == 10
    assert [c.text for g in f.comments for c in g.list] == ["//go:build linux && go1.21", "//line foo.go:10"]


@pytest.mark.parametrize("lit,kind,value", [
    ("42", "INT", 42), ("0x_1F", "INT", 31), ("017", "INT", 15), ("0o17", "INT", 15), ("0b101", "INT", 5),
    ("1_000", "INT", 1000), ("1.5", "FLOAT", 1.5), ("0x1p-2", "FLOAT", 0.25), ("1e3", "FLOAT", 1000.0),
    ("2i", "IMAG", 2j), ("1.5i", "IMAG", 1.5j), ("'a'", "CHAR", 97), ("'\\n'", "CHAR", 10), ("'\\377'", "CHAR", 255),
    ("'\\u00e9'", "CHAR", 0xE9), ("'é'", "CHAR", 0xE9), ('"a\\x41\\u00e9"', "STRING", b"aA\xc3\xa9"),
    ('"\\377"', "STRING", b"\xff"), ("`a\\n`", "STRING", b"a\\n"),
])
def test_literal_value(lit, kind, value):
    assert literal_value(ast.BasicLit(1, kind, lit)) == value


@pytest.mark.parametrize("expr,want", [
    ("go1.21", "go1.21"), ("linux && go1.21", "go1.21"), ("go1.21 || linux", ""), ("go1.20 || go1.22", "go1.20"),
    ("!go1.21", ""), ("!(!go1.21)", "go1.21"), ("go1", "go1"), ("linux &&", ""),
])
def test_go_version_of_build_constraint(expr, want):
    from gopherpy.syntax.buildconstraint import go_version

    assert go_version(expr) == want
