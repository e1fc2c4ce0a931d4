package xml

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// typeInfo is what Marshal and Unmarshal need to know about a struct type: its
// XMLName field and the fields (embedded structs flattened) with their XML roles.
type typeInfo struct {
	xmlname *fieldInfo
	fields  []fieldInfo
}

// fieldInfo describes one struct field: its index path, XML name and name space,
// role flags, and the parent elements of an "a>b>c" tag.
type fieldInfo struct {
	idx     []int
	name    string
	xmlns   string
	flags   fieldFlags
	parents []string
}

type fieldFlags int

const (
	fElement fieldFlags = 1 << iota
	fAttr
	fCDATA
	fCharData
	fInnerXML
	fComment
	fAny

	fOmitEmpty

	fMode = fElement | fAttr | fCDATA | fCharData | fInnerXML | fComment | fAny

	xmlName = "XMLName"
)

var tinfoCache sync.Map // reflect.Type -> *typeInfo

var nameType = reflect.TypeOf(Name{})

// getTypeInfo returns the typeInfo of typ (an empty one for non-struct types).
func getTypeInfo(typ reflect.Type) (*typeInfo, error) {
	if ti, ok := tinfoCache.Load(typ); ok {
		return ti.(*typeInfo), nil
	}
	tinfo := &typeInfo{}
	if typ.Kind() == reflect.Struct && typ != nameType {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if (!f.IsExported() && !f.Anonymous) || f.Tag.Get("xml") == "-" {
				continue
			}
			if f.Anonymous {
				t := f.Type
				if t.Kind() == reflect.Pointer {
					t = t.Elem()
				}
				if t.Kind() == reflect.Struct {
					inner, err := getTypeInfo(t)
					if err != nil {
						return nil, err
					}
					if tinfo.xmlname == nil {
						tinfo.xmlname = inner.xmlname
					}
					for _, fi := range inner.fields {
						fi.idx = append([]int{i}, fi.idx...)
						if err := tinfo.add(typ, &fi); err != nil {
							return nil, err
						}
					}
					continue
				}
			}
			fi, err := structFieldInfo(typ, &f)
			if err != nil {
				return nil, err
			}
			if f.Name == xmlName {
				tinfo.xmlname = fi
				continue
			}
			if err := tinfo.add(typ, fi); err != nil {
				return nil, err
			}
		}
	}
	ti, _ := tinfoCache.LoadOrStore(typ, tinfo)
	return ti.(*typeInfo), nil
}

// structFieldInfo parses the xml tag of field f of struct type typ.
func structFieldInfo(typ reflect.Type, f *reflect.StructField) (*fieldInfo, error) {
	fi := &fieldInfo{idx: f.Index}
	full := f.Tag.Get("xml")
	tag := full
	if space, rest, ok := strings.Cut(tag, " "); ok {
		fi.xmlns, tag = space, rest
	}
	opts := strings.Split(tag, ",")
	if len(opts) == 1 {
		fi.flags = fElement
	} else {
		tag = opts[0]
		for _, o := range opts[1:] {
			switch o {
			case "attr":
				fi.flags |= fAttr
			case "cdata":
				fi.flags |= fCDATA
			case "chardata":
				fi.flags |= fCharData
			case "innerxml":
				fi.flags |= fInnerXML
			case "comment":
				fi.flags |= fComment
			case "any":
				fi.flags |= fAny
			case "omitempty":
				fi.flags |= fOmitEmpty
			}
		}
		valid := true
		switch mode := fi.flags & fMode; mode {
		case 0:
			fi.flags |= fElement
		case fAttr, fCDATA, fCharData, fInnerXML, fComment, fAny, fAny | fAttr:
			// only attributes may be named; XMLName takes no role
			if f.Name == xmlName || tag != "" && mode != fAttr {
				valid = false
			}
		default:
			valid = false // more than one role
		}
		if fi.flags&fMode == fAny {
			fi.flags |= fElement
		}
		if fi.flags&fOmitEmpty != 0 && fi.flags&(fElement|fAttr) == 0 {
			valid = false
		}
		if !valid {
			return nil, fmt.Errorf("xml: invalid tag in field %s of type %s: %q", f.Name, typ, full)
		}
	}
	if fi.xmlns != "" && tag == "" {
		return nil, fmt.Errorf("xml: namespace without name in field %s of type %s: %q", f.Name, typ, full)
	}
	if f.Name == xmlName {
		fi.name = tag
		return fi, nil
	}
	if tag == "" {
		// the field type's XMLName tag, else the field name
		if xn := lookupXMLName(f.Type); xn != nil {
			fi.xmlns, fi.name = xn.xmlns, xn.name
		} else {
			fi.name = f.Name
		}
		return fi, nil
	}
	path := strings.Split(tag, ">")
	if path[0] == "" {
		path[0] = f.Name
	}
	if path[len(path)-1] == "" {
		return nil, fmt.Errorf("xml: trailing '>' in field %s of type %s", f.Name, typ)
	}
	fi.name = path[len(path)-1]
	if len(path) > 1 {
		if fi.flags&fElement == 0 {
			return nil, fmt.Errorf("xml: %s chain not valid with %s flag", tag, strings.Join(opts[1:], ","))
		}
		fi.parents = path[:len(path)-1]
	}
	if fi.flags&fElement != 0 {
		if xn := lookupXMLName(f.Type); xn != nil && xn.name != fi.name {
			return nil, fmt.Errorf("xml: name %q in tag of %s.%s conflicts with name %q in %s.XMLName",
				fi.name, typ, f.Name, xn.name, f.Type)
		}
	}
	return fi, nil
}

// lookupXMLName returns the fieldInfo of the XMLName field of a struct type (through
// pointers) when its tag names the element.
func lookupXMLName(typ reflect.Type) *fieldInfo {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if typ.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if f.Name != xmlName {
			continue
		}
		if fi, err := structFieldInfo(typ, &f); err == nil && fi.name != "" {
			return fi
		}
		break
	}
	return nil
}

// add appends a field, resolving conflicts with the fields already present the way
// Go resolves ambiguous selectors: the shallowest field wins, fields at the same
// depth conflict.
func (tinfo *typeInfo) add(typ reflect.Type, nf *fieldInfo) error {
	var conflicts []int
outer:
	for i := range tinfo.fields {
		of := &tinfo.fields[i]
		if of.flags&fMode != nf.flags&fMode {
			continue
		}
		if of.xmlns != "" && nf.xmlns != "" && of.xmlns != nf.xmlns {
			continue
		}
		common := min(len(nf.parents), len(of.parents))
		for p := 0; p < common; p++ {
			if of.parents[p] != nf.parents[p] {
				continue outer
			}
		}
		switch {
		case len(of.parents) > len(nf.parents):
			if of.parents[len(nf.parents)] == nf.name {
				conflicts = append(conflicts, i)
			}
		case len(of.parents) < len(nf.parents):
			if nf.parents[len(of.parents)] == of.name {
				conflicts = append(conflicts, i)
			}
		default:
			if nf.name == of.name && nf.xmlns == of.xmlns {
				conflicts = append(conflicts, i)
			}
		}
	}
	if conflicts == nil {
		tinfo.fields = append(tinfo.fields, *nf)
		return nil
	}
	for _, i := range conflicts {
		if len(tinfo.fields[i].idx) < len(nf.idx) {
			return nil // a shallower field wins
		}
	}
	for _, i := range conflicts {
		of := &tinfo.fields[i]
		if len(of.idx) == len(nf.idx) {
			f1, f2 := typ.FieldByIndex(of.idx), typ.FieldByIndex(nf.idx)
			return &TagPathError{typ, f1.Name, f1.Tag.Get("xml"), f2.Name, f2.Tag.Get("xml")}
		}
	}
	// the new field is shallower than all it conflicts with: they go
	for c := len(conflicts) - 1; c >= 0; c-- {
		i := conflicts[c]
		tinfo.fields = append(tinfo.fields[:i], tinfo.fields[i+1:]...)
	}
	tinfo.fields = append(tinfo.fields, *nf)
	return nil
}

// A TagPathError represents an error in the unmarshaling process caused by the use
// of field tags with conflicting paths.
type TagPathError struct {
	Struct       reflect.Type
	Field1, Tag1 string
	Field2, Tag2 string
}

func (e *TagPathError) Error() string {
	return fmt.Sprintf("%s field %q with tag %q conflicts with field %q with tag %q", e.Struct, e.Field1, e.Tag1, e.Field2, e.Tag2)
}

// value returns the field of struct v that fi describes, walking embedded struct
// pointers (allocating nil ones when alloc is set; else an invalid Value).
func (fi *fieldInfo) value(v reflect.Value, alloc bool) reflect.Value {
	for i, x := range fi.idx {
		if i > 0 {
			if t := v.Type(); t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
				if v.IsNil() {
					if !alloc {
						return reflect.Value{}
					}
					v.Set(reflect.New(t.Elem()))
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}
