// Marshal of every kind of value: numbers (Go's float formatting), strings (escaping,
// invalid UTF-8), slices, arrays, []byte, maps (sorted keys of every key kind), pointers,
// interfaces, struct tags and embedding, marshaling methods and addressability.
package main

import (
	"encoding/json"
	"fmt"
	"math"
)

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("error %T: %v\n", err, err)
		return
	}
	fmt.Printf("%s\n", b)
}

type Inner struct {
	X int
	Y string `json:"y"`
}

type Tags struct {
	A    int               `json:"a"`
	B    string            `json:"b,omitempty"`
	C    *int              `json:",omitempty"`
	D    []int             `json:"d,omitempty"`
	E    map[string]int    `json:"e,omitempty"`
	F    float64           `json:"f,omitempty"`
	G    bool              `json:"-"`
	H    int               `json:"-,"`
	I    int64             `json:"i,string"`
	J    bool              `json:"j,string"`
	K    float32           `json:"k,string"`
	L    string            `json:"l,string"`
	M    *int              `json:"m,string"`
	N    Inner             `json:"n,omitempty"`
	O    Inner             `json:"o,omitzero"`
	P    [0]int            `json:"p,omitempty"`
	Q    [2]int            `json:"q,omitzero"`
	R    any               `json:"r,omitempty"`
	S    struct{}          `json:"s"`
	priv int
	U    uint8  `json:"u"`
	V    string `json:"with space"`
	W    int    `json:"üñí"`
}

type Base struct {
	ID   int
	Name string
}

type Extra struct {
	Name  string
	Extra bool
}

type Tagged struct {
	Name string `json:"Name"`
}

type Embedding struct {
	Base
	*Extra
	Level int
}

type Conflict struct {
	Base
	Extra
}

type TagWins struct {
	Base
	Tagged
}

type inner struct {
	Hidden  int
	Visible string
}

type WithUnexportedEmbed struct {
	inner
	Own int
}

type Named struct {
	Base `json:"base"`
	N    int
}

type MyInt int

type EmbedNonStruct struct {
	MyInt
	fmt.Stringer
}

type Val struct{ A int }

func (v Val) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"val" : %d}`, v.A)), nil }

type Ptr struct{ A int }

func (p *Ptr) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type PtrInt int

func (p *PtrInt) MarshalJSON() ([]byte, error) { *p++; return []byte(fmt.Sprint(int(*p) * 10)), nil }

type Text struct{ A, B int }

func (t Text) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d-%d<", t.A, t.B)), nil }

type PtrText string

func (p *PtrText) MarshalText() ([]byte, error) { return []byte("T:" + string(*p)), nil }

type Both struct{}

func (Both) MarshalJSON() ([]byte, error) { return []byte(`"json"`), nil }
func (Both) MarshalText() ([]byte, error) { return []byte("text"), nil }

type Zeroer struct{ N int }

func (z Zeroer) IsZero() bool { return z.N == 42 }

type PtrZeroer struct{ N int }

func (z *PtrZeroer) IsZero() bool { return z.N == 7 }

type OmitZero struct {
	A Zeroer     `json:",omitzero"`
	B *Zeroer    `json:",omitzero"`
	C PtrZeroer  `json:",omitzero"`
	D float64    `json:",omitzero"`
	E []int      `json:",omitzero"`
	F [2]float64 `json:",omitzero"`
	G any        `json:",omitzero"`
	H string     `json:",omitempty,omitzero"`
}

type Recursive struct {
	Name     string
	Children []*Recursive `json:",omitempty"`
}

type Kind int

const (
	KA Kind = iota
	KB
)

func (k Kind) MarshalText() ([]byte, error) { return []byte([]string{"ka", "kb"}[k]), nil }

func main() {
	// numbers
	show([]int{0, -1, math.MaxInt64, math.MinInt64})
	show([]uint64{0, math.MaxUint64})
	show([]int8{-128, 127})
	show([]float64{0, 1, -1, 0.1, 1.5, 3.14159, 1e20, 1e21, 123456789012345678, 1e-6, 1e-7, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 1.0 / 3, 2.5e-8, -1.25e25, 100, 1e6, 12345.678})
	show([]float32{0, 1, 0.1, 1.0 / 3, 3.4e38, 1e-7, 1e21, 16777216, 0.3})
	show(math.Copysign(0, -1))
	show(MyInt(5))
	// strings
	show("plain")
	show("quote\" backslash\\ slash/ tab\t nl\n cr\r bs\b ff\f nul\x00 us\x1f del\x7f")
	show("<html> & 'apos'")
	show("unicode é ü 世界 😀 \u2028 \u2029 \ufeff")
	show("bad \xff utf8 \xc3\x28 \xe2\x82 end")
	show([]string{"", "a"})
	// slices, arrays, bytes
	show([]int(nil))
	show([]int{})
	show([][]int{{1}, nil, {}})
	show([3]int{1, 2, 3})
	show([0]int{})
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([4]byte{1, 2, 3, 4})
	show([]uint8{0, 255})
	show(struct{ B []byte }{[]byte{0xff, 0xfe, 0xfd}})
	// maps
	show(map[string]int{"b": 2, "a": 1, "c": 3, "A": 0, "": 9})
	show(map[int]bool{10: true, -5: false, 2: true, 100: false})
	show(map[uint16]string{65535: "max", 0: "zero", 7: "seven"})
	show(map[float64]int{2.5: 1, -1: 2, 1e21: 3})
	show(map[Kind]int{KB: 2, KA: 1})
	show(map[Text]int{{1, 2}: 3})
	show(map[string]any{"nested": map[string]any{"z": 1, "y": []any{1, "two", 3.5, nil, true}}})
	show(map[string]int(nil))
	show(map[string]int{})
	show(map[MyInt]int{3: 3, 1: 1})
	// pointers and interfaces
	n := 7
	pn := &n
	show(&n)
	show(&pn)
	show((*int)(nil))
	show([]*int{&n, nil})
	var ia any = 5
	show(&ia)
	show([]any{1, "x", nil, 1.5, []int{1}, map[string]int{"k": 1}, MyInt(3), Inner{1, "y"}})
	show(nil)
	// structs
	show(Inner{1, "two"})
	show(&Inner{})
	show(Tags{A: 1, I: 64, J: true, K: 1.5, L: "str\"q", U: 200, V: "v", W: 3})
	m := 9
	show(Tags{B: "b", C: &m, D: []int{1}, E: map[string]int{"x": 1}, F: 0.5, G: true, H: 1, M: &m,
		N: Inner{X: 1}, O: Inner{Y: "o"}, Q: [2]int{0, 1}, R: 0})
	show(Embedding{Base: Base{1, "base"}, Level: 3})
	show(Embedding{Base: Base{1, "base"}, Extra: &Extra{"extra", true}, Level: 3})
	show(Conflict{Base{1, "b"}, Extra{"e", true}})
	show(TagWins{Base{1, "b"}, Tagged{"t"}})
	show(WithUnexportedEmbed{inner{1, "v"}, 2})
	show(Named{Base{1, "n"}, 2})
	show(EmbedNonStruct{MyInt: 4})
	show(struct {
		A int
		b int
		C int `json:"c"`
	}{1, 2, 3})
	show(OmitZero{})
	show(OmitZero{A: Zeroer{42}, B: &Zeroer{42}, C: PtrZeroer{7}, D: -0.0, E: []int{}, F: [2]float64{}, G: 0, H: ""})
	show(&OmitZero{A: Zeroer{1}, C: PtrZeroer{7}, D: 1, G: nil})
	show(&Recursive{"root", []*Recursive{{"a", nil}, {"b", []*Recursive{{"c", nil}}}}})
	// methods
	show(Val{1})
	show(&Val{2})
	show([]Val{{3}})
	show(map[string]Val{"k": {4}})
	show(Ptr{1})
	show(&Ptr{1})
	show([]Ptr{{1}})
	show([1]Ptr{{1}})
	show(map[string]Ptr{"k": {1}})
	show(struct{ P Ptr }{})
	show(&struct{ P Ptr }{})
	show(struct{ P *Ptr }{&Ptr{}})
	pi := PtrInt(1)
	show(pi)
	show(&pi)
	show(struct{ A, B PtrInt }{1, 2})
	show(&struct{ A, B PtrInt }{1, 2})
	show([]PtrInt{1, 2})
	show(Text{1, 2})
	show([]Text{{3, 4}})
	pt := PtrText("x")
	show(pt)
	show(&pt)
	show(Both{})
	show(KB)
	show(json.RawMessage(`  { "raw" : [1, 2,3] , "s":"<\u00e9>" } `))
	show(struct{ R json.RawMessage }{})
	show(struct{ R *json.RawMessage }{})
	show(json.Number("1.5e3"))
	show(struct {
		N json.Number
		M json.Number `json:",omitempty"`
	}{})
	show(map[json.Number]int{"1": 1})
	show(json.Delim('['))
}
