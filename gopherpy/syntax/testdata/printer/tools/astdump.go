// Command astdump parses Go files with go/parser and writes their ASTs as JSON
// (positions as byte offsets, -1 for none), one JSON document per line, so that
// gopherpy's printer can be tested against trees built by Go's own parser.
// It is a test tool only: run with `go run astdump.go file.go...`.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"go/parser"
	"go/token"
	"os"
	"reflect"
)

var posType = reflect.TypeOf(token.Pos(0))
var tokType = reflect.TypeOf(token.Token(0))

func conv(f *token.File, v reflect.Value) any {
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return conv(f, v.Elem())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil
		}
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, conv(f, v.Index(i)))
		}
		return out
	case reflect.Struct:
		t := v.Type()
		if t.Name() == "Object" || t.Name() == "Scope" {
			return nil
		}
		m := map[string]any{"_t": t.Name()}
		for i := 0; i < t.NumField(); i++ {
			ft := t.Field(i)
			if ft.Name == "Scope" || ft.Name == "Obj" || ft.Name == "Unresolved" || ft.Name == "Imports" {
				continue
			}
			fv := v.Field(i)
			switch {
			case ft.Type == posType:
				p := token.Pos(fv.Int())
				if p.IsValid() {
					m[ft.Name] = f.Offset(p)
				} else {
					m[ft.Name] = -1
				}
			case ft.Type == tokType:
				m[ft.Name] = token.Token(fv.Int()).String()
			default:
				m[ft.Name] = conv(f, fv)
			}
		}
		return m
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return v.Int()
	}
	return fmt.Sprint(v.Interface())
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, name := range os.Args[1:] {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(w, `{"_error": true}`)
			continue
		}
		tf := fset.File(file.Pos())
		b, _ := json.Marshal(conv(tf, reflect.ValueOf(file)))
		w.Write(b)
		w.WriteString("\n")
	}
}
