"""This file binds package encoding/json's body-less functions and turns the natives' errors into the v1 error values Go 1.27 returns.

Where the parts live (go1.27's file of the same role in parentheses):
  scanner.py  consuming tokens, syntax errors and their offsets (jsonwire/decode.go)
  stream.py   the token reader over a buffer or an io.Reader (jsontext/decode.go, state.go)
  decode.py   Unmarshal's per-type decoders (v2/arshal_default.go, arshal_methods.go)
  encode.py   Marshal's per-type encoders (same files)
  fields.py   struct fields, tags, name folding, method lookup (v2/fields.go, fold.go)
  quote.py    string escaping and float formatting (jsonwire/encode.go)
  indent.py   Compact, Indent, validation of MarshalJSON output (jsontext/encode.go)
Here: the entry points, the v1 transformation of errors (v2_inject.go, v2_scanner.go),
and the stream Decoder's methods (v2_stream.go).

Unmarshal validates the whole input first (as v1 does). Python's json module, which
accepts a subset of what Go accepts (NaN and Infinity refused here), is the fast check;
whatever it rejects is walked again by stream.py to produce Go's error.
"""

from __future__ import annotations

import json as _pyjson
import os
import sys

from gopherpy.compile.names import mangle
from gopherpy.lib.encoding.json import decode as D
from gopherpy.lib.encoding.json import encode as E
from gopherpy.lib.encoding.json import fastdecode as FD
from gopherpy.lib.encoding.json import indent as IND
from gopherpy.lib.encoding.json import scanner as S
from gopherpy.lib.encoding.json.fields import I
from gopherpy.lib.encoding.json.stream import Fatal
from gopherpy.lib.nativeutil import native_error
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import NIL_SLICE, Boxed, Slice


class _G:
    """The package's Go classes, helpers and error values (init_package)."""

    def __init__(self, ns):
        self.ns = ns
        self.SyntaxError = ns[mangle("SyntaxError")]
        self.UnmarshalTypeError = ns[mangle("UnmarshalTypeError")]
        self.InvalidUnmarshalError = ns[mangle("InvalidUnmarshalError")]
        self.UnsupportedTypeError = ns[mangle("UnsupportedTypeError")]
        self.UnsupportedValueError = ns[mangle("UnsupportedValueError")]
        self.MarshalerError = ns[mangle("MarshalerError")]
        self.decodeState = ns[mangle("decodeState")]
        rts = ns["_grtypes"]
        self.delim_t = rts["json.Delim"]
        self._errors = {}

    # Go helpers written in decode.go
    def call(self, name, *args):
        return self.ns[mangle(name)](*args)

    def errorf(self, fmt: str, *args):
        from gopherpy.runtime.values import mkslice
        return self.call("errorf", fmt.encode(), mkslice(list(args)))

    def parse_int(self, s, bits):
        n, err = self.call("parseInt", bytes(s), bits)
        return n, err

    def parse_uint(self, s, bits):
        return self.call("parseUint", bytes(s), bits)

    def parse_float(self, s, bits):
        return self.call("parseFloat", bytes(s), bits)

    def decode_base64(self, dst, s):
        return self.call("appendDecodeBase64", dst, _bslice(s))

    def wrap_unsupported(self, err, what):
        return self.call("wrapErrUnsupported", err, what.encode())

    @property
    def err_syntax(self):
        return self.ns[mangle("errSyntax")]

    @property
    def err_range(self):
        return self.ns[mangle("errRange")]

    def sentinel(self, text: str):
        e = self._errors.get(text)
        if e is None:
            e = self._errors[text] = native_error(text.encode())
        return e


G: _G = None  # type: ignore[assignment]
_io = None


def _io_pkg():
    global _io
    if _io is None:
        from gopherpy.compile.loader import load_package
        _io = load_package("io")
    return _io


def init_package(ns):
    global G
    G = _G(ns)
    from gopherpy.compile.loader import load_package
    rts = ns["_grtypes"]
    enc = load_package("encoding")._grtypes
    I.marshaler = rts["json.Marshaler"]
    I.unmarshaler = rts["json.Unmarshaler"]
    I.is_zeroer = rts["json.isZeroer"]
    I.number = rts["json.Number"]
    I.text_marshaler = enc["encoding.TextMarshaler"]
    I.text_unmarshaler = enc["encoding.TextUnmarshaler"]
    I.text_appender = enc["encoding.TextAppender"]
    I.any = rt.iface_of((), "interface {}")
    I.map_any = rt.map_of(rt.STRING_T, I.any)
    I.slice_any = rt.slice_of(I.any)
    I.float64 = rt.FLOAT64_T


def _bslice(b) -> Slice:
    a = bytearray(b)
    return Slice(a, 0, len(a), len(a))


def _sbytes(sl) -> bytes:
    a = sl.a
    if a is None:
        return b""
    return bytes(a[sl.off:sl.off + sl.len])


# -- syntax errors -----------------------------------------------------------------------------

def syntax_error(offset: int, err):
    return G.SyntaxError(msg=S.v1_message(err).encode("utf-8", "surrogateescape"), Offset=offset)


def _fatal_error(f: Fatal):
    """transformSyntacticError for a Fatal."""
    if f.io is not None:
        return f.io
    if f.eof:
        return _io_pkg().EOF
    return syntax_error(f.offset, f.err)


_FAILED = object()

# GOPHERPYDEBUG=jsonexact turns the fast path off (tests run the exact path with it)
_FAST = "jsonexact" not in os.environ.get("GOPHERPYDEBUG", "")


def _pyparse(decoder, data: bytes):
    """decoder.decode of data read as UTF-8 with surrogateescape; _FAILED if Python's json
    module refuses it (it accepts a subset of what Go accepts, NaN and Infinity refused by
    the decoders below). Deep nesting is refused before it could exhaust the C stack."""
    s = data.decode("utf-8", "surrogateescape")
    deep = s.count("[") + s.count("{") > 1000
    if deep:
        old = sys.getrecursionlimit()
        depth = 0
        fr = sys._getframe()
        while fr is not None:
            depth += 1
            fr = fr.f_back
        sys.setrecursionlimit(depth + S.MAX_DEPTH // 2)
    try:
        return decoder.decode(s)
    except (ValueError, RecursionError):
        return _FAILED
    finally:
        if deep:
            sys.setrecursionlimit(old)


def _fast_valid(data: bytes) -> bool:
    """Whether Python's json module accepts data (then Go does too)."""
    return _pyparse(_DECODER, data) is not _FAILED


def _reject(name):
    raise ValueError(name)


_DECODER = _pyjson.JSONDecoder(parse_constant=_reject, parse_int=len, parse_float=len)


def _validate(d, data: bytes):
    """CheckNextValue(last=true) of v1's Unmarshal; raises Fatal."""
    if d.checked or _fast_valid(data):
        return
    try:
        d.check_next_value(True)
    except Fatal as f:
        if f.eof:
            raise Fatal(S.legacy_offset(d.input_offset() + len(d.unread()), S.EOF), S.EOF)
        raise
    d.prev_start = d.prev_end = 0
    d.kinds, d.counts, d.names = [False], [0], []


# -- Unmarshal -------------------------------------------------------------------------------------

def Unmarshal(data, v):
    return _unmarshal(_sbytes(data), v, False, False)


def _unmarshal(data: bytes, v, use_number: bool, reject_unknown: bool):
    t = rt.typeof(v)
    p = v.v if isinstance(v, Boxed) else v
    if t is None or t.kind != rt.POINTER or p is None:
        return G.InvalidUnmarshalError(Type=t)
    et = t.elem
    checked = False
    if _FAST and FD.tree_ok(et):
        tree = _pyparse(FD.PARSER, data)
        if tree is not _FAILED:
            checked = True
            try:
                dec = FD.tdecoder(et)
                o = FD.Opts(use_number, reject_unknown)
                if et.kind == rt.STRUCT or et.kind == rt.ARRAY:
                    dec(o, tree, p)
                else:
                    p.v = dec(o, tree, p.v)
                return None
            except FD.Restart:
                pass
    d = D.Dec().setup(data, G, use_number, reject_unknown)
    d.checked = checked
    try:
        _validate(d, data)
        et = t.elem
        dec = D.decoder(et)
        if et.kind == rt.STRUCT or et.kind == rt.ARRAY:
            dec(d, p, False)
        else:
            p.v = dec(d, p.v, False)
    except Fatal as f:
        return _fatal_error(f)
    if d.first is not None:
        return unmarshal_error(d.first, t)
    return None


_NUMERIC = set(range(rt.INT, rt.FLOAT64 + 1))
_KIND_WORD = {0x6E: "null", 0x22: "string", 0x30: "number", 0x66: "bool", 0x74: "bool",
              0x5B: "array", 0x5D: "array", 0x7B: "object", 0x7D: "object"}


def unmarshal_error(e, root):
    """transformUnmarshalError for a recorded error (a SemErr, or a method's Go error)."""
    if not isinstance(e, D.SemErr):
        return e
    err = e.err
    if err is D.NON_NIL_REF:
        return G.InvalidUnmarshalError(Type=e.gotype)
    if err is D.UNKNOWN_NAME:
        last = e.pointer[e.pointer.rfind("/") + 1:].replace("~1", "/").replace("~0", "~")
        return G.errorf("json: unknown field %q", last.encode("utf-8", "surrogateescape"))
    if err is D.NIL_INTERFACE:
        err = None
    value = _KIND_WORD.get(e.kind, "").encode()
    if e.value:
        raw = e.value
        strconv_err = err is D.SYNTAX or err is D.RANGE or (
            err is not None and (err is G.err_syntax or err is G.err_range))
        if strconv_err and e.gotype is not None and e.gotype.kind in _NUMERIC:
            value = b"number"
            if e.kind == 0x22:
                raw = S.unquote(raw)
            err = None
        value += b" " + raw
    root_name = b""
    if root is not None and e.pointer:
        rtt = root.elem if root.kind == rt.POINTER else root
        root_name = rtt.name.encode()
    field = e.pointer[1:] if e.pointer.startswith("/") else e.pointer
    field = field.replace("/", ".")
    return G.UnmarshalTypeError(Value=value, Type=e.gotype, Offset=e.offset, Struct=root_name,
                                Field=field.encode("utf-8", "surrogateescape"), Err=_go_err(err))


def _go_err(err):
    if err is None:
        return None
    if err is D.SYNTAX:
        return G.err_syntax
    if err is D.RANGE:
        return G.err_range
    if isinstance(err, str):
        return G.sentinel(err)
    if isinstance(err, S.Unquoted):
        return syntax_error(0, err.err)
    if isinstance(err, (S.InvalidText, S._Err)):
        return native_error(err.message().encode("utf-8", "surrogateescape"))
    return err


# -- Marshal ----------------------------------------------------------------------------------------

def marshal(v, escape_html):
    try:
        out = E.marshal_value(v, escape_html)
    except E.MarshalErr as e:
        return NIL_SLICE, marshal_error(e)
    return _bslice(out), None


def marshal_error(e):
    from gopherpy.lib.reflect import core as rcore
    if e.kind == "type":
        return G.UnsupportedTypeError(Type=e.t)
    if e.kind == "value":
        val = rcore.mkv(e.val[0], e.val[1], 0) if e.val is not None else rcore.invalid()
        return G.UnsupportedValueError(Value=val, Str=e.text.encode())
    if e.kind == "name":
        from gopherpy.lib.strconv.quote import quote
        s = b"jsontext: object member name must be a string"
        if e.path:
            ptr = "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in reversed(e.path))
            s += b" within " + quote(ptr.encode("utf-8", "surrogateescape"))
        if e.offset > 0:
            s += b" after offset %d" % e.offset
        return G.UnsupportedValueError(Value=rcore.invalid(), Str=s)
    err = e.err
    if err is None and e.text:
        err = G.errorf("cannot parse %q as JSON number: %w", e.text, G.err_syntax)
    elif isinstance(err, tuple):
        err = syntax_error(*err)
    else:
        err = G.wrap_unsupported(err, e.func + " method")
    me = G.MarshalerError(Type=e.t, Err=err)
    me.sourceFunc = e.func.encode()
    return me


# -- Valid, Compact, Indent --------------------------------------------------------------------------

def Valid(data):
    b = _sbytes(data)
    if _fast_valid(b):
        return True
    d = D.Dec().setup(b, G)
    try:
        d.check_next_value(True)
    except Fatal:
        return False
    return True


def compact(src):
    out, err = IND.compact(_sbytes(src))
    if err is not None:
        return NIL_SLICE, syntax_error(*err)
    return _bslice(out), None


def appendIndent(dst, src, prefix, indent):
    out, err = IND.indent(_sbytes(src), bytes(prefix), bytes(indent))
    if err is not None:
        return Slice(dst.a, dst.off, dst.len, dst.cap) if dst.a is not None else NIL_SLICE, syntax_error(*err)
    from gopherpy.lib.nativeutil import append_bytes
    return append_bytes(dst, out), None


# -- the stream Decoder ---------------------------------------------------------------------------------

_state_cls = None


def newDecodeState(r):
    global _state_cls
    if _state_cls is None:
        _state_cls = type("decodeState", (G.decodeState, D.Dec),
                          {"__slots__": (), "__new__": lambda cls: object.__new__(cls)})
    d = _state_cls.__new__(_state_cls)
    d.setup(bytearray(), G)
    d.cap = 0
    d.rd = r
    d.io_eof = _io_pkg().EOF
    return d


def Decoder_Decode(dec, v):
    if dec.err is not None:
        return dec.err
    d = dec.d
    try:
        raw = d.read_value()
    except Fatal as f:
        err = _fatal_error(f)
        if f.err is S.EOF and f.io is None and not f.eof:
            err = _io_pkg().ErrUnexpectedEOF
        dec.err = err
        return err
    dec.hadPeeked = False
    dec.hadEOF = False
    return _unmarshal(raw, v, dec.useNumber, dec.disallowUnknownFields)


def Decoder_unreadBuffer(dec):
    return _bslice(dec.d.unread())


def Decoder_Token(dec):
    if dec.err is not None:
        return None, dec.err
    d = dec.d
    try:
        k = d.read_token()
    except Fatal as f:
        if f.io is None and not f.eof and f.err is S.EOF:
            if not d.unread().strip(b" \r\n\t,:"):
                dec.hadEOF = True
                return None, _io_pkg().EOF
            return None, _io_pkg().ErrUnexpectedEOF
        return None, _fatal_error(f)
    dec.hadPeeked = False
    dec.hadEOF = False
    if k == 0x6E:
        return None, None
    if k == 0x66:
        return False, None
    if k == 0x74:
        return True, None
    if k == 0x22:
        return S.unquote(d.token_bytes()), None
    if k == 0x30:
        raw = d.token_bytes()
        if dec.useNumber:
            return rt.box(I.number, raw), None
        f, err = G.parse_float(raw, 64)
        if err is not None:
            return None, G.UnmarshalTypeError(Value=b"number " + raw, Type=rt.FLOAT64_T,
                                              Offset=Decoder_InputOffset(dec))
        return f, None
    return rt.box(G.delim_t, k), None


def Decoder_More(dec):
    dec.hadPeeked = True
    d = dec.d
    k = d.peek_kind()
    if k == 0:
        if dec.err is None:
            try:
                d.read_token()
                err = G.sentinel("json: successful read after failed peek")
            except Fatal as f:
                err = _fatal_error(f)
            dec.err = err
        return dec.err is not _io_pkg().EOF
    return k != 0x5D and k != 0x7D


def Decoder_InputOffset(dec):
    d = dec.d
    off = d.input_offset()
    if dec.hadPeeked or dec.hadEOF:
        un = d.unread()
        trail = un.lstrip(b" \n\r\t")
        if trail:
            off += len(un) - len(trail)
            if dec.hadEOF and trail[0] in b",:":
                off += 1
    return off
