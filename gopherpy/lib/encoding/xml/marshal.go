package xml

import (
	"bufio"
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Header is a generic XML header suitable for use with the output of Marshal.
const Header = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// Marshal returns the XML encoding of v.
func Marshal(v any) ([]byte, error) {
	return MarshalIndent(v, "", "")
}

// Marshaler is the interface implemented by objects that can marshal themselves
// into valid XML elements.
type Marshaler interface {
	MarshalXML(e *Encoder, start StartElement) error
}

// MarshalerAttr is the interface implemented by objects that can marshal
// themselves into valid XML attributes.
type MarshalerAttr interface {
	MarshalXMLAttr(name Name) (Attr, error)
}

// MarshalIndent works like Marshal, but each XML element begins on a new indented
// line that starts with prefix and is followed by one or more copies of indent
// according to the nesting depth.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.Indent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// An Encoder writes XML data to an output stream.
type Encoder struct {
	p printer
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	e := &Encoder{printer{w: bufio.NewWriter(w)}}
	e.p.encoder = e
	return e
}

// Indent sets the encoder to generate XML in which each element begins on a new
// indented line that starts with prefix and is followed by one or more copies of
// indent according to the nesting depth.
func (enc *Encoder) Indent(prefix, indent string) {
	enc.p.prefix = prefix
	enc.p.indent = indent
}

// Encode writes the XML encoding of v to the stream. Encode calls Flush before
// returning.
func (enc *Encoder) Encode(v any) error {
	if err := enc.p.marshalValue(reflect.ValueOf(v), nil, nil); err != nil {
		return err
	}
	return enc.p.w.Flush()
}

// EncodeElement writes the XML encoding of v to the stream, using start as the
// outermost tag in the encoding. EncodeElement calls Flush before returning.
func (enc *Encoder) EncodeElement(v any, start StartElement) error {
	if err := enc.p.marshalValue(reflect.ValueOf(v), nil, &start); err != nil {
		return err
	}
	return enc.p.w.Flush()
}

// EncodeToken writes the given XML token to the stream. It returns an error if
// StartElement and EndElement tokens are not properly matched. EncodeToken does
// not call Flush.
func (enc *Encoder) EncodeToken(t Token) error {
	p := &enc.p
	switch t := t.(type) {
	case StartElement:
		if err := p.writeStart(&t); err != nil {
			return err
		}
	case EndElement:
		if err := p.writeEnd(t.Name); err != nil {
			return err
		}
	case CharData:
		escapeText(p, t, false)
	case Comment:
		if bytes.Contains(t, []byte("-->")) {
			return fmt.Errorf("xml: EncodeToken of Comment containing --> marker")
		}
		p.WriteString("<!--")
		p.Write(t)
		p.WriteString("-->")
		return p.cachedWriteError()
	case ProcInst:
		// an xml declaration must come first
		if t.Target == "xml" && p.w.Buffered() != 0 {
			return fmt.Errorf("xml: EncodeToken of ProcInst xml target only valid for xml declaration, first token encoded")
		}
		if !isNameString(t.Target) {
			return fmt.Errorf("xml: EncodeToken of ProcInst with invalid Target")
		}
		if bytes.Contains(t.Inst, []byte("?>")) {
			return fmt.Errorf("xml: EncodeToken of ProcInst containing ?> marker")
		}
		p.WriteString("<?")
		p.WriteString(t.Target)
		if len(t.Inst) > 0 {
			p.WriteByte(' ')
			p.Write(t.Inst)
		}
		p.WriteString("?>")
	case Directive:
		if !isValidDirective(t) {
			return fmt.Errorf("xml: EncodeToken of Directive containing wrong < or > markers")
		}
		p.WriteString("<!")
		p.Write(t)
		p.WriteString(">")
	default:
		return fmt.Errorf("xml: EncodeToken of invalid token type")
	}
	return p.cachedWriteError()
}

// isValidDirective reports whether the '<' and '>' of dir balance outside quotes
// and comments.
func isValidDirective(dir Directive) bool {
	depth := 0
	var quote byte
	comment := false
	for i, c := range dir {
		switch {
		case comment:
			if c == '>' && i >= 2 && bytes.Equal(dir[i-2:i+1], []byte("-->")) {
				comment = false
			}
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '<':
			if i+4 < len(dir) && string(dir[i:i+4]) == "<!--" {
				comment = true
			} else {
				depth++
			}
		case c == '>':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0 && quote == 0 && !comment
}

// Flush flushes any buffered XML to the underlying writer.
func (enc *Encoder) Flush() error {
	return enc.p.w.Flush()
}

// Close the Encoder, indicating that no more data will be written. It flushes any
// buffered XML to the underlying writer and returns an error if the written XML is
// invalid (e.g. by containing unclosed elements).
func (enc *Encoder) Close() error {
	return enc.p.Close()
}

// printer writes XML to a buffered writer, keeping the open tags, the indentation
// state and the name space prefixes it invented for attributes.
type printer struct {
	w          *bufio.Writer
	encoder    *Encoder
	seq        int
	indent     string
	prefix     string
	depth      int
	indentedIn bool
	putNewline bool
	attrNS     map[string]string // prefix -> name space
	attrPrefix map[string]string // name space -> prefix
	prefixes   []string          // prefixes made per element, "" marks an element
	tags       []Name
	closed     bool
	err        error
}

// createAttrPrefix returns the prefix for attribute name space url, declaring a
// new one (xmlns:prefix="url") in the tag being written if needed.
func (p *printer) createAttrPrefix(url string) string {
	if prefix := p.attrPrefix[url]; prefix != "" {
		return prefix
	}
	if url == xmlURL {
		return xmlPrefix
	}
	if p.attrPrefix == nil {
		p.attrPrefix = make(map[string]string)
		p.attrNS = make(map[string]string)
	}
	// the last path element of the URL, if it is a name that is not reserved
	prefix := strings.TrimRight(url, "/")
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		prefix = prefix[i+1:]
	}
	if prefix == "" || !isName([]byte(prefix)) || strings.Contains(prefix, ":") {
		prefix = "_"
	}
	if len(prefix) >= 3 && strings.EqualFold(prefix[:3], "xml") {
		prefix = "_" + prefix
	}
	if p.attrNS[prefix] != "" {
		for p.seq++; ; p.seq++ {
			if id := prefix + "_" + strconv.Itoa(p.seq); p.attrNS[id] == "" {
				prefix = id
				break
			}
		}
	}
	p.attrPrefix[url] = prefix
	p.attrNS[prefix] = url
	p.WriteString(`xmlns:`)
	p.WriteString(prefix)
	p.WriteString(`="`)
	EscapeText(p, []byte(url))
	p.WriteString(`" `)
	p.prefixes = append(p.prefixes, prefix)
	return prefix
}

func (p *printer) popPrefix() {
	for len(p.prefixes) > 0 {
		prefix := p.prefixes[len(p.prefixes)-1]
		p.prefixes = p.prefixes[:len(p.prefixes)-1]
		if prefix == "" {
			return
		}
		delete(p.attrPrefix, p.attrNS[prefix])
		delete(p.attrNS, prefix)
	}
}

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	marshalerAttrType = reflect.TypeOf((*MarshalerAttr)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// asInterface returns val (or, when addressable, its address) as an interface value
// implementing iface, and the type it has; ok is false when neither does (the test a
// type assertion of val.Interface() makes).
func asInterface(val reflect.Value, iface reflect.Type) (any, reflect.Type, bool) {
	t := val.Type()
	if t.Kind() == reflect.Interface {
		// the dynamic value decides
		if val.CanInterface() {
			if iv := val.Interface(); iv != nil && reflect.TypeOf(iv).Implements(iface) {
				return iv, t, true
			}
		}
		return nil, nil, false
	}
	bits := implements(t, iface)
	if bits&1 != 0 && val.CanInterface() {
		return val.Interface(), t, true
	}
	if bits&2 != 0 && val.CanAddr() {
		if pv := val.Addr(); pv.CanInterface() {
			return pv.Interface(), pv.Type(), true
		}
	}
	return nil, nil, false
}

var implCache sync.Map // reflect.Type -> uint16: two bits per method interface

// methodIfaces are the interfaces Marshal and Unmarshal look for.
var methodIfaces = []reflect.Type{marshalerType, marshalerAttrType, textMarshalerType,
	unmarshalerType, unmarshalerAttrType, textUnmarshalerType}

// implements reports (bit 1) whether t implements iface, (bit 2) whether *t does.
func implements(t, iface reflect.Type) uint8 {
	v, ok := implCache.Load(t)
	if !ok {
		var bits uint16
		pt := reflect.PointerTo(t)
		for i, it := range methodIfaces {
			if t.Implements(it) {
				bits |= 1 << (2 * i)
			}
			if pt.Implements(it) {
				bits |= 2 << (2 * i)
			}
		}
		v, _ = implCache.LoadOrStore(t, bits)
	}
	for i, it := range methodIfaces {
		if it == iface {
			return uint8(v.(uint16)>>(2*i)) & 3
		}
	}
	return 0
}

// marshalValue writes the element(s) for val.
func (p *printer) marshalValue(val reflect.Value, finfo *fieldInfo, startTemplate *StartElement) error {
	if startTemplate != nil && startTemplate.Name.Local == "" {
		return fmt.Errorf("xml: EncodeElement of StartElement with missing name")
	}
	if !val.IsValid() {
		return nil
	}
	if finfo != nil && finfo.flags&fOmitEmpty != 0 && isEmptyValue(val) {
		return nil
	}
	for val.Kind() == reflect.Interface || val.Kind() == reflect.Pointer {
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	kind := val.Kind()
	typ := val.Type()

	if m, mt, ok := asInterface(val, marshalerType); ok {
		return p.marshalInterface(m.(Marshaler), defaultStart(mt, finfo, startTemplate))
	}
	if m, mt, ok := asInterface(val, textMarshalerType); ok {
		return p.marshalTextInterface(m.(encoding.TextMarshaler), defaultStart(mt, finfo, startTemplate))
	}

	// slices and arrays are their elements, one after another
	if (kind == reflect.Slice || kind == reflect.Array) && typ.Elem().Kind() != reflect.Uint8 {
		for i, n := 0, val.Len(); i < n; i++ {
			if err := p.marshalValue(val.Index(i), finfo, startTemplate); err != nil {
				return err
			}
		}
		return nil
	}

	tinfo, err := getTypeInfo(typ)
	if err != nil {
		return err
	}

	// the element name, by order of preference: the template, the XMLName tag,
	// the XMLName value, the field's tag or name, the type's name
	var start StartElement
	if startTemplate != nil {
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	} else if tinfo.xmlname != nil {
		xn := tinfo.xmlname
		if xn.name != "" {
			start.Name.Space, start.Name.Local = xn.xmlns, xn.name
		} else if fv := xn.value(val, false); fv.IsValid() && fv.Type() == nameType {
			if n := fv.Interface().(Name); n.Local != "" {
				start.Name = n
			}
		}
	}
	if start.Name.Local == "" && finfo != nil {
		start.Name.Space, start.Name.Local = finfo.xmlns, finfo.name
	}
	if start.Name.Local == "" {
		name := typ.Name()
		if i := strings.IndexByte(name, '['); i >= 0 {
			name = name[:i] // a generic type's instance: its name without arguments
		}
		if name == "" {
			return &UnsupportedTypeError{typ}
		}
		start.Name.Local = name
	}

	for i := range tinfo.fields {
		fi := &tinfo.fields[i]
		if fi.flags&fAttr == 0 {
			continue
		}
		fv := fi.value(val, false)
		if fi.flags&fOmitEmpty != 0 && (!fv.IsValid() || isEmptyValue(fv)) {
			continue
		}
		if fv.Kind() == reflect.Interface && fv.IsNil() {
			continue
		}
		if err := p.marshalAttr(&start, Name{Space: fi.xmlns, Local: fi.name}, fv); err != nil {
			return err
		}
	}

	// an element with no name space inside one that has a default name space
	if tinfo.xmlname != nil && start.Name.Space == "" && tinfo.xmlname.xmlns == "" &&
		tinfo.xmlname.name == "" && len(p.tags) != 0 && p.tags[len(p.tags)-1].Space != "" {
		start.Attr = append(start.Attr, Attr{Name{"", xmlnsPrefix}, ""})
	}
	if err := p.writeStart(&start); err != nil {
		return err
	}
	if val.Kind() == reflect.Struct {
		err = p.marshalStruct(tinfo, val)
	} else if s, b, err1 := p.marshalSimple(typ, val); err1 != nil {
		err = err1
	} else if b != nil {
		EscapeText(p, b)
	} else {
		p.EscapeString(s)
	}
	if err != nil {
		return err
	}
	if err := p.writeEnd(start.Name); err != nil {
		return err
	}
	return p.cachedWriteError()
}

// marshalAttr appends the attribute(s) for val to start.
func (p *printer) marshalAttr(start *StartElement, name Name, val reflect.Value) error {
	if m, _, ok := asInterface(val, marshalerAttrType); ok {
		attr, err := m.(MarshalerAttr).MarshalXMLAttr(name)
		if err != nil {
			return err
		}
		if attr.Name.Local != "" {
			start.Attr = append(start.Attr, attr)
		}
		return nil
	}
	if m, _, ok := asInterface(val, textMarshalerType); ok {
		text, err := m.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		start.Attr = append(start.Attr, Attr{name, string(text)})
		return nil
	}
	switch val.Kind() {
	case reflect.Pointer, reflect.Interface:
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		for i := 0; i < val.Len(); i++ {
			if err := p.marshalAttr(start, name, val.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	if val.Type() == attrType {
		start.Attr = append(start.Attr, val.Interface().(Attr))
		return nil
	}
	s, b, err := p.marshalSimple(val.Type(), val)
	if err != nil {
		return err
	}
	if b != nil {
		s = string(b)
	}
	start.Attr = append(start.Attr, Attr{name, s})
	return nil
}

// defaultStart is the start element a Marshaler or TextMarshaler is given.
func defaultStart(typ reflect.Type, finfo *fieldInfo, startTemplate *StartElement) StartElement {
	var start StartElement
	switch {
	case startTemplate != nil:
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	case finfo != nil && finfo.name != "":
		start.Name.Local = finfo.name
		start.Name.Space = finfo.xmlns
	case typ.Name() != "":
		start.Name.Local = typ.Name()
	default:
		start.Name.Local = typ.Elem().Name() // a pointer to a named type
	}
	return start
}

// receiverType names the type of a method's receiver for error messages.
func receiverType(val any) string {
	t := reflect.TypeOf(val)
	if t.Name() != "" {
		return t.String()
	}
	return "(" + t.String() + ")"
}

func (p *printer) marshalInterface(val Marshaler, start StartElement) error {
	// a marker: the method may close only the elements it opens
	p.tags = append(p.tags, Name{})
	n := len(p.tags)
	if err := val.MarshalXML(p.encoder, start); err != nil {
		return err
	}
	if len(p.tags) > n {
		return fmt.Errorf("xml: %s.MarshalXML wrote invalid XML: <%s> not closed", receiverType(val), p.tags[len(p.tags)-1].Local)
	}
	p.tags = p.tags[:n-1]
	return nil
}

func (p *printer) marshalTextInterface(val encoding.TextMarshaler, start StartElement) error {
	if err := p.writeStart(&start); err != nil {
		return err
	}
	text, err := val.MarshalText()
	if err != nil {
		return err
	}
	EscapeText(p, text)
	return p.writeEnd(start.Name)
}

func (p *printer) writeStart(start *StartElement) error {
	if start.Name.Local == "" {
		return fmt.Errorf("xml: start tag with no name")
	}
	p.tags = append(p.tags, start.Name)
	p.prefixes = append(p.prefixes, "")
	p.writeIndent(1)
	p.WriteByte('<')
	p.WriteString(start.Name.Local)
	if start.Name.Space != "" {
		p.WriteString(` xmlns="`)
		p.EscapeString(start.Name.Space)
		p.WriteByte('"')
	}
	for _, attr := range start.Attr {
		name := attr.Name
		if name.Local == "" {
			continue
		}
		p.WriteByte(' ')
		if name.Space != "" {
			p.WriteString(p.createAttrPrefix(name.Space))
			p.WriteByte(':')
		}
		p.WriteString(name.Local)
		p.WriteString(`="`)
		p.EscapeString(attr.Value)
		p.WriteByte('"')
	}
	p.WriteByte('>')
	return nil
}

func (p *printer) writeEnd(name Name) error {
	if name.Local == "" {
		return fmt.Errorf("xml: end tag with no name")
	}
	if len(p.tags) == 0 || p.tags[len(p.tags)-1].Local == "" {
		return fmt.Errorf("xml: end tag </%s> without start tag", name.Local)
	}
	if top := p.tags[len(p.tags)-1]; top != name {
		if top.Local != name.Local {
			return fmt.Errorf("xml: end tag </%s> does not match start tag <%s>", name.Local, top.Local)
		}
		return fmt.Errorf("xml: end tag </%s> in namespace %s does not match start tag <%s> in namespace %s", name.Local, name.Space, top.Local, top.Space)
	}
	p.tags = p.tags[:len(p.tags)-1]
	p.writeIndent(-1)
	p.WriteByte('<')
	p.WriteByte('/')
	p.WriteString(name.Local)
	p.WriteByte('>')
	p.popPrefix()
	return nil
}

// marshalSimple formats a value of a basic kind as text (or bytes).
func (p *printer) marshalSimple(typ reflect.Type, val reflect.Value) (string, []byte, error) {
	switch val.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(val.Int(), 10), nil, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(val.Uint(), 10), nil, nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(val.Float(), 'g', -1, val.Type().Bits()), nil, nil
	case reflect.String:
		return val.String(), nil, nil
	case reflect.Bool:
		return strconv.FormatBool(val.Bool()), nil, nil
	case reflect.Array:
		if typ.Elem().Kind() != reflect.Uint8 {
			break
		}
		b := make([]byte, val.Len())
		reflect.Copy(reflect.ValueOf(b), val)
		return "", b, nil
	case reflect.Slice:
		if typ.Elem().Kind() != reflect.Uint8 {
			break
		}
		return "", val.Bytes(), nil
	}
	return "", nil, &UnsupportedTypeError{typ}
}

// indirect follows pointers and interfaces down to a non-nil value or a nil one.
func indirect(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return v
		}
		v = v.Elem()
	}
	return v
}

// marshalStruct writes the elements, character data, comments and inner XML of a
// struct's fields (its attributes are in the start tag already).
func (p *printer) marshalStruct(tinfo *typeInfo, val reflect.Value) error {
	s := parentStack{p: p}
	for i := range tinfo.fields {
		fi := &tinfo.fields[i]
		if fi.flags&fAttr != 0 {
			continue
		}
		vf := fi.value(val, false)
		if !vf.IsValid() {
			continue // behind a nil embedded pointer
		}
		switch fi.flags & fMode {
		case fCDATA, fCharData:
			emit := EscapeText
			if fi.flags&fMode == fCDATA {
				emit = emitCDATA
			}
			if err := s.trim(fi.parents); err != nil {
				return err
			}
			if m, _, ok := asInterface(vf, textMarshalerType); ok {
				data, err := m.(encoding.TextMarshaler).MarshalText()
				if err != nil {
					return err
				}
				if err := emit(p, data); err != nil {
					return err
				}
				continue
			}
			vf = indirect(vf)
			var text []byte
			switch vf.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				text = strconv.AppendInt(nil, vf.Int(), 10)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				text = strconv.AppendUint(nil, vf.Uint(), 10)
			case reflect.Float32, reflect.Float64:
				text = strconv.AppendFloat(nil, vf.Float(), 'g', -1, vf.Type().Bits())
			case reflect.Bool:
				text = strconv.AppendBool(nil, vf.Bool())
			case reflect.String:
				text = []byte(vf.String())
			case reflect.Slice:
				if vf.Type() != reflect.TypeOf([]byte(nil)) {
					continue
				}
				text = vf.Bytes()
			default:
				continue
			}
			if err := emit(p, text); err != nil {
				return err
			}
			continue

		case fComment:
			if err := s.trim(fi.parents); err != nil {
				return err
			}
			vf = indirect(vf)
			k := vf.Kind()
			if !(k == reflect.String || k == reflect.Slice && vf.Type().Elem().Kind() == reflect.Uint8) {
				return fmt.Errorf("xml: bad type for comment field of %s", val.Type())
			}
			if vf.Len() == 0 {
				continue
			}
			p.writeIndent(0)
			p.WriteString("<!--")
			var c []byte
			if k == reflect.String {
				c = []byte(vf.String())
			} else {
				c = vf.Bytes()
			}
			if bytes.Contains(c, []byte("--")) {
				return fmt.Errorf(`xml: comments must not contain "--"`)
			}
			p.Write(c)
			if c[len(c)-1] == '-' {
				p.WriteByte(' ') // "--->" would end the comment badly
			}
			p.WriteString("-->")
			continue

		case fInnerXML:
			vf = indirect(vf)
			switch raw := vf.Interface().(type) {
			case []byte:
				p.Write(raw)
				continue
			case string:
				p.WriteString(raw)
				continue
			}

		case fElement, fElement | fAny:
			if err := s.trim(fi.parents); err != nil {
				return err
			}
			if len(fi.parents) > len(s.stack) {
				if vf.Kind() != reflect.Pointer && vf.Kind() != reflect.Interface || !vf.IsNil() {
					if err := s.push(fi.parents[len(s.stack):]); err != nil {
						return err
					}
				}
			}
		}
		if err := p.marshalValue(vf, fi, nil); err != nil {
			return err
		}
	}
	s.trim(nil)
	return p.cachedWriteError()
}

// Write and friends record the first write error, after which nothing is written.
func (p *printer) Write(b []byte) (n int, err error) {
	if p.closed && p.err == nil {
		p.err = errors.New("use of closed Encoder")
	}
	if p.err == nil {
		n, p.err = p.w.Write(b)
	}
	return n, p.err
}

func (p *printer) WriteString(s string) (n int, err error) {
	if p.closed && p.err == nil {
		p.err = errors.New("use of closed Encoder")
	}
	if p.err == nil {
		n, p.err = p.w.WriteString(s)
	}
	return n, p.err
}

func (p *printer) WriteByte(c byte) error {
	if p.closed && p.err == nil {
		p.err = errors.New("use of closed Encoder")
	}
	if p.err == nil {
		p.err = p.w.WriteByte(c)
	}
	return p.err
}

func (p *printer) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	if err := p.w.Flush(); err != nil {
		return err
	}
	if len(p.tags) > 0 {
		return fmt.Errorf("unclosed tag <%s>", p.tags[len(p.tags)-1].Local)
	}
	return nil
}

func (p *printer) cachedWriteError() error {
	_, err := p.Write(nil)
	return err
}

// EscapeString writes s escaped (as EscapeText).
func (p *printer) EscapeString(s string) {
	escapeText(p, []byte(s), true)
}

func (p *printer) writeIndent(depthDelta int) {
	if len(p.prefix) == 0 && len(p.indent) == 0 {
		return
	}
	if depthDelta < 0 {
		p.depth--
		if p.indentedIn {
			// an element with no children: its end tag stays on its line
			p.indentedIn = false
			return
		}
		p.indentedIn = false
	}
	if p.putNewline {
		p.WriteByte('\n')
	} else {
		p.putNewline = true
	}
	if len(p.prefix) > 0 {
		p.WriteString(p.prefix)
	}
	if len(p.indent) > 0 {
		for i := 0; i < p.depth; i++ {
			p.WriteString(p.indent)
		}
	}
	if depthDelta > 0 {
		p.depth++
		p.indentedIn = true
	}
}

// parentStack keeps the "a>b" parent elements open between consecutive fields that
// share them.
type parentStack struct {
	p     *printer
	stack []string
}

// trim closes the open parents that parents does not start with.
func (s *parentStack) trim(parents []string) error {
	keep := 0
	for keep < len(parents) && keep < len(s.stack) && parents[keep] == s.stack[keep] {
		keep++
	}
	for i := len(s.stack) - 1; i >= keep; i-- {
		if err := s.p.writeEnd(Name{Local: s.stack[i]}); err != nil {
			return err
		}
	}
	s.stack = s.stack[:keep]
	return nil
}

// push opens parents.
func (s *parentStack) push(parents []string) error {
	for _, name := range parents {
		if err := s.p.writeStart(&StartElement{Name: Name{Local: name}}); err != nil {
			return err
		}
	}
	s.stack = append(s.stack, parents...)
	return nil
}

// UnsupportedTypeError is returned when Marshal encounters a type that cannot be
// converted into XML.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "xml: unsupported type: " + e.Type.String()
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// emitCDATA writes s as CDATA sections, splitting it around each "]]>".
func emitCDATA(w io.Writer, s []byte) error {
	if len(s) == 0 {
		return nil
	}
	if _, err := w.Write([]byte("<![CDATA[")); err != nil {
		return err
	}
	for {
		before, after, ok := bytes.Cut(s, []byte("]]>"))
		if !ok {
			break
		}
		if _, err := w.Write(before); err != nil {
			return err
		}
		if _, err := w.Write([]byte("]]]]><![CDATA[>")); err != nil {
			return err
		}
		s = after
	}
	if _, err := w.Write(s); err != nil {
		return err
	}
	_, err := w.Write([]byte("]]>"))
	return err
}
