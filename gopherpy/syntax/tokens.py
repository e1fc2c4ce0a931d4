"""This file defines the lexical tokens of Go as the scanner hands them to the parser.

A token kind is a plain interned str: operators and delimiters as written ("+",
"<-", "&^=", "("), keywords as written ("func"), and the classes "NAME", "INT",
"FLOAT", "IMAG", "CHAR", "STRING", ";" and "EOF". Comparing kinds is a pointer
comparison in the common case because every kind comes from the tables below.
"""

from __future__ import annotations

NAME = "NAME"
INT = "INT"
FLOAT = "FLOAT"
IMAG = "IMAG"
CHAR = "CHAR"
STRING = "STRING"
SEMI = ";"
EOF = "EOF"

LITERALS = frozenset((INT, FLOAT, IMAG, CHAR, STRING))

KEYWORDS = {
    k: k
    for k in (
        "break case chan const continue default defer else fallthrough for func go goto "
        "if import interface map package range return select struct switch type var"
    ).split()
}

# Binary operator precedences (gc's precOrOr=1 ... precMul=5).
BINARY_PREC = {
    "||": 1,
    "&&": 2,
    "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4,
    "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}

# Operators gc's scanner classifies as _Operator (binary ones plus the unary ! and ~).
OPERATORS = frozenset(BINARY_PREC) | {"!", "~"}

ASSIGN_OPS = frozenset(op + "=" for op in ("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"))

# Tokens after which a newline or EOF becomes a semicolon.
NLSEMI = frozenset(
    (NAME, INT, FLOAT, IMAG, CHAR, STRING, ")", "]", "}", "++", "--", "break", "continue", "fallthrough", "return")
)


def tokstring(tok: str) -> str:
    """The English word gc uses for an expected token in messages ("comma", "keyword func", ...)."""
    if tok == ",":
        return "comma"
    if tok == ";":
        return "semicolon or newline"
    if tok in KEYWORDS:
        return "keyword " + tok
    if tok == NAME:
        return "name"
    if tok in LITERALS:
        return "literal"
    return tok
