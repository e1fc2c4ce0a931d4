"""This file computes which struct fields JSON sees (tags, embedding, Go's visibility rules as amended for JSON), the case-insensitive name matching, and which marshal/unmarshal methods a type has.

It follows go1.27's json/v2 fields.go and fold.go under the v1 options: tag errors and
conflicts that v2 would report are ignored, as v1 ignores them; fields are found
breadth-first through embedded structs (an embedded struct type seen before contributes
its fields but not its embedded ones again); among fields with one name the shallowest
wins, a tagged one over untagged ones at the same depth, and a tie removes them all.
The result is sorted by index path (declaration order, embedded fields in place).
"""

from __future__ import annotations

from gopherpy.lib.encoding.json.scanner import coerce_utf8
from gopherpy.lib.reflect import typeops
from gopherpy.lib.unicode.letter import is_letter, is_number, simple_fold
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import decoderune

STRUCT, POINTER, INTERFACE, ARRAY, SLICE, MAP, STRING = (rt.STRUCT, rt.POINTER, rt.INTERFACE,
                                                         rt.ARRAY, rt.SLICE, rt.MAP, rt.STRING)


class Ifaces:
    """The interface types whose methods json calls (set by native.init_package)."""

    marshaler = None        # json.Marshaler
    unmarshaler = None      # json.Unmarshaler
    text_marshaler = None   # encoding.TextMarshaler
    text_unmarshaler = None
    text_appender = None
    is_zeroer = None        # interface{ IsZero() bool }
    number = None           # json.Number
    rawmessage = None       # jsontext.Value


I = Ifaces()

_impl: dict = {}


def implements(t, it):
    """(need_addr, ok): whether t, or else *t, implements interface it (Go's implements)."""
    key = (t, it)
    r = _impl.get(key)
    if r is None:
        if typeops.implements(t, it):
            r = (False, True)
        elif t.kind != INTERFACE and typeops.implements(rt.ptr_to(t), it):
            r = (True, True)
        else:
            r = (False, False)
        _impl[key] = r
    return r


def implements_any(t, *its) -> bool:
    return any(implements(t, it)[1] for it in its)


def all_marshalers():
    return (I.marshaler, I.text_appender, I.text_marshaler)


def all_methods():
    return (I.marshaler, I.text_appender, I.text_marshaler, I.unmarshaler, I.text_unmarshaler)


def indirect_type(t):
    """t's element when t is an unnamed pointer type."""
    if t.kind == POINTER and not t.named:
        return t.elem
    return t


# -- names -------------------------------------------------------------------------------

def fold_rune(r: int) -> int:
    """The smallest rune of r's simple folding orbit."""
    smallest = r
    x = simple_fold(r)
    while x != r:
        if x < smallest:
            smallest = x
        x = simple_fold(x)
    return smallest


def fold_name(name: bytes) -> bytes:
    """The key of the case-insensitive lookup: ASCII upper case, '_' and '-' dropped, other
    runes folded to the smallest of their orbit."""
    if name.isascii():
        return name.replace(b"_", b"").replace(b"-", b"").upper()
    out = bytearray()
    i = 0
    while i < len(name):
        c = name[i]
        if c < 0x80:
            if c != 0x5F and c != 0x2D:
                out.append(c - 32 if 0x61 <= c <= 0x7A else c)
            i += 1
            continue
        r, w = decoderune(name, i)
        out += chr(fold_rune(r)).encode("utf-8", "surrogatepass") if not 0xD800 <= fold_rune(r) <= 0xDFFF \
            else "\ufffd".encode()
        i += w
    return bytes(out)


def _runes(s: bytes) -> list:
    out = []
    i = 0
    while i < len(s):
        if s[i] < 0x80:
            out.append(s[i])
            i += 1
        else:
            r, w = decoderune(s, i)
            out.append(r)
            i += w
    return out


def equal_fold(a: bytes, b: bytes) -> bool:
    """strings.EqualFold (Unicode simple folding)."""
    if a.isascii() and b.isascii():
        return len(a) == len(b) and a.lower() == b.lower()
    ra, rb = _runes(a), _runes(b)
    if len(ra) != len(rb):
        return False
    return all(x == y or fold_rune(x) == fold_rune(y) for x, y in zip(ra, rb))


# -- tags ----------------------------------------------------------------------------------

_RESERVED = b",\\'\"`"


def _letter_or_digit(r: int) -> bool:
    return r == 0x5F or is_letter(r) or is_number(r)


def _consume_option(tag: bytes):
    """(option, length, ok) of consumeTagOption without quotes."""
    i = tag.find(b",")
    if i < 0:
        i = len(tag)
    if not tag:
        return tag, 0, False
    r, w = (tag[0], 1) if tag[0] < 0x80 else decoderune(tag, 0)
    if r == 0x5F or is_letter(r):
        n = 0
        while n < len(tag):
            r, w = (tag[n], 1) if tag[n] < 0x80 else decoderune(tag, n)
            if not _letter_or_digit(r):
                break
            n += w
        return tag[:n], n, True
    return tag[:i], i, False


class FieldOptions:
    __slots__ = ("name", "has_name", "omitzero", "omitempty", "string", "embed", "casing",
                 "format", "other")

    def __init__(self):
        self.name = b""
        self.has_name = False
        self.omitzero = self.omitempty = self.string = self.embed = False
        self.casing = 0
        self.format = b""
        self.other = False   # any option but a name


def parse_options(sf):
    """(FieldOptions, ignored) for struct field sf (parseFieldOptions; errors ignored)."""
    tag, has_tag = typeops.StructTag_Lookup(sf.tag, b"json")
    tag = bytes(tag)
    if tag == b"-":
        return None, True
    if not sf.exported and not sf.embedded:
        return None, True
    o = FieldOptions()
    o.name = sf.name.encode()
    if tag and not tag.startswith(b","):
        n = 0
        while n < len(tag) and tag[n] not in _RESERVED:
            n += 1
        name = tag[:n]
        ok = True
        if not tag[n:].startswith(b",") and n != len(tag):
            name, n, ok = _consume_option(tag)
        try:
            name.decode("utf-8")
        except UnicodeDecodeError:
            name = coerce_utf8(name)
        if ok:
            o.has_name = True
            o.name = name
        tag = tag[n:]
    while tag:
        if tag[0] == 0x2C:
            tag = tag[1:]
            if not tag:
                break
        opt, n, _ = _consume_option(tag)
        tag = tag[n:]
        if opt == b"case":
            o.other = True
            if not tag.startswith(b":"):
                continue
            tag = tag[1:]
            v, n, ok = _consume_option(tag)
            tag = tag[n:]
            if v == b"ignore":
                o.casing |= 1
            elif v == b"strict":
                o.casing |= 2
        elif opt == b"embed":
            o.embed = True
        elif opt == b"omitzero":
            o.omitzero = o.other = True
        elif opt == b"omitempty":
            o.omitempty = o.other = True
        elif opt == b"string":
            o.string = o.other = True
        elif opt == b"format":
            o.other = True
            if tag.startswith(b":"):
                v, n, ok = _consume_option(tag[1:])
                if ok and v:
                    o.format = v
                    tag = tag[1 + n:]
        elif not n and tag:
            tag = tag[1:]   # not an option at all: v2 reports it; skip the character
    return o, False


# -- fields --------------------------------------------------------------------------------

class Field:
    """One JSON-visible field of a struct type."""

    __slots__ = ("id", "index", "path", "typ", "name", "quoted", "need_escape", "has_name",
                 "omitzero", "omitempty", "string", "casing", "is_zero", "folded", "attr",
                 "ptr_needed", "dec")

    def __repr__(self):
        return f"<Field {self.name!r} {self.index}>"


class StructFields:
    __slots__ = ("fields", "by_name", "by_fold")

    def lookup(self, name: bytes):
        """The field a JSON object name selects: exact name, else the first (breadth-first)
        whose name is equal under Unicode case folding."""
        f = self.by_name.get(name)
        if f is not None:
            return f
        cands = self.by_fold.get(fold_name(name))
        if cands:
            for f in cands:
                if f.casing == 1 or f.casing != 2:
                    if equal_fold(name, f.name):
                        return f
        return None


_cache: dict = {}


def struct_fields(root) -> StructFields:
    sf = _cache.get(root)
    if sf is None:
        sf = _cache[root] = _make(root)
    return sf


def _make(root) -> StructFields:
    from gopherpy.lib.encoding.json.quote import quote_name, need_escape
    queue = [(root, (), (), True)]
    seen = {root}
    allf = []
    qi = 0
    while qi < len(queue):
        t, index, path, visit = queue[qi]
        qi += 1
        for i, sf in enumerate(t.fields):
            o, ignored = parse_options(sf)
            if ignored:
                continue
            ft = sf.type
            idx = index + (i,)
            step = (sf.attr, ft, sf.exported)
            embed = o.embed or (sf.embedded and not o.has_name and indirect_type(ft).kind == STRUCT)
            if embed and not o.has_name:
                tf = indirect_type(ft)
                if tf.kind == STRUCT:
                    if visit:
                        queue.append((tf, idx, path + (step,), tf not in seen))
                    seen.add(tf)
                    continue
                if not sf.exported:
                    continue
                # an embedded map or jsontext.Value (v2's inlined fallback) is not
                # supported: treated as a regular field
            if not sf.exported:
                tf = indirect_type(ft)
                if not (sf.embedded and tf.kind == STRUCT):
                    continue
                if implements_any(tf, *all_methods()) or (o.omitzero and implements(tf, I.is_zeroer)[1]):
                    continue
            f = Field()
            f.id = len(allf)
            f.index = idx
            f.path = path + (step,)
            f.typ = ft
            f.name = o.name
            f.quoted = quote_name(o.name)
            f.need_escape = need_escape(o.name)
            f.has_name = o.has_name
            f.omitzero = o.omitzero
            f.omitempty = o.omitempty
            f.string = o.string
            f.casing = o.casing
            f.is_zero = _is_zero_kind(ft)
            f.dec = None
            f.ptr_needed = False
            allf.append(f)
    # dominance: among fields of one name keep the shallowest, tagged first; a tie drops all
    allf.sort(key=lambda f: (f.name, len(f.index), not f.has_name))
    kept = []
    i = 0
    while i < len(allf):
        j = i + 1
        while j < len(allf) and allf[j].name == allf[i].name:
            j += 1
        a = allf[i]
        if j - i == 1 or len(a.index) != len(allf[i + 1].index) or a.has_name != allf[i + 1].has_name:
            kept.append(a)
        i = j
    kept.sort(key=lambda f: f.id)
    for n, f in enumerate(kept):
        f.id = n
    kept.sort(key=lambda f: f.index)
    out = StructFields()
    out.fields = kept
    out.by_name = {f.name: f for f in kept}
    out.by_fold = {}
    for f in sorted(kept, key=lambda f: f.id):
        out.by_fold.setdefault(fold_name(f.name), []).append(f)
    return out


def _is_zero_kind(t) -> int:
    """How omitzero decides zero for a field of type t: 0 reflect's IsZero, 1 an interface
    with IsZero, 2 a pointer with IsZero, 3 IsZero on the value, 4 IsZero on its address."""
    iz = I.is_zeroer
    if t.kind == INTERFACE and typeops.implements(t, iz):
        return 1
    if t.kind == POINTER and typeops.implements(t, iz):
        return 2
    if typeops.implements(t, iz):
        return 3
    if t.kind != INTERFACE and typeops.implements(rt.ptr_to(t), iz):
        return 4
    return 0
