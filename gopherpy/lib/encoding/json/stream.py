"""This file implements the token reader both Unmarshal and the stream Decoder use: the buffer, the state machine of nested objects and arrays, and Go's syntax errors with their offsets.

It plays the part of go1.27's jsontext.Decoder (jsontext/decode.go, state.go) under the
v1 options. A TextDecoder reads from an in-memory buffer (Unmarshal: `rd` is None) or
from a Go io.Reader (json.Decoder), refilling its buffer as jsontext's fetch does, so
the sizes of the Read calls and what Buffered returns are Go's.

State machine invariants (Go's stateMachine):
- kinds[i] is True for an object, False for an array; kinds[0] is the virtual array of
  top-level values. counts[i] is how many tokens the container holds so far: an object
  counts names and values, so an even count means a name comes next.
- names[j] is the last name read in the j-th open object: an int (offset of the quoted
  name in buf) or bytes (the quoted name, once a refill has moved the buffer).
- prev_start:prev_end delimit the last token or value read; peek_pos > 0 caches the
  position of the next token found by peek_kind (-1 with peek_err: the error to raise).
"""

from __future__ import annotations

from gopherpy.lib.encoding.json import scanner as S
from gopherpy.lib.encoding.json.scanner import EOF, KIND, WS

_ws = WS.match
_simple = S.SIMPLE_STRING.match
_LITS = {0x6E: b"null", 0x66: b"false", 0x74: b"true"}


class Fatal(Exception):
    """A syntactic error (offset, err), the reader's own error (io), or io.EOF at the top
    level; Go's fatal errors, which end Unmarshal or Decode at once."""

    def __init__(self, offset=0, err=None, io=None, eof=False):
        super().__init__()
        self.offset = offset
        self.err = err
        self.io = io
        self.eof = eof

    def __repr__(self):
        if self.io is not None:
            return f"<Fatal io {self.io!r}>"
        if self.eof:
            return "<Fatal EOF>"
        return f"<Fatal {self.offset} {S.v1_message(self.err)!r}>"


class TextDecoder:
    """A JSON token reader; see the module docstring."""

    __slots__ = ("buf", "cap", "prev_start", "prev_end", "base", "rd", "peek_pos", "peek_err",
                 "kinds", "counts", "names", "io_eof", "reader_eof")

    def init(self, data, rd=None):
        self.buf = data
        self.cap = len(data)
        self.prev_start = 0
        self.prev_end = 0
        self.base = 0
        self.rd = rd
        self.peek_pos = 0
        self.peek_err = None
        self.kinds = [False]
        self.counts = [0]
        self.names = []
        self.io_eof = None      # io.EOF of package io (stream mode)
        return self

    # -- buffer -----------------------------------------------------------------------

    def fetch(self):
        """Read more input (jsontext's fetch): returns (shift, err) where shift is how far
        the buffer's contents moved left and err is None, EOF or an io error value."""
        rd = self.rd
        if rd is None:
            return 0, EOF
        self._copy_names()
        cap = self.cap or 64
        ps = self.prev_start
        grow = cap <= 2048 and cap < (self.base + self.prev_end) // 2
        grow = grow or (ps == 0 and len(self.buf) >= 3 * cap // 4)
        if grow:
            cap *= 2
        buf = bytearray(self.buf[ps:]) if ps else bytearray(self.buf)
        self.cap = cap
        self.base += ps
        self.prev_end -= ps
        self.prev_start = 0
        from gopherpy.runtime.values import Slice
        while True:
            room = cap - len(buf)
            tmp = bytearray(room)
            n, err = rd.Read(Slice(tmp, 0, room, room))
            if n > 0:
                buf += tmp[:n]
                self.buf = buf
                return ps, None
            if err is not None:
                self.buf = buf
                if err is self.io_eof:
                    return ps, EOF
                return ps, Fatal(io=err)
            # Read returned (0, nil): try again

    def _copy_names(self):
        names = self.names
        for i, v in enumerate(names):
            if type(v) is int:
                names[i] = self._quoted_at(v)

    def _quoted_at(self, v: int) -> bytes:
        """The quoted name read at buffer offset v (whose '"' a later read may have
        overwritten with the invalidation byte)."""
        tail = bytes(self.buf[v:])
        if tail[:1] == b"#":
            tail = b'"' + tail[1:]
        m = S.STRING.match(tail)
        return tail[:m.end()] if m is not None else b'""'

    def consume_ws(self, pos: int):
        """(pos, err): pos past whitespace, refilling the buffer as needed."""
        while True:
            pos = _ws(self.buf, pos).end()
            if pos == len(self.buf):
                shift, err = self.fetch()
                pos -= shift
                if err is not None:
                    return pos, err
                continue
            return pos, None

    def offset_at(self, pos: int) -> int:
        return self.base + pos

    def input_offset(self) -> int:
        return self.base + self.prev_end

    def unread(self) -> bytes:
        return bytes(self.buf[self.prev_end:])

    def invalidate_previous(self):
        if self.rd is not None and self.prev_start < self.prev_end and self.prev_start < len(self.buf):
            self.buf[self.prev_start] = 0x23   # '#'
            self.prev_start = self.prev_end

    def previous(self) -> bytes:
        """jsontext's PreviousTokenOrValue."""
        buf = self.buf
        b = buf[self.prev_start:self.prev_end]
        if self.peek_pos > 0 or (b and b[0] == 0x23):
            return b""
        if not b:
            head = buf[:self.prev_end]
            for tok in (b"null", b"false", b"true", b"{", b"}", b"[", b"]"):
                if head.endswith(tok):
                    return bytes(tok)
        return bytes(b)

    # -- state machine ------------------------------------------------------------------

    def depth(self) -> int:
        return len(self.kinds)

    def need_name(self) -> bool:
        return self.kinds[-1] and not self.counts[-1] & 1

    def need_delim(self, nxt: int) -> int:
        """The delimiter (':' or ',' as a byte, or 0) required before a token of kind nxt."""
        c = self.counts[-1]
        if self.kinds[-1] and c & 1:
            return 0x3A
        if c > 0 and nxt != 0x7D and nxt != 0x5D and len(self.kinds) > 1:
            return 0x2C
        return 0

    def pointer(self, where: int) -> str:
        """The JSON pointer of the current position (appendStackPointer): where < 0 the
        previous value, where > 0 the next one, 0 ambiguous."""
        out = []
        od = 0
        kinds = self.kinds
        counts = self.counts
        last = len(kinds) - 1
        for i in range(1, len(kinds)):
            obj = kinds[i]
            c = counts[i]
            delta = -1
            if i == last:
                if (where < 0 and c == 0) or (where == 0 and not (obj and c & 1)) or \
                        (where > 0 and obj and not c & 1):
                    break
                if where > 0 and not obj:
                    delta = 0
            if obj:
                out.append("/" + _escape_pointer(self._name(od)))
                od += 1
            else:
                out.append("/" + str(c + delta))
        return "".join(out)

    def _name(self, i: int) -> str:
        v = self.names[i] if i < len(self.names) else None
        if v is None:
            return ""
        if type(v) is int:
            v = self._quoted_at(v)
        return S.unquote(v).decode("utf-8", "surrogateescape")

    def _push(self, obj: bool, pos: int):
        if self.kinds[-1] and not self.counts[-1] & 1:
            raise self.wrap(S.NON_STRING_NAME, pos, 1)
        if len(self.kinds) > S.MAX_DEPTH:
            raise self.wrap(S.MAX_DEPTH_ERR, pos, 1)
        self.counts[-1] += 1
        self.kinds.append(obj)
        self.counts.append(0)
        if obj:
            self.names.append(None)

    # -- errors -------------------------------------------------------------------------

    def wrap(self, err, pos: int, where: int) -> Fatal:
        """wrapSyntacticError: the Fatal for err found at buffer position pos."""
        if isinstance(err, Fatal):
            return err
        if err is S.MISMATCH_DELIM:
            w = "at start of value"
            if len(self.kinds) > 1 and self.counts[-1] > 0:
                w = ("after object value (expecting ',' or '}')" if self.kinds[-1]
                     else "after array element (expecting ',' or ']')")
            err = S.invalid_char(self.buf, pos, w)
        return Fatal(S.legacy_offset(self.base + pos, err), err)

    def check_delim(self, delim: int, nxt: int):
        where = "at start of value"
        nd = self.need_delim(nxt)
        if nd == delim:
            return None
        if nd == 0x3A:
            where = "after object name (expecting ':')"
        elif nd == 0x2C:
            where = ("after object value (expecting ',' or '}')" if self.kinds[-1]
                     else "after array element (expecting ',' or ']')")
        pos = _ws(self.buf, self.prev_end).end()
        return self.wrap(S.invalid_char(self.buf, pos, where), pos, 0)

    def _eof_at_top(self, err, pos):
        if err is EOF and len(self.kinds) == 1:
            return Fatal(eof=True)
        return self.wrap(err, pos, 0)

    # -- reading --------------------------------------------------------------------------

    def _next(self):
        """The position and kind of the next token, past whitespace and the delimiter
        (the prologue of ReadToken and ReadValue)."""
        pos = self.peek_pos
        if pos:
            err = self.peek_err
            self.peek_pos = 0
            if err is not None:
                self.peek_err = None
                raise err
            return pos, KIND[self.buf[pos]]
        if self.rd is not None:
            self.invalidate_previous()
        buf = self.buf
        pos = _ws(buf, self.prev_end).end()
        if pos == len(buf):
            pos, err = self.consume_ws(pos)
            if err is not None:
                raise self._eof_at_top(err, pos)
            buf = self.buf
        delim = 0
        c = buf[pos]
        if c == 0x3A or c == 0x2C:
            delim = c
            pos = _ws(buf, pos + 1).end()
            if pos == len(buf):
                pos, err = self.consume_ws(pos)
                if err is not None:
                    raise self._delim_before_io(delim, self.wrap(err, pos, 0))
                buf = self.buf
        nxt = KIND[buf[pos]]
        if self.need_delim(nxt) != delim:
            raise self.check_delim(delim, nxt)
        return pos, nxt

    def _delim_before_io(self, delim, err):
        if self.need_delim(0x22) != delim:
            return self.check_delim(delim, 0x22)
        return err

    def peek_kind(self) -> int:
        """The kind of the next token (0 when there is none: an error, raised by the next read)."""
        pp = self.peek_pos
        if pp > 0:
            return KIND[self.buf[pp]]
        if self.rd is not None:
            self.invalidate_previous()
        buf = self.buf
        pos = _ws(buf, self.prev_end).end()
        if pos == len(buf):
            pos, err = self.consume_ws(pos)
            if err is not None:
                self.peek_pos, self.peek_err = -1, self._eof_at_top(err, pos)
                return 0
            buf = self.buf
        delim = 0
        c = buf[pos]
        if c == 0x3A or c == 0x2C:
            delim = c
            pos = _ws(buf, pos + 1).end()
            if pos == len(buf):
                pos, err = self.consume_ws(pos)
                if err is not None:
                    self.peek_pos = -1
                    self.peek_err = self._delim_before_io(delim, self.wrap(err, pos, 0))
                    return 0
                buf = self.buf
        nxt = KIND[buf[pos]]
        if self.need_delim(nxt) != delim:
            self.peek_pos, self.peek_err = -1, self.check_delim(delim, nxt)
            return 0
        self.peek_pos = pos
        return nxt

    def read_token(self) -> int:
        """Read the next token; returns its kind. The token's text is buf[prev_start:prev_end]
        (empty for delimiters and literals)."""
        pos, k = self._next()
        buf = self.buf
        if k == 0x22:
            m = _simple(buf, pos)
            if m is not None:
                end = m.end()
            else:
                start = self.base + pos
                end, err = self._consume_string(pos)
                pos = start - self.base
                if err is not None:
                    raise self.wrap(err, end, 1)
            if self.kinds[-1] and not self.counts[-1] & 1:
                self.names[-1] = pos
            self.counts[-1] += 1
            self.prev_start, self.prev_end = pos, end
            return k
        if k == 0x30:
            start = self.base + pos
            end, err = self._consume_number(pos)
            pos = start - self.base
            if err is not None:
                raise self.wrap(err, end, 1)
            if self.kinds[-1] and not self.counts[-1] & 1:
                raise self.wrap(S.NON_STRING_NAME, pos, 1)
            self.counts[-1] += 1
            self.prev_start, self.prev_end = pos, end
            return k
        if k == 0x7B or k == 0x5B:
            self._push(k == 0x7B, pos)
            self.prev_start = self.prev_end = pos + 1
            return k
        if k == 0x7D:
            if not self.kinds[-1]:
                raise self.wrap(S.MISMATCH_DELIM, pos, 1)
            if self.counts[-1] & 1:
                raise self.wrap(S.MISSING_VALUE, pos, 1)
            self.kinds.pop()
            self.counts.pop()
            self.names.pop()
            self.prev_start = self.prev_end = pos + 1
            return k
        if k == 0x5D:
            if self.kinds[-1] or len(self.kinds) == 1:
                raise self.wrap(S.MISMATCH_DELIM, pos, 1)
            self.kinds.pop()
            self.counts.pop()
            self.prev_start = self.prev_end = pos + 1
            return k
        lit = _LITS.get(k)
        if lit is None:
            raise self.wrap(S.invalid_char(buf, pos, "at start of value"), pos, 1)
        if buf.startswith(lit, pos):
            end = pos + len(lit)
        else:
            start = self.base + pos
            end, err = self._consume_literal(pos, lit)
            pos = start - self.base
            if err is not None:
                raise self.wrap(err, end, 1)
        if self.kinds[-1] and not self.counts[-1] & 1:
            raise self.wrap(S.NON_STRING_NAME, pos, 1)
        self.counts[-1] += 1
        self.prev_start = self.prev_end = end
        return k

    def token_bytes(self) -> bytes:
        """The text of the string or number token just read."""
        return bytes(self.buf[self.prev_start:self.prev_end])

    def read_value(self) -> bytes:
        """Read the next complete value and return its text."""
        pos, k = self._next()
        buf = self.buf
        if k == 0x22:
            m = _simple(buf, pos)
            if m is not None:
                end = m.end()
            else:
                start = self.base + pos
                end, err = self._consume_string(pos)
                pos = start - self.base
                if err is not None:
                    raise self.wrap(err, end, 1)
            kinds = self.kinds
            if kinds[-1] and not self.counts[-1] & 1:
                self.names[-1] = pos
            self.counts[-1] += 1
            self.prev_start, self.prev_end = pos, end
            return bytes(self.buf[pos:end])
        start = self.base + pos
        end = self.consume_value(pos, len(self.kinds))
        pos = start - self.base
        if k != 0x22 and self.kinds[-1] and not self.counts[-1] & 1:
            raise self.wrap(S.NON_STRING_NAME, pos, 1)
        if (k == 0x7B or k == 0x5B) and len(self.kinds) > S.MAX_DEPTH:
            raise self.wrap(S.MAX_DEPTH_ERR, pos, 1)
        self.counts[-1] += 1
        self.prev_start, self.prev_end = pos, end
        return bytes(self.buf[pos:end])

    def skip_value(self):
        """Skip the next value (SkipValue)."""
        k = self.peek_kind()
        if k == 0x7B or k == 0x5B:
            depth = len(self.kinds)
            while True:
                self.read_token()
                if depth >= len(self.kinds):
                    return
        self.read_value()

    def skip_remainder(self):
        """SkipValueRemainder: finish the object or array whose opening token was just read."""
        if len(self.kinds) > 1 and self.counts[-1] == 0:
            n = len(self.kinds)
            while len(self.kinds) >= n:
                self.read_token()

    def check_next_value(self, last: bool):
        """Validate the next value (and, if last, that only whitespace follows)."""
        self.peek_kind()
        pos, err = self.peek_pos, self.peek_err
        self.peek_pos, self.peek_err = 0, None
        if err is not None:
            raise err
        end = self.consume_value(pos, len(self.kinds))
        if last:
            self.check_eof(end)

    def check_eof(self, pos: int):
        pos, err = self.consume_ws(pos)
        if err is None:
            raise self.wrap(S.invalid_char(self.buf, pos, "after top-level value"), pos, 0)
        if err is not EOF:
            raise err

    # -- consuming, with refills -------------------------------------------------------------

    def _consume_literal(self, pos, lit):
        while True:
            end, err = S.consume_literal(self.buf, pos, lit)
            if err is EOF and self.rd is not None:
                shift, ferr = self.fetch()
                pos -= shift
                if ferr is not None:
                    return end - shift, ferr
                continue
            return end, err

    def _consume_string(self, pos):
        resume = 0
        while True:
            end, err = S.consume_string(self.buf, pos, resume)
            if err is EOF and self.rd is not None:
                shift, ferr = self.fetch()
                if ferr is not None:
                    return end - shift, ferr
                resume = end - shift if end > pos else 0
                pos -= shift
                continue
            return end, err

    def _consume_number(self, pos):
        while True:
            at_eof = self.rd is None
            end, err = S.consume_number(self.buf, pos, at_eof)
            if err is EOF and not at_eof:
                shift, ferr = self.fetch()
                pos -= shift
                if ferr is not None:
                    if ferr is EOF:
                        return S.consume_number(self.buf, pos, True)
                    return pos, ferr
                continue
            return end, err

    def consume_value(self, pos: int, depth: int) -> int:
        """Validate the value at pos (consumeValue, without recursion); returns its end.
        depth is the nesting depth of the state machine at the value."""
        stack = []          # True: in an object, False: in an array
        mismatch_obj = self.kinds[-1]
        while True:
            # a value starts at pos
            buf = self.buf
            if pos >= len(buf):
                pos, err = self.consume_ws(pos)
                if err is not None:
                    raise self.wrap(err, pos, 1)
                buf = self.buf
            c = buf[pos]
            k = KIND[c]
            if k == 0x22:
                m = S.STRING.match(buf, pos)
                if m is not None:
                    pos = m.end()
                else:
                    pos, err = self._consume_string(pos)
                    if err is not None:
                        raise self.wrap(err, pos, 1)
            elif k == 0x30:
                pos, err = self._consume_number(pos)
                if err is not None:
                    raise self.wrap(err, pos, 1)
            elif k == 0x7B or k == 0x5B:
                if depth == S.MAX_DEPTH + 1:
                    raise self.wrap(S.MAX_DEPTH_ERR, pos, 1)
                close = 0x7D if k == 0x7B else 0x5D
                pos = _ws(buf, pos + 1).end()
                if pos == len(buf):
                    pos, err = self.consume_ws(pos)
                    if err is not None:
                        raise self.wrap(err, pos, 1)
                    buf = self.buf
                if buf[pos] == close:
                    pos += 1
                else:
                    depth += 1
                    stack.append(k == 0x7B)
                    if k == 0x7B:
                        pos = self._member_name(pos)
                    continue
            elif k == 0x6E or k == 0x66 or k == 0x74:
                lit = _LITS[k]
                if buf.startswith(lit, pos):
                    pos += len(lit)
                else:
                    pos, err = self._consume_literal(pos, lit)
                    if err is not None:
                        raise self.wrap(err, pos, 1)
            else:
                if (mismatch_obj and c == 0x5D) or (not mismatch_obj and c == 0x7D):
                    raise self.wrap(S.MISMATCH_DELIM, pos, 1)
                raise self.wrap(S.invalid_char(buf, pos, "at start of value"), pos, 1)
            # the value ended at pos: what follows in the enclosing containers
            while True:
                if not stack:
                    return pos
                buf = self.buf
                pos = _ws(buf, pos).end()
                if pos == len(buf):
                    pos, err = self.consume_ws(pos)
                    if err is not None:
                        raise self.wrap(err, pos, 1)
                    buf = self.buf
                c = buf[pos]
                if stack[-1]:
                    if c == 0x2C:
                        pos = self._member_name(pos + 1)
                        break
                    if c == 0x7D:
                        pos += 1
                        stack.pop()
                        depth -= 1
                        continue
                    raise self.wrap(S.invalid_char(buf, pos, "after object value (expecting ',' or '}')"),
                                    pos, 1)
                if c == 0x2C:
                    pos = _ws(buf, pos + 1).end()
                    break
                if c == 0x5D:
                    pos += 1
                    stack.pop()
                    depth -= 1
                    continue
                raise self.wrap(S.invalid_char(buf, pos, "after array element (expecting ',' or ']')"),
                                pos, 1)

    def _member_name(self, pos: int) -> int:
        """Consume `"name" :` and the whitespace after it; returns the value's position."""
        buf = self.buf
        pos = _ws(buf, pos).end()
        if pos == len(buf):
            pos, err = self.consume_ws(pos)
            if err is not None:
                raise self.wrap(err, pos, 1)
            buf = self.buf
        m = S.STRING.match(buf, pos)
        if m is not None:
            pos = m.end()
        else:
            pos, err = self._consume_string(pos)
            if err is not None:
                raise self.wrap(err, pos, 1)
            buf = self.buf
        pos = _ws(buf, pos).end()
        if pos == len(buf):
            pos, err = self.consume_ws(pos)
            if err is not None:
                raise self.wrap(err, pos, 1)
            buf = self.buf
        if buf[pos] != 0x3A:
            raise self.wrap(S.invalid_char(buf, pos, "after object name (expecting ':')"), pos, 1)
        pos = _ws(buf, pos + 1).end()
        return pos


def _escape_pointer(name: str) -> str:
    if "~" in name or "/" in name:
        name = name.replace("~", "~0").replace("/", "~1")
    return name
