"""Tests of strings' natives against values printed by real Go (testdata/funcs.go -> funcs.out)."""

from gopherpy.lib.strings import native as S
from gopherpy.runtime.values import mkslice


def L(sl):
    return sl.tolist()


def test_split_fields():
    assert L(S.Fields(" a b\t\nc  é\u00a0x ".encode())) == [b"a", b"b", b"c", "é".encode(), b"x"]
    assert L(S.Split(b"a,b,,c", b",")) == [b"a", b"b", b"", b"c"]
    assert L(S.Split(b"abc", b"")) == [b"a", b"b", b"c"]
    assert L(S.SplitN(b"a,b,c,d", b",", 2)) == [b"a", b"b,c,d"]
    assert L(S.SplitAfter(b"a,b,c", b",")) == [b"a,", b"b,", b"c"]
    assert S.SplitAfterN(b"a,b,c", b",", 0).a is None


def test_counts_case():
    assert (S.Count(b"cheese", b"e"), S.Count(b"five", b""), S.Count("héllo".encode(), b"")) == (3, 5, 6)
    assert S.EqualFold(b"Go", b"GO") and not S.EqualFold("Straße".encode(), b"STRASSE")
    assert S.EqualFold(b"k", "\u212a".encode())
    assert S.Title("hello wörld-foo_bar".encode()) == "Hello Wörld-Foo_bar".encode()
    assert S.ToUpper("héllo ß".encode()) == "HÉLLO ß".encode()
    assert S.ToLower("HÉLLO İ".encode()) == "héllo i".encode()


def test_replace_index_trim():
    assert S.Repeat(b"ab", 3) == b"ababab"
    assert S.Replace(b"oink oink oink", b"k", b"ky", 2) == b"oinky oinky oink"
    assert S.Replace(b"abc", b"", b"-", -1) == b"-a-b-c-"
    assert S.Replace(b"abc", b"", b"-", 2) == b"-a-bc"
    assert S.IndexRune("chékén".encode(), ord("k")) == 4
    assert S.IndexAny(b"golang", b"ny") == 4 and S.LastIndexAny(b"golang", b"go") == 5
    assert S.Trim("¡¡¡Hello, Gophers!!!".encode(), "!¡".encode()) == b"Hello, Gophers"
    assert S.TrimSpace(b" \t x y \n") == b"x y"
    assert S.TrimLeft(b"xxhixx", b"x") == b"hixx"
    assert S.TrimFunc(b"123abc456", lambda r: 48 <= r <= 57) == b"abc"
    assert S.Cut(b"key=value=x", b"=") == (b"key", b"value=x", True)
    up = lambda r: -1 if r == 97 else (r - 32 if 97 <= r <= 122 else r)
    assert S.Map(up, b"banana") == b"BNN"
    assert S.ToValidUTF8(b"a\xffb\xff\xfec", b"?") == b"a?b?c"


def test_iterators():
    got = []
    S.Lines(b"one\ntwo\nthree")(lambda l: got.append(l) or True)
    assert got == [b"one\n", b"two\n", b"three"]
    got = []
    S.SplitSeq(b"a-b-c", b"-")(lambda p: got.append(p) or len(got) < 2)
    assert got == [b"a", b"b"]


class _R:
    __slots__ = ("oldnew",)

    def __init__(self, *a):
        self.oldnew = mkslice([x.encode() for x in a])


def test_replacer_matches_go():
    # expectations printed by real Go 1.27 (NewReplacer(...).Replace)
    cases = [
        (("", "X"), "ab", "XaXbX"),
        (("a", "1", "", "X"), "abab", "1Xb1XbX"),
        (("", "X", "a", "1"), "ab", "X1XbX"),
        (("a", "1", "ab", "2"), "ab", "1b"),
        (("ab", "2", "a", "1"), "aab", "12"),
        (("aaa", "3", "aa", "2", "a", "1"), "aaaa", "31"),
        (("a", "b", "b", "a"), "abab", "baba"),
        (("é", "e", "", "-"), "xébx", "-xe-b-x-"),
    ]
    for args, s, want in cases:
        assert S.Replacer_Replace(_R(*args), s.encode()) == want.encode(), (args, s)
    assert S.Replacer_Replace(_R("", "X"), "é".encode()) == b"X\xc3X\xa9X"
