// Package xml implements a simple XML 1.0 parser that understands XML name spaces.
//
// gopherpy: written in Go from the package's documentation and go1.27's observed
// behaviour (error texts, line numbers, offsets, namespace handling); Marshal and
// Unmarshal use package reflect. Unmarshal reads its input directly, and copies runs
// of plain text and names in one go (indexAnyFrom is native.py's). XML name characters are classified with package
// unicode (letters, digits, marks) rather than the XML 1.0 Appendix B tables.
package xml

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A SyntaxError represents a syntax error in the XML input stream.
type SyntaxError struct {
	Msg  string
	Line int
}

func (e *SyntaxError) Error() string {
	return "XML syntax error on line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// A Name represents an XML name (Local) annotated with a name space identifier
// (Space).
type Name struct {
	Space, Local string
}

// An Attr represents an attribute in an XML element (Name=Value).
type Attr struct {
	Name  Name
	Value string
}

// A Token is an interface holding one of the token types: StartElement,
// EndElement, CharData, Comment, ProcInst, or Directive.
type Token any

// A StartElement represents an XML start element.
type StartElement struct {
	Name Name
	Attr []Attr
}

// Copy creates a new copy of StartElement.
func (e StartElement) Copy() StartElement {
	attrs := make([]Attr, len(e.Attr))
	copy(attrs, e.Attr)
	e.Attr = attrs
	return e
}

// End returns the corresponding XML end element.
func (e StartElement) End() EndElement {
	return EndElement{e.Name}
}

// An EndElement represents an XML end element.
type EndElement struct {
	Name Name
}

// A CharData represents XML character data (raw text), in which XML escape
// sequences have been replaced by the characters they represent.
type CharData []byte

// Copy creates a new copy of CharData.
func (c CharData) Copy() CharData { return CharData(bytes.Clone(c)) }

// A Comment represents an XML comment of the form <!--comment-->.
type Comment []byte

// Copy creates a new copy of Comment.
func (c Comment) Copy() Comment { return Comment(bytes.Clone(c)) }

// A ProcInst represents an XML processing instruction of the form <?target inst?>
type ProcInst struct {
	Target string
	Inst   []byte
}

// Copy creates a new copy of ProcInst.
func (p ProcInst) Copy() ProcInst {
	p.Inst = bytes.Clone(p.Inst)
	return p
}

// A Directive represents an XML directive of the form <!text>.
type Directive []byte

// Copy creates a new copy of Directive.
func (d Directive) Copy() Directive { return Directive(bytes.Clone(d)) }

// CopyToken returns a copy of a Token.
func CopyToken(t Token) Token {
	switch v := t.(type) {
	case CharData:
		return v.Copy()
	case Comment:
		return v.Copy()
	case Directive:
		return v.Copy()
	case ProcInst:
		return v.Copy()
	case StartElement:
		return v.Copy()
	}
	return t
}

// A TokenReader is anything that can decode a stream of XML tokens, including a
// Decoder.
type TokenReader interface {
	Token() (Token, error)
}

// stack entries of a Decoder: open elements, saved name space bindings, and the
// end-of-input marker an UnmarshalXML method must not read past.
const (
	entryStart = iota
	entryNs
	entryEOF
)

type entry struct {
	kind int
	name Name // element name, or (prefix, previous URL) for entryNs
	ok   bool // entryNs: whether the prefix was bound before
}

// A Decoder represents an XML parser reading a particular input stream.
type Decoder struct {
	// Strict defaults to true, enforcing the requirements of the XML
	// specification. If false, the parser invents missing end tags and leaves
	// unknown or malformed entities alone.
	Strict bool

	// When Strict == false, AutoClose indicates a set of elements to consider
	// closed immediately after they are opened.
	AutoClose []string

	// Entity can be used to map non-standard entity names to string replacements.
	Entity map[string]string

	// CharsetReader, if non-nil, defines a function to generate charset-conversion
	// readers, converting from the provided non-UTF-8 charset into UTF-8.
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)

	// DefaultSpace sets the default name space used for unadorned tags.
	DefaultSpace string

	r         io.ByteReader
	src       []byte // Unmarshal's input, read directly (no reader), or nil
	pos       int    // next byte of src
	tr        TokenReader
	scratch   []byte
	saved     *bytes.Buffer
	stack     []entry
	depth     int // number of entryStart entries
	needClose bool
	toClose   Name
	pending   Token
	unread    int // a byte given back, or -1
	ns        map[string]string
	err       error
	line      int
	linestart int64
	offset    int64
	inMethod  bool
	heldByte  byte
}

// NewDecoder creates a new XML parser reading from r. If r does not implement
// io.ByteReader, NewDecoder will do its own buffering.
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{ns: make(map[string]string), unread: -1, line: 1, Strict: true}
	d.setReader(r)
	return d
}

// NewTokenDecoder creates a new XML parser using an underlying token stream.
func NewTokenDecoder(t TokenReader) *Decoder {
	if d, ok := t.(*Decoder); ok {
		return d
	}
	return &Decoder{ns: make(map[string]string), tr: t, unread: -1, line: 1, Strict: true}
}

func (d *Decoder) setReader(r io.Reader) {
	if br, ok := r.(io.ByteReader); ok {
		d.r = br
	} else {
		d.r = bufio.NewReader(r)
	}
}

const (
	xmlURL      = "http://www.w3.org/XML/1998/namespace"
	xmlnsPrefix = "xmlns"
	xmlPrefix   = "xml"
)

// Token returns the next XML token in the input stream. At the end of the input
// stream, Token returns nil, io.EOF.
func (d *Decoder) Token() (Token, error) {
	if n := len(d.stack); n > 0 && d.stack[n-1].kind == entryEOF {
		return nil, io.EOF
	}
	var t Token
	var err error
	if d.pending != nil {
		t, d.pending = d.pending, nil
	} else {
		t, err = d.rawToken()
		if t == nil && err != nil {
			if err == io.EOF && len(d.stack) > 0 && d.stack[len(d.stack)-1].kind != entryEOF {
				err = d.syntaxError("unexpected EOF")
			}
			return nil, err
		}
		err = nil
	}
	if !d.Strict {
		if closer, ok := d.autoClose(t); ok {
			d.pending = t
			t = closer
		}
	}
	switch tt := t.(type) {
	case StartElement:
		for _, a := range tt.Attr {
			switch {
			case a.Name.Space == xmlnsPrefix:
				d.bind(a.Name.Local, a.Value)
			case a.Name.Space == "" && a.Name.Local == xmlnsPrefix:
				d.bind("", a.Value)
			}
		}
		d.stack = append(d.stack, entry{kind: entryStart, name: tt.Name})
		d.depth++
		d.translate(&tt.Name, true)
		for i := range tt.Attr {
			d.translate(&tt.Attr[i].Name, false)
		}
		t = tt
	case EndElement:
		if !d.popElement(&tt) {
			return nil, d.err
		}
		t = tt
	}
	return t, err
}

// bind records a name space binding, remembering the previous one.
func (d *Decoder) bind(prefix, url string) {
	old, ok := d.ns[prefix]
	d.stack = append(d.stack, entry{kind: entryNs, name: Name{Space: old, Local: prefix}, ok: ok})
	d.ns[prefix] = url
}

// translate replaces a name's prefix by the URL it is bound to.
func (d *Decoder) translate(n *Name, element bool) {
	switch {
	case n.Space == xmlnsPrefix:
		return
	case n.Space == "" && !element:
		return
	case n.Space == xmlPrefix:
		n.Space = xmlURL
	case n.Space == "" && n.Local == xmlnsPrefix:
		return
	}
	if url, ok := d.ns[n.Space]; ok {
		n.Space = url
	} else if n.Space == "" {
		n.Space = d.DefaultSpace
	}
}

func (d *Decoder) pop() (entry, bool) {
	n := len(d.stack)
	if n == 0 {
		return entry{}, false
	}
	e := d.stack[n-1]
	d.stack = d.stack[:n-1]
	if e.kind == entryStart {
		d.depth--
	}
	return e, true
}

// pushEOF places the end-of-input marker below the innermost open element (and
// below the name space bindings its start tag made).
func (d *Decoder) pushEOF() {
	i := len(d.stack) - 1
	for d.stack[i].kind != entryStart {
		i--
	}
	for i > 0 && d.stack[i-1].kind == entryNs {
		i--
	}
	d.stack = append(d.stack, entry{})
	copy(d.stack[i+1:], d.stack[i:])
	d.stack[i] = entry{kind: entryEOF}
}

// popEOF removes the marker if it is on top; it reports whether it was.
func (d *Decoder) popEOF() bool {
	n := len(d.stack)
	if n == 0 || d.stack[n-1].kind != entryEOF {
		return false
	}
	d.stack = d.stack[:n-1]
	return true
}

func (d *Decoder) syntaxError(msg string) error {
	return &SyntaxError{Msg: msg, Line: d.line}
}

// popElement checks an end element against the innermost open one and undoes the
// name space bindings of its start tag.
func (d *Decoder) popElement(t *EndElement) bool {
	e, ok := d.pop()
	name := t.Name
	switch {
	case !ok || e.kind != entryStart:
		d.err = d.syntaxError("unexpected end element </" + name.Local + ">")
		return false
	case e.name.Local != name.Local:
		if !d.Strict {
			d.needClose = true
			d.toClose = t.Name
			t.Name = e.name
			return true
		}
		d.err = d.syntaxError("element <" + e.name.Local + "> closed by </" + name.Local + ">")
		return false
	case e.name.Space != name.Space:
		space := name.Space
		if space == "" {
			space = `""`
		}
		d.err = d.syntaxError("element <" + e.name.Local + "> in space " + e.name.Space +
			" closed by </" + name.Local + "> in space " + space)
		return false
	}
	d.translate(&t.Name, true)
	for n := len(d.stack); n > 0 && d.stack[n-1].kind == entryNs; n = len(d.stack) {
		b := d.stack[n-1]
		d.stack = d.stack[:n-1]
		if b.ok {
			d.ns[b.name.Local] = b.name.Space
		} else {
			delete(d.ns, b.name.Local)
		}
	}
	return true
}

// autoClose returns the end element that closes an element listed in AutoClose.
func (d *Decoder) autoClose(t Token) (Token, bool) {
	n := len(d.stack)
	if n == 0 || d.stack[n-1].kind != entryStart {
		return nil, false
	}
	top := d.stack[n-1].name
	for _, s := range d.AutoClose {
		if strings.EqualFold(s, top.Local) {
			if end, ok := t.(EndElement); !ok || !strings.EqualFold(end.Name.Local, top.Local) {
				return EndElement{top}, true
			}
			break
		}
	}
	return nil, false
}

var errRawToken = errors.New("xml: cannot use RawToken from UnmarshalXML method")

// RawToken is like Token but does not verify that start and end elements match
// and does not translate name space prefixes to their corresponding URLs.
func (d *Decoder) RawToken() (Token, error) {
	if d.inMethod {
		return nil, errRawToken
	}
	return d.rawToken()
}

func (d *Decoder) rawToken() (Token, error) {
	if d.tr != nil {
		return d.tr.Token()
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.needClose {
		d.needClose = false
		return EndElement{d.toClose}, nil
	}
	b, ok := d.getc()
	if !ok {
		return nil, d.err
	}
	if b != '<' {
		d.ungetc(b)
		data := d.text(-1, false)
		if data == nil {
			return nil, d.err
		}
		return CharData(data), nil
	}
	if b, ok = d.mustgetc(); !ok {
		return nil, d.err
	}
	switch b {
	case '/':
		return d.endTag()
	case '?':
		return d.procInst()
	case '!':
		return d.bang()
	}
	d.ungetc(b)
	return d.startTag()
}

// endTag reads the rest of </name >.
func (d *Decoder) endTag() (Token, error) {
	name, ok := d.nsname()
	if !ok {
		if d.err == nil {
			d.err = d.syntaxError("expected element name after </")
		}
		return nil, d.err
	}
	d.space()
	b, ok := d.mustgetc()
	if !ok {
		return nil, d.err
	}
	if b != '>' {
		d.err = d.syntaxError("invalid characters between </" + name.Local + " and >")
		return nil, d.err
	}
	return EndElement{name}, nil
}

// procInst reads the rest of <?target inst?>.
func (d *Decoder) procInst() (Token, error) {
	target, ok := d.name()
	if !ok {
		if d.err == nil {
			d.err = d.syntaxError("expected target name after <?")
		}
		return nil, d.err
	}
	d.space()
	d.scratch = d.scratch[:0]
	var prev byte
	for {
		b, ok := d.mustgetc()
		if !ok {
			return nil, d.err
		}
		d.scratch = append(d.scratch, b)
		if prev == '?' && b == '>' {
			break
		}
		prev = b
	}
	data := d.scratch[:len(d.scratch)-2]
	if target == "xml" {
		content := string(data)
		if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
			d.err = fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
			return nil, d.err
		}
		if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
			if d.CharsetReader == nil {
				d.err = fmt.Errorf("xml: encoding %q declared but Decoder.CharsetReader is nil", enc)
				return nil, d.err
			}
			if d.src != nil {
				d.r = bytes.NewReader(d.src[d.pos:])
				d.src = nil
			}
			nr, err := d.CharsetReader(enc, d.r.(io.Reader))
			if err != nil {
				d.err = fmt.Errorf("xml: opening charset %q: %w", enc, err)
				return nil, d.err
			}
			if nr == nil {
				panic("CharsetReader returned a nil Reader for charset " + enc)
			}
			d.setReader(nr)
		}
	}
	return ProcInst{target, data}, nil
}

// bang reads what follows <!: a comment, a CDATA section or a directive.
func (d *Decoder) bang() (Token, error) {
	b, ok := d.mustgetc()
	if !ok {
		return nil, d.err
	}
	switch b {
	case '-':
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		if b != '-' {
			d.err = d.syntaxError("invalid sequence <!- not part of <!--")
			return nil, d.err
		}
		d.scratch = d.scratch[:0]
		var b0, b1 byte
		for {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			d.scratch = append(d.scratch, b)
			if b0 == '-' && b1 == '-' {
				if b != '>' {
					d.err = d.syntaxError(`invalid sequence "--" not allowed in comments`)
					return nil, d.err
				}
				break
			}
			b0, b1 = b1, b
		}
		return Comment(d.scratch[:len(d.scratch)-3]), nil
	case '[':
		const open = "CDATA["
		for i := 0; i < len(open); i++ {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if b != open[i] {
				d.err = d.syntaxError("invalid <![ sequence")
				return nil, d.err
			}
		}
		data := d.text(-1, true)
		if data == nil {
			return nil, d.err
		}
		return CharData(data), nil
	}
	return d.directive(b)
}

// directive reads <!text> up to the '>' that balances its '<'s, outside quotes;
// comments inside it are replaced by a space.
func (d *Decoder) directive(first byte) (Token, error) {
	d.scratch = append(d.scratch[:0], first)
	var quote, b byte
	depth := 0
	held := false // b is a byte read ahead that still has to be handled
	for {
		if !held {
			var ok bool
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if quote == 0 && b == '>' && depth == 0 {
				break
			}
		}
		held = false
		d.scratch = append(d.scratch, b)
		switch {
		case b == quote:
			quote = 0
		case quote != 0:
		case b == '\'' || b == '"':
			quote = b
		case b == '>':
			depth--
		case b == '<':
			if !d.directiveComment() {
				if d.err != nil {
					return nil, d.err
				}
				depth++
				b = d.heldByte
				held = true
			}
		}
	}
	return Directive(d.scratch), nil
}

// directiveComment is called after a '<' inside a directive: if "!--" follows, it
// skips the comment, which the directive keeps as one space, and reports true;
// otherwise it keeps what matched of "!--" and leaves the first byte that did not
// match in d.heldByte.
func (d *Decoder) directiveComment() bool {
	const open = "!--"
	for i := 0; i < len(open); i++ {
		b, ok := d.mustgetc()
		if !ok {
			return false
		}
		if b != open[i] {
			d.scratch = append(d.scratch, open[:i]...)
			d.heldByte = b
			return false
		}
	}
	d.scratch = d.scratch[:len(d.scratch)-1]
	var b0, b1 byte
	for {
		b, ok := d.mustgetc()
		if !ok {
			return false
		}
		if b0 == '-' && b1 == '-' && b == '>' {
			break
		}
		b0, b1 = b1, b
	}
	d.scratch = append(d.scratch, ' ')
	return true
}

// startTag reads <name attr="value" ...> or the self-closing form.
func (d *Decoder) startTag() (Token, error) {
	name, ok := d.nsname()
	if !ok {
		if d.err == nil {
			d.err = d.syntaxError("expected element name after <")
		}
		return nil, d.err
	}
	attrs := []Attr{}
	empty := false
	for {
		d.space()
		b, ok := d.mustgetc()
		if !ok {
			return nil, d.err
		}
		if b == '/' {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if b != '>' {
				d.err = d.syntaxError("expected /> in element")
				return nil, d.err
			}
			empty = true
			break
		}
		if b == '>' {
			break
		}
		d.ungetc(b)
		var a Attr
		if a.Name, ok = d.nsname(); !ok {
			if d.err == nil {
				d.err = d.syntaxError("expected attribute name in element")
			}
			return nil, d.err
		}
		d.space()
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		if b == '=' {
			d.space()
			v := d.attrValue()
			if v == nil {
				return nil, d.err
			}
			a.Value = string(v)
		} else {
			if d.Strict {
				d.err = d.syntaxError("attribute name without = in element")
				return nil, d.err
			}
			d.ungetc(b)
			a.Value = a.Name.Local
		}
		attrs = append(attrs, a)
	}
	if empty {
		d.needClose = true
		d.toClose = name
	}
	return StartElement{name, attrs}, nil
}

func (d *Decoder) attrValue() []byte {
	b, ok := d.mustgetc()
	if !ok {
		return nil
	}
	if b == '"' || b == '\'' {
		return d.text(int(b), false)
	}
	if d.Strict {
		d.err = d.syntaxError("unquoted or missing attribute value in element")
		return nil
	}
	d.ungetc(b)
	d.scratch = d.scratch[:0]
	for {
		if b, ok = d.mustgetc(); !ok {
			return nil
		}
		if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_' || b == ':' || b == '-' {
			d.scratch = append(d.scratch, b)
			continue
		}
		d.ungetc(b)
		return d.scratch
	}
}

// space skips XML white space.
func (d *Decoder) space() {
	for {
		b, ok := d.getc()
		if !ok {
			return
		}
		if b != ' ' && b != '\r' && b != '\n' && b != '\t' {
			d.ungetc(b)
			return
		}
	}
}

// getc reads one byte, keeping the line and offset counts.
func (d *Decoder) getc() (b byte, ok bool) {
	if d.err != nil {
		return 0, false
	}
	if d.unread >= 0 {
		b = byte(d.unread)
		d.unread = -1
	} else {
		if d.src != nil {
			if d.pos >= len(d.src) {
				d.err = io.EOF
				return 0, false
			}
			b = d.src[d.pos]
			d.pos++
		} else if b, d.err = d.r.ReadByte(); d.err != nil {
			return 0, false
		}
		if d.saved != nil {
			d.saved.WriteByte(b)
		}
	}
	if b == '\n' {
		d.line++
		d.linestart = d.offset + 1
	}
	d.offset++
	return b, true
}

// mustgetc is getc for places where the input must not end.
func (d *Decoder) mustgetc() (byte, bool) {
	b, ok := d.getc()
	if !ok && d.err == io.EOF {
		d.err = d.syntaxError("unexpected EOF")
	}
	return b, ok
}

// ungetc gives back the byte just read.
func (d *Decoder) ungetc(b byte) {
	if b == '\n' {
		d.line--
	}
	d.unread = int(b)
	d.offset--
}

// InputOffset returns the input stream byte offset of the current decoder
// position.
func (d *Decoder) InputOffset() int64 {
	return d.offset
}

// InputPos returns the line of the current decoder position and the 1 based
// input position of the line.
func (d *Decoder) InputPos() (line, column int) {
	return d.line, int(d.offset-d.linestart) + 1
}

// savedOffset is where the bytes read so far end in d.saved.
func (d *Decoder) savedOffset() int {
	n := d.saved.Len()
	if d.unread >= 0 {
		n--
	}
	return n
}

var predefinedEntity = map[string]rune{
	"lt":   '<',
	"gt":   '>',
	"amp":  '&',
	"apos": '\'',
	"quot": '"',
}

// text reads character data up to a '<' (quote < 0), the closing quote of an
// attribute value, or the end of a CDATA section; entities are replaced and line
// ends normalized.
func (d *Decoder) text(quote int, cdata bool) []byte {
	var b0, b1 byte
	trunc := 0
	d.scratch = d.scratch[:0]
	for {
		if d.src != nil && d.unread < 0 && d.err == nil && b1 != ']' && b1 != '\r' {
			// copy the run of bytes that need no attention in one go
			if run := d.bulk(stops(quote, cdata)); len(run) > 0 {
				d.scratch = append(d.scratch, run...)
				if len(run) >= 2 {
					b0 = run[len(run)-2]
				} else {
					b0 = b1
				}
				b1 = run[len(run)-1]
			}
		}
		b, ok := d.getc()
		if !ok {
			if cdata {
				if d.err == io.EOF {
					d.err = d.syntaxError("unexpected EOF in CDATA section")
				}
				return nil
			}
			break
		}
		if quote < 0 && b0 == ']' && b1 == ']' && b == '>' {
			if cdata {
				trunc = 2
				break
			}
			d.err = d.syntaxError("unescaped ]]> not in CDATA section")
			return nil
		}
		if b == '<' && !cdata {
			if quote >= 0 {
				d.err = d.syntaxError("unescaped < inside quoted string")
				return nil
			}
			d.ungetc('<')
			break
		}
		if quote >= 0 && b == byte(quote) {
			break
		}
		if b == '&' && !cdata {
			if !d.entity() {
				return nil
			}
			b0, b1 = 0, 0
			continue
		}
		switch {
		case b == '\r':
			d.scratch = append(d.scratch, '\n')
		case b1 == '\r' && b == '\n':
		default:
			d.scratch = append(d.scratch, b)
		}
		b0, b1 = b1, b
	}
	data := d.scratch[:len(d.scratch)-trunc]
	if plainText(data) {
		return data
	}
	for rest := data; len(rest) > 0; {
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size == 1 {
			d.err = d.syntaxError("invalid UTF-8")
			return nil
		}
		rest = rest[size:]
		if !isInCharacterRange(r) {
			d.err = d.syntaxError(fmt.Sprintf("illegal character code %U", r))
			return nil
		}
	}
	return data
}

// entity handles an '&' just read inside text: it appends the replacement (or, when
// not strict, the text as it was) and reports false on an error.
func (d *Decoder) entity() bool {
	before := len(d.scratch)
	d.scratch = append(d.scratch, '&')
	var repl string
	found := false
	b, ok := d.mustgetc()
	if !ok {
		return false
	}
	if b == '#' {
		d.scratch = append(d.scratch, b)
		if b, ok = d.mustgetc(); !ok {
			return false
		}
		base := 10
		if b == 'x' {
			base = 16
			d.scratch = append(d.scratch, b)
			if b, ok = d.mustgetc(); !ok {
				return false
			}
		}
		start := len(d.scratch)
		for '0' <= b && b <= '9' || base == 16 && ('a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
			d.scratch = append(d.scratch, b)
			if b, ok = d.mustgetc(); !ok {
				return false
			}
		}
		if b != ';' {
			d.ungetc(b)
		} else {
			digits := string(d.scratch[start:])
			d.scratch = append(d.scratch, ';')
			if n, err := strconv.ParseUint(digits, base, 64); err == nil && n <= unicode.MaxRune {
				repl, found = string(rune(n)), true
			}
		}
	} else {
		d.ungetc(b)
		if !d.readName() && d.err != nil {
			return false
		}
		if b, ok = d.mustgetc(); !ok {
			return false
		}
		if b != ';' {
			d.ungetc(b)
		} else {
			name := d.scratch[before+1:]
			d.scratch = append(d.scratch, ';')
			if isName(name) {
				if r, ok := predefinedEntity[string(name)]; ok {
					repl, found = string(r), true
				} else if d.Entity != nil {
					repl, found = d.Entity[string(name)]
				}
			}
		}
	}
	if found {
		d.scratch = append(d.scratch[:before], repl...)
		return true
	}
	if !d.Strict {
		return true
	}
	ent := string(d.scratch[before:])
	if !strings.HasSuffix(ent, ";") {
		ent += " (no semicolon)"
	}
	d.err = d.syntaxError("invalid character entity " + ent)
	return false
}

// stops is the set of bytes text must look at one by one.
func stops(quote int, cdata bool) string {
	switch {
	case cdata:
		return "]\r"
	case quote == '"':
		return "<&]\r\""
	case quote == '\'':
		return "<&]\r'"
	}
	return "<&]\r"
}

// bulk consumes the bytes of src up to the first one in stop (or the end) and
// returns them, keeping the counts getc keeps.
func (d *Decoder) bulk(stop string) []byte {
	n := indexAnyFrom(d.src, d.pos, stop) - d.pos
	if n < 0 {
		n = len(d.src) - d.pos
	}
	run := d.src[d.pos : d.pos+n]
	d.pos += n
	if d.saved != nil {
		d.saved.Write(run)
	}
	if k := bytes.Count(run, []byte{'\n'}); k > 0 {
		d.line += k
		d.linestart = d.offset + int64(bytes.LastIndexByte(run, '\n')) + 1
	}
	d.offset += int64(n)
	return run
}

// indexAnyFrom returns the index of the first byte of b[from:] that is in chars
// (ASCII), or -1 (native: a search that does not copy b).
func indexAnyFrom(b []byte, from int, chars string) int

// controls are the bytes below 0x20 that XML does not allow.
const controls = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"

// plainText reports whether data is valid UTF-8 made of characters XML allows (so
// nothing needs checking rune by rune).
func plainText(data []byte) bool {
	return utf8.Valid(data) && bytes.IndexAny(data, controls) < 0 &&
		!bytes.Contains(data, []byte("\uFFFE")) && !bytes.Contains(data, []byte("\uFFFF"))
}

func isInCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// nsname reads a name and splits it at its colon into prefix and local part.
func (d *Decoder) nsname() (name Name, ok bool) {
	s, ok := d.name()
	if !ok {
		return
	}
	if strings.Count(s, ":") > 1 {
		return name, false
	}
	space, local, found := strings.Cut(s, ":")
	if !found || space == "" || local == "" {
		name.Local = s
	} else {
		name.Space, name.Local = space, local
	}
	return name, true
}

// name reads an XML name.
func (d *Decoder) name() (string, bool) {
	d.scratch = d.scratch[:0]
	if !d.readName() {
		return "", false
	}
	if !isName(d.scratch) {
		d.err = d.syntaxError("invalid XML name: " + string(d.scratch))
		return "", false
	}
	return string(d.scratch), true
}

// readName appends the bytes of a name to d.scratch (the name is checked by the
// caller); it reports false if no name starts here.
func (d *Decoder) readName() bool {
	if d.src != nil && d.unread < 0 && d.err == nil {
		// the whole name in one go: it ends at an ASCII byte that is not a name byte
		run := d.bulk(nonNameASCII)
		if len(run) > 0 {
			d.scratch = append(d.scratch, run...)
			if d.pos == len(d.src) {
				d.mustgetc() // the input ends inside the name
				return false
			}
			return true
		}
	}
	b, ok := d.mustgetc()
	if !ok {
		return false
	}
	if b < utf8.RuneSelf && !isNameByte(b) {
		d.ungetc(b)
		return false
	}
	d.scratch = append(d.scratch, b)
	for {
		if b, ok = d.mustgetc(); !ok {
			return false
		}
		if b < utf8.RuneSelf && !isNameByte(b) {
			d.ungetc(b)
			return true
		}
		d.scratch = append(d.scratch, b)
	}
}

// nonNameASCII holds the ASCII bytes that end a name.
var nonNameASCII = func() string {
	var b []byte
	for c := 0; c < utf8.RuneSelf; c++ {
		if !isNameByte(byte(c)) {
			b = append(b, byte(c))
		}
	}
	return string(b)
}()

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

func isNameStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || r == '_' || r == ':'
	}
	return unicode.IsLetter(r)
}

func isNameRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isNameByte(byte(r))
	}
	return r == 0xB7 || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isName(s []byte) bool {
	return isNameString(string(s))
}

func isNameString(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if i == 0 && !isNameStart(r) || i > 0 && !isNameRune(r) {
			return false
		}
	}
	return true
}

// HTMLEntity is an entity map containing translations for the standard HTML
// entity characters.
var HTMLEntity map[string]string = htmlEntity

// HTMLAutoClose is the set of HTML elements that should be considered to close
// automatically.
var HTMLAutoClose []string = htmlAutoClose

var htmlAutoClose = []string{"basefont", "br", "area", "link", "img", "param", "hr", "input",
	"col", "frame", "isindex", "base", "meta"}

var (
	escQuot = []byte("&#34;") // shorter than "&quot;"
	escApos = []byte("&#39;") // shorter than "&apos;"
	escAmp  = []byte("&amp;")
	escLT   = []byte("&lt;")
	escGT   = []byte("&gt;")
	escTab  = []byte("&#x9;")
	escNL   = []byte("&#xA;")
	escCR   = []byte("&#xD;")
	escFFFD = []byte("\uFFFD") // Unicode replacement character
)

// escapeFor returns the escape of r (width bytes in the input), or nil.
func escapeFor(r rune, width int, newline bool) []byte {
	switch r {
	case '"':
		return escQuot
	case '\'':
		return escApos
	case '&':
		return escAmp
	case '<':
		return escLT
	case '>':
		return escGT
	case '\t':
		return escTab
	case '\n':
		if newline {
			return escNL
		}
		return nil
	case '\r':
		return escCR
	}
	if !isInCharacterRange(r) || r == 0xFFFD && width == 1 {
		return escFFFD
	}
	return nil
}

// EscapeText writes to w the properly escaped XML equivalent of the plain text
// data s.
func EscapeText(w io.Writer, s []byte) error {
	return escapeText(w, s, true)
}

func escapeText(w io.Writer, s []byte, newline bool) error {
	if bytes.IndexAny(s, "\"'&<>\t\n\r") < 0 && plainText(s) && !bytes.Contains(s, []byte("\uFFFD")) {
		_, err := w.Write(s)
		return err
	}
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		i += width
		esc := escapeFor(r, width, newline)
		if esc == nil {
			continue
		}
		if _, err := w.Write(s[last : i-width]); err != nil {
			return err
		}
		if _, err := w.Write(esc); err != nil {
			return err
		}
		last = i
	}
	_, err := w.Write(s[last:])
	return err
}

// Escape is like EscapeText but omits the error return value.
func Escape(w io.Writer, s []byte) {
	EscapeText(w, s)
}

// procInstParam returns the value of param in the pseudo-attributes of a <?xml?>
// instruction, or "".
func procInstParam(param, s string) string {
	param += "="
	var sep byte
	i := 0
	for i < len(s) {
		rest := s[i:]
		k := strings.Index(rest, param)
		if k < 0 || len(param)+k >= len(rest) {
			return ""
		}
		i += len(param) + k + 1
		if c := rest[len(param)+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}
