// Compact, Indent, HTMLEscape, MarshalIndent and Valid, including their errors and the
// handling of whitespace, raw strings and unusual prefixes.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	srcs := []string{
		` { "a" : [ 1 , 2.50 , -0e3 ] , "b":{}, "c":[ ], "d" : { "e" : null } , "f":"<\u00e9\xff>" } `,
		"[1,2]\n",
		` "str" `,
		`true`,
		`[[[]],[{}],{"x":[{"y":{}}]}]`,
		``,
		`{"a":1,}`,
		`[1 2]`,
		`{"a" 1}`,
		`{"a":1 "b":2}`,
		`[1,2`,
		`{"a":tru}`,
		`"\q"`,
		`1 2`,
		`{"a":[1,}`,
		"[\"\t\"]",
	}
	for _, s := range srcs {
		var c bytes.Buffer
		c.WriteString("pre:")
		err := json.Compact(&c, []byte(s))
		fmt.Printf("compact %q -> %q %v\n", s, c.String(), err)
		var i bytes.Buffer
		err = json.Indent(&i, []byte(s), "P", "\t")
		fmt.Printf("indent  %q -> %q %v\n", s, i.String(), err)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println("  offset", se.Offset)
		}
		fmt.Println("valid", json.Valid([]byte(s)))
	}
	var i bytes.Buffer
	fmt.Println(json.Indent(&i, []byte(`{"a":[1,{"b":2}]}`), "//", "--"), i.String())
	i.Reset()
	fmt.Println(json.Indent(&i, []byte(`{"a":[1,{"b":2}]}`), "", ""), i.String())
	var h bytes.Buffer
	json.HTMLEscape(&h, []byte(`{"a":"<b>&amp;</b> \u2028"}`+"\u2028\u2029\xe2\x80"))
	fmt.Printf("%q\n", h.String())
	for _, v := range []any{
		map[string]any{"b": []int{1, 2}, "a": map[string]any{}, "c": []any{}, "d": "<&>"},
		[]int{},
		3,
		struct {
			A []struct{ B int }
		}{[]struct{ B int }{{1}, {2}}},
	} {
		b, err := json.MarshalIndent(v, "# ", "  ")
		fmt.Printf("%s %v\n", b, err)
	}
	b, err := json.MarshalIndent(make(chan int), "", " ")
	fmt.Println(b == nil, err)
}
