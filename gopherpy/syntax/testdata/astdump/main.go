// Command astdump prints go/parser's tree for each file named on the command
// line as one JSON document per line: node type, fields, positions as byte
// offsets. test_astshape.py compares gopherpy's trees with this output.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
)

var skip = map[string]bool{"Obj": true, "Scope": true, "Unresolved": true, "Imports": true,
	 "FileStart": true, "FileEnd": true, "GoVersion": true, "Incomplete": true}

func dump(fset *token.FileSet, base int, v reflect.Value) any {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return dump(fset, base, v.Elem())
	case reflect.Slice:
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, dump(fset, base, v.Index(i)))
		}
		return out
	case reflect.Struct:
		m := map[string]any{"_type": v.Type().Name()}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if skip[f.Name] {
				continue
			}
			m[f.Name] = dump(fset, base, v.Field(i))
		}
		return m
	}
	switch x := v.Interface().(type) {
	case token.Pos:
		if x == token.NoPos {
			return 0
		}
		return int(x) - base
	case token.Token:
		if x == token.ILLEGAL {
			return ""
		}
		return x.String()
	case ast.ChanDir:
		return int(x)
	}
	return v.Interface()
}

func main() {
	for _, name := range os.Args[1:] {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			fmt.Println("null")
			continue
		}
		base := fset.File(f.Pos()).Base()
		b, _ := json.Marshal(dump(fset, base, reflect.ValueOf(f)))
		fmt.Println(string(b))
	}
}
