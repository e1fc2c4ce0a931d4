// Every error Unmarshal and Marshal return, with Go 1.27's texts and offsets:
// SyntaxError, UnmarshalTypeError (Value, Type, Offset, Struct, Field, Err),
// InvalidUnmarshalError, UnsupportedTypeError, UnsupportedValueError (NaN, cycles, bad
// map keys), MarshalerError (method errors, invalid method output), method errors.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "<nil>"
	case *json.SyntaxError:
		return fmt.Sprintf("SyntaxError %q offset=%d", e.Error(), e.Offset)
	case *json.UnmarshalTypeError:
		return fmt.Sprintf("UnmarshalTypeError %q value=%q type=%v offset=%d struct=%q field=%q err=%v",
			e.Error(), e.Value, e.Type, e.Offset, e.Struct, e.Field, e.Err)
	case *json.InvalidUnmarshalError:
		return fmt.Sprintf("InvalidUnmarshalError %q type=%v", e.Error(), e.Type)
	case *json.UnsupportedTypeError:
		return fmt.Sprintf("UnsupportedTypeError %q type=%v", e.Error(), e.Type)
	case *json.UnsupportedValueError:
		return fmt.Sprintf("UnsupportedValueError %q str=%q value=%v", e.Error(), e.Str, e.Value)
	case *json.MarshalerError:
		inner := err.(interface{ Unwrap() error }).Unwrap()
		s := fmt.Sprintf("MarshalerError %q type=%v", e.Error(), e.Type)
		if se, ok := inner.(*json.SyntaxError); ok {
			s += fmt.Sprintf(" syntax offset=%d", se.Offset)
		}
		return s
	}
	return fmt.Sprintf("%T %q", err, err.Error())
}

func syntax() {
	ins := []string{``, ` `, "\n\t", `{`, `[1,`, `[1`, `tru`, `trux`, `nul`, `nulL`, `f`, `fals`, `"abc`,
		`"a\x"`, `"\u12g4"`, `"\uD800\uzzzz"`, `"\`, `"\u`, `"\u00`, `"\u00e`, `-`, `-a`, `01`, `1.`, `1.a`,
		`1e`, `1e+`, `1ex`, `1.5e5.`, `-01`, `.5`, `+1`, `{"a" 1}`, `{"a":1 "b"}`, `[1 2]`, `{1:2}`,
		`{"a":1,}`, `[1,]`, `[,1]`, `1 2`, "\"a\tb\"", "\"a\x00b\"", "\xef\xbb\xbf1", `'a'`, "\x01",
		`[1]]`, `{"a":1}}`, ` 1 x`, `nan`, `NaN`, `Infinity`, `-Infinity`, "\xff", "[\xff]",
		"\"\xff\"", `{"a":tx}`, `{"a":fals}`, `{"a":falsy}`, `{"a"`, `{"a":`, `{"a":1`, `[`, `{]`,
		`[}`, `{"a":]`, `[1,}`, `{"a"}`, `{"a",1}`, `[1:2]`, `{,}`, `}`, `]`, `:`, `,`, `"\u0000"`,
		"[\"\\u00e9\xe2\x82\"]", `{"a":[{"b":[1,2,{"c":}]}]}`, `[1e400]`, `123abc`, `"😀" x`, "€"}
	for _, s := range ins {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		fmt.Printf("%q: %s valid=%v\n", s, describe(err), json.Valid([]byte(s)))
	}
	deep := strings.Repeat("[", 10001)
	var v any
	fmt.Println(describe(json.Unmarshal([]byte(deep), &v)))
	fmt.Println(describe(json.Unmarshal([]byte(deep[:10000]), &v)))
	ok := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	fmt.Println(describe(json.Unmarshal([]byte(ok), &v)), json.Valid([]byte(ok)))
	obj := strings.Repeat(`{"a":`, 10001) + "1" + strings.Repeat("}", 10001)
	fmt.Println(describe(json.Unmarshal([]byte(obj), &v)), json.Valid([]byte(obj)))
}

type B struct {
	F4 int `json:"t4"`
}

type A struct {
	F1 string `json:"t1"`
	F2 int    `json:"t2"`
	B  B      `json:"t3"`
	L  []int
	M  map[string]int
	P  *B
	S  int `json:",string"`
	SS string `json:",string"`
	SB bool `json:",string"`
	U  uint8
	F  float32
	Bs []byte
	Ar [2]int
	I  any
	E  error
	N  json.Number
	C  complex128
	Ch chan int
}

type U struct{}

func (u *U) UnmarshalJSON(b []byte) error { return fmt.Errorf("bad %s", b) }

type TU int

func (t *TU) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty")
	}
	*t = TU(len(b))
	return nil
}

type unexp struct{ A int }

type EmbedPtr struct {
	*unexp
	B int
}

type Deep struct {
	Items []struct {
		Tags map[string][]int `json:"tags"`
	} `json:"items"`
}

func try(s string, v any) {
	err := json.Unmarshal([]byte(s), v)
	fmt.Printf("%s: %s\n", s, describe(err))
}

func unmarshalTypes() {
	var a A
	for _, s := range []string{`{"t1":1}`, `{"t2":"x"}`, `{"t3":{"t4":"x"}}`, `{"t3":{"t4":1.5}}`,
		`{"t3":{"t4":1e400}}`, `{"t2":99999999999999999999}`, `{"t2":-99999999999999999999}`, `{"L":[1,"x",3]}`,
		`{"L":{}}`, `{"M":{"a":"x"}}`, `{"M":[]}`, `{"M":{"a":{}}}`, `{"P":{"t4":true}}`, `{"S":"abc"}`,
		`{"S":12}`, `{"S":"12"}`, `{"S":"1e3"}`, `{"S":"99999999999999999999"}`, `{"S":" 1"}`, `{"SS":"abc"}`, `{"SS":"\"a\"x"}`,
		`{"SS":12}`, `{"SB":"yes"}`, `{"SB":true}`, `{"SB":"null"}`, `{"U":300}`, `{"U":-1}`, `{"F":1e39}`,
		`{"F":"1"}`, `{"Bs":"!!"}`, `{"Bs":"aGk"}`, `{"Bs":12}`, `{"Bs":["a"]}`, `{"Ar":"x"}`, `{"Ar":[1,"x"]}`,
		`{"E":{}}`, `{"E":"x"}`, `{"E":null}`, `{"N":"abc"}`, `{"N":true}`, `{"N":{}}`, `{"C":1}`, `{"Ch":null}`,
		`{"Ch":[]}`, `{"t2":"x","t1":2}`, `{"t1":2,"t2":"x"}`, `{"a/b~c":1,"t3":{"t4":[]}}`, `[]`, `"x"`, `null`} {
		try(s, &a)
	}
	a.P = nil
	fmt.Printf("%+v\n", a)
	var m map[string]int
	try(`{"a":"b"}`, &m)
	try(`{"a/b":"c","~":"d"}`, &m)
	var l []int
	try(`[1,"b",true]`, &l)
	var i int
	for _, s := range []string{`"b"`, `{}`, `[]`, `null`, `true`, `1.0`, `-0`, `1e2`} {
		try(s, &i)
	}
	var d Deep
	try(`{"items":[{"tags":{"x":[1]}},{"tags":{"y":[1,"z"]}}]}`, &d)
	try(`1`, nil)
	try(`1`, i)
	var ip *int
	try(`1`, ip)
	try(`{`, nil)
	var u U
	try(`{"a":1}`, &u)
	var us []U
	try(`[1,2]`, &us)
	var tu TU
	try(`""`, &tu)
	try(`12`, &tu)
	try(`{}`, &tu)
	var mi map[int]string
	try(`{"1":"a","x":"b"}`, &mi)
	try(`{"1.5":"a"}`, &mi)
	var mb map[bool]string
	try(`{"true":"a"}`, &mb)
	var mk map[[2]int]string
	try(`{"a":"b"}`, &mk)
	var x any
	try(`[1e400]`, &x)
	try(`{"a":[1,{"b":1e999}]}`, &x)
	var st struct{ A struct{ B []struct{ C int } } }
	try(`{"A":{"B":[{"C":1},{"C":"x"}]}}`, &st)
	var ep EmbedPtr
	try(`{"A":1,"B":2}`, &ep)
	var ef error
	try(`{}`, &ef)
	var sp fmt.Stringer
	try(`"x"`, &sp)
	var arr [2]string
	try(`[1,2]`, &arr)
	fmt.Println(arr)
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{x}`), nil }

type Trailing struct{}

func (Trailing) MarshalJSON() ([]byte, error) { return []byte(`1 2`), nil }

type Empty struct{}

func (Empty) MarshalJSON() ([]byte, error) { return nil, nil }

type Err struct{}

func (Err) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type TErr int

func (TErr) MarshalText() ([]byte, error) { return nil, errors.New("text boom") }

type Node struct {
	Name string
	Next *Node
}

type Unsupp struct{ Errors bool }

func (Unsupp) MarshalJSON() ([]byte, error) { return nil, errors.ErrUnsupported }

func marshalErrors() {
	show := func(v any) {
		b, err := json.Marshal(v)
		fmt.Printf("%q %s\n", b, describe(err))
	}
	show(math.NaN())
	show(math.Inf(1))
	show(float32(math.Inf(-1)))
	show([]float64{1, math.NaN()})
	show(struct{ F float64 }{math.Inf(1)})
	show(make(chan int))
	show(complex(1, 2))
	show(func() {})
	show(struct{ C chan int }{})
	show(map[string]any{"f": func() {}})
	n := &Node{Name: "a"}
	n.Next = n
	show(n)
	n2 := &Node{Name: "b", Next: &Node{Name: "c"}}
	n2.Next.Next = n2
	show(n2)
	m := map[string]any{}
	m["self"] = m
	show(m)
	s := []any{nil}
	s[0] = s
	show(s)
	show(Bad{})
	show([]Bad{{}})
	show(struct{ X any }{Bad{}})
	show(Trailing{})
	show(Empty{})
	show(Err{})
	show(TErr(1))
	show(map[TErr]int{1: 1})
	show(Unsupp{})
	show(map[bool]int{true: 1})
	show(struct{ M map[bool]int }{map[bool]int{true: 1}})
	show([]any{1, map[bool]int{true: 1}})
	show(map[string]any{"a/b~": map[[1]int]int{{1}: 1}})
	show(map[complex64]int{1: 1})
	show(map[float64]int{math.NaN(): 1})
	show(json.Number("abc"))
	show(json.Number("01"))
	show(json.RawMessage(`{`))
	show(json.RawMessage(``))
	var mi json.Marshaler = Err{}
	show(mi)
	show(&mi)
}

func main() {
	syntax()
	unmarshalTypes()
	marshalErrors()
}
