package xml

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Unmarshal parses the XML-encoded data and stores the result in the value
// pointed to by v, which must be an arbitrary struct, slice, or string.
// Well-formed data that does not fit into v is discarded.
func Unmarshal(data []byte, v any) error {
	// as NewDecoder(bytes.NewReader(data)), reading data directly
	d := &Decoder{ns: make(map[string]string), unread: -1, line: 1, Strict: true}
	d.src = data
	if d.src == nil {
		d.src = []byte{}
	}
	return d.Decode(v)
}

// Decode works like Unmarshal, except it reads the decoder stream to find the
// start element.
func (d *Decoder) Decode(v any) error {
	return d.DecodeElement(v, nil)
}

// DecodeElement works like Unmarshal except that it takes a pointer to the start
// XML element to decode into v.
func (d *Decoder) DecodeElement(v any, start *StartElement) error {
	val := reflect.ValueOf(v)
	if val.Kind() != reflect.Pointer {
		return errors.New("non-pointer passed to Unmarshal")
	}
	if val.IsNil() {
		return errors.New("nil pointer passed to Unmarshal")
	}
	return d.unmarshal(val.Elem(), start)
}

// An UnmarshalError represents an error in the unmarshaling process.
type UnmarshalError string

func (e UnmarshalError) Error() string { return string(e) }

// Unmarshaler is the interface implemented by objects that can unmarshal an XML
// element description of themselves.
type Unmarshaler interface {
	UnmarshalXML(d *Decoder, start StartElement) error
}

// UnmarshalerAttr is the interface implemented by objects that can unmarshal an
// XML attribute description of themselves.
type UnmarshalerAttr interface {
	UnmarshalXMLAttr(attr Attr) error
}

var (
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	unmarshalerAttrType = reflect.TypeOf((*UnmarshalerAttr)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	attrType            = reflect.TypeOf(Attr{})
)

// unmarshalInterface lets an Unmarshaler read its element; it must read exactly up
// to the element's end.
func (d *Decoder) unmarshalInterface(val Unmarshaler, start *StartElement) error {
	d.pushEOF()
	saved := d.inMethod
	d.inMethod = true
	defer func() { d.inMethod = saved }()
	if err := val.UnmarshalXML(d, *start); err != nil {
		d.popEOF()
		return err
	}
	if !d.popEOF() {
		return fmt.Errorf("xml: %s.UnmarshalXML did not consume entire <%s> element", receiverType(val), start.Name.Local)
	}
	return nil
}

// unmarshalTextInterface gives a TextUnmarshaler the character data directly
// inside the element.
func (d *Decoder) unmarshalTextInterface(val encoding.TextUnmarshaler) error {
	var buf []byte
	for depth := 1; depth > 0; {
		t, err := d.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		case StartElement:
			depth++
		case EndElement:
			depth--
		}
	}
	return val.UnmarshalText(buf)
}

// unmarshalAttr stores an attribute value into val.
func (d *Decoder) unmarshalAttr(val reflect.Value, attr Attr) error {
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if u, _, ok := asInterface(val, unmarshalerAttrType); ok {
		return u.(UnmarshalerAttr).UnmarshalXMLAttr(attr)
	}
	if u, _, ok := asInterface(val, textUnmarshalerType); ok {
		return u.(encoding.TextUnmarshaler).UnmarshalText([]byte(attr.Value))
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		// one more element
		n := val.Len()
		val.Grow(1)
		val.SetLen(n + 1)
		if err := d.unmarshalAttr(val.Index(n), attr); err != nil {
			val.SetLen(n)
			return err
		}
		return nil
	}
	if val.Type() == attrType {
		val.Set(reflect.ValueOf(attr))
		return nil
	}
	return copyValue(val, []byte(attr.Value))
}

const maxUnmarshalDepth = 10000

var errUnmarshalDepth = errors.New("exceeded max depth")

// unmarshal reads the element that starts with start (or the next one) into val.
func (d *Decoder) unmarshal(val reflect.Value, start *StartElement) error {
	if d.depth > maxUnmarshalDepth {
		return errUnmarshalDepth
	}
	if start == nil {
		for {
			tok, err := d.Token()
			if err != nil {
				return err
			}
			if t, ok := tok.(StartElement); ok {
				start = &t
				break
			}
		}
	}
	// an interface holding a non-nil pointer is decoded through the pointer
	if val.Kind() == reflect.Interface && !val.IsNil() {
		if e := val.Elem(); e.Kind() == reflect.Pointer && !e.IsNil() {
			val = e
		}
	}
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if u, _, ok := asInterface(val, unmarshalerType); ok {
		return d.unmarshalInterface(u.(Unmarshaler), start)
	}
	if u, _, ok := asInterface(val, textUnmarshalerType); ok {
		return d.unmarshalTextInterface(u.(encoding.TextUnmarshaler))
	}

	var (
		data        []byte
		saveData    reflect.Value
		comment     []byte
		saveComment reflect.Value
		saveXML     reflect.Value
		xmlIndex    int
		xmlData     []byte
		saveAny     reflect.Value
		sv          reflect.Value
		tinfo       *typeInfo
		err         error
	)

	switch v := val; v.Kind() {
	default:
		return errors.New("unknown type " + v.Type().String())

	case reflect.Interface:
		// an interface holding no pointer: the element is skipped
		return d.Skip()

	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			saveData = v
			break
		}
		// one more element
		n := v.Len()
		v.Grow(1)
		v.SetLen(n + 1)
		if err := d.unmarshal(v.Index(n), start); err != nil {
			v.SetLen(n)
			return err
		}
		return nil

	case reflect.Bool, reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16,
		reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32,
		reflect.Uint64, reflect.Uintptr, reflect.String:
		saveData = v

	case reflect.Struct:
		typ := v.Type()
		if typ == nameType {
			v.Set(reflect.ValueOf(start.Name))
			break
		}
		sv = v
		if tinfo, err = getTypeInfo(typ); err != nil {
			return err
		}
		if xn := tinfo.xmlname; xn != nil {
			if xn.name != "" && xn.name != start.Name.Local {
				return UnmarshalError("expected element type <" + xn.name + "> but have <" + start.Name.Local + ">")
			}
			if xn.xmlns != "" && xn.xmlns != start.Name.Space {
				e := "expected element <" + xn.name + "> in name space " + xn.xmlns + " but have "
				if start.Name.Space == "" {
					e += "no name space"
				} else {
					e += start.Name.Space
				}
				return UnmarshalError(e)
			}
			if fv := xn.value(sv, true); fv.Type() == nameType {
				fv.Set(reflect.ValueOf(start.Name))
			}
		}
		// attributes: a named attribute field, else the first ",any,attr" field
		for _, a := range start.Attr {
			handled := false
			anyField := -1
			for i := range tinfo.fields {
				fi := &tinfo.fields[i]
				switch fi.flags & fMode {
				case fAttr:
					fv := fi.value(sv, true)
					if a.Name.Local == fi.name && (fi.xmlns == "" || fi.xmlns == a.Name.Space) {
						if err := d.unmarshalAttr(fv, a); err != nil {
							return err
						}
						handled = true
					}
				case fAny | fAttr:
					if anyField == -1 {
						anyField = i
					}
				}
			}
			if !handled && anyField >= 0 {
				fv := tinfo.fields[anyField].value(sv, true)
				if err := d.unmarshalAttr(fv, a); err != nil {
					return err
				}
			}
		}
		// the first field of each other role
		for i := range tinfo.fields {
			fi := &tinfo.fields[i]
			switch fi.flags & fMode {
			case fCDATA, fCharData:
				if !saveData.IsValid() {
					saveData = fi.value(sv, true)
				}
			case fComment:
				if !saveComment.IsValid() {
					saveComment = fi.value(sv, true)
				}
			case fAny, fAny | fElement:
				if !saveAny.IsValid() {
					saveAny = fi.value(sv, true)
				}
			case fInnerXML:
				if !saveXML.IsValid() {
					saveXML = fi.value(sv, true)
					if d.saved == nil {
						xmlIndex = 0
						d.saved = new(bytes.Buffer)
					} else {
						xmlIndex = d.savedOffset()
					}
				}
			}
		}
	}

	// the element's content, up to its end
	for {
		var savedOffset int
		if saveXML.IsValid() {
			savedOffset = d.savedOffset()
		}
		tok, err := d.Token()
		if err != nil {
			return err
		}
		done := false
		switch t := tok.(type) {
		case StartElement:
			consumed := false
			if sv.IsValid() {
				if consumed, err = d.unmarshalPath(tinfo, sv, nil, &t); err != nil {
					return err
				}
				if !consumed && saveAny.IsValid() {
					consumed = true
					if err := d.unmarshal(saveAny, &t); err != nil {
						return err
					}
				}
			}
			if !consumed {
				if err := d.Skip(); err != nil {
					return err
				}
			}
		case EndElement:
			if saveXML.IsValid() {
				xmlData = d.saved.Bytes()[xmlIndex:savedOffset]
				if xmlIndex == 0 {
					d.saved = nil
				}
			}
			done = true
		case CharData:
			if saveData.IsValid() {
				data = append(data, t...)
			}
		case Comment:
			if saveComment.IsValid() {
				comment = append(comment, t...)
			}
		}
		if done {
			break
		}
	}

	if saveData.IsValid() {
		if u, _, ok := asInterface(saveData, textUnmarshalerType); ok {
			if err := u.(encoding.TextUnmarshaler).UnmarshalText(data); err != nil {
				return err
			}
			saveData = reflect.Value{}
		}
	}
	if err := copyValue(saveData, data); err != nil {
		return err
	}
	switch t := saveComment; t.Kind() {
	case reflect.String:
		t.SetString(string(comment))
	case reflect.Slice:
		t.Set(reflect.ValueOf(comment))
	}
	switch t := saveXML; t.Kind() {
	case reflect.String:
		t.SetString(string(xmlData))
	case reflect.Slice:
		if t.Type().Elem().Kind() == reflect.Uint8 {
			t.Set(reflect.ValueOf(xmlData))
		}
	}
	return nil
}

// copyValue stores character data (or an attribute value) into dst.
func copyValue(dst reflect.Value, src []byte) error {
	dst0 := dst
	if dst.Kind() == reflect.Pointer {
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		dst = dst.Elem()
	}
	text := strings.TrimSpace(string(src))
	switch dst.Kind() {
	case reflect.Invalid:
	default:
		return errors.New("cannot unmarshal into " + dst0.Type().String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if len(src) == 0 {
			dst.SetInt(0)
			return nil
		}
		n, err := strconv.ParseInt(text, 10, dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if len(src) == 0 {
			dst.SetUint(0)
			return nil
		}
		n, err := strconv.ParseUint(text, 10, dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetUint(n)
	case reflect.Float32, reflect.Float64:
		if len(src) == 0 {
			dst.SetFloat(0)
			return nil
		}
		f, err := strconv.ParseFloat(text, dst.Type().Bits())
		if err != nil {
			return err
		}
		dst.SetFloat(f)
	case reflect.Bool:
		if len(src) == 0 {
			dst.SetBool(false)
			return nil
		}
		b, err := strconv.ParseBool(text)
		if err != nil {
			return err
		}
		dst.SetBool(b)
	case reflect.String:
		dst.SetString(string(src))
	case reflect.Slice:
		if len(src) == 0 {
			src = []byte{}
		}
		dst.SetBytes(src)
	}
	return nil
}

// unmarshalPath decodes an element that a field with an "a>b>c" path (or a plain
// element field) names, descending through the parents it matches; consumed
// reports whether some field took the element.
func (d *Decoder) unmarshalPath(tinfo *typeInfo, sv reflect.Value, parents []string, start *StartElement) (consumed bool, err error) {
	recurse := false
fields:
	for i := range tinfo.fields {
		fi := &tinfo.fields[i]
		if fi.flags&fElement == 0 || len(fi.parents) < len(parents) || fi.xmlns != "" && fi.xmlns != start.Name.Space {
			continue
		}
		for j := range parents {
			if parents[j] != fi.parents[j] {
				continue fields
			}
		}
		if len(fi.parents) == len(parents) && fi.name == start.Name.Local {
			return true, d.unmarshal(fi.value(sv, true), start)
		}
		if len(fi.parents) > len(parents) && fi.parents[len(parents)] == start.Name.Local {
			recurse = true
			parents = fi.parents[:len(parents)+1]
			break
		}
	}
	if !recurse {
		return false, nil
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return true, err
		}
		switch t := tok.(type) {
		case StartElement:
			took, err := d.unmarshalPath(tinfo, sv, parents, &t)
			if err != nil {
				return true, err
			}
			if !took {
				if err := d.Skip(); err != nil {
					return true, err
				}
			}
		case EndElement:
			return true, nil
		}
	}
}

// Skip reads tokens until it has consumed the end element matching the most recent
// start element already consumed, skipping nested structures.
func (d *Decoder) Skip() error {
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case StartElement:
			depth++
		case EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}
