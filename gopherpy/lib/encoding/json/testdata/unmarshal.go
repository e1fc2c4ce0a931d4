// Unmarshal into every kind of destination: interface{} (map[string]any, []any,
// float64), numbers, strings with escapes and invalid UTF-8, slices (reuse of existing
// elements and capacity), arrays, maps with every key kind, pointers, structs (case-
// insensitive names, embedding, string option), methods, RawMessage, Number, and v1's
// merge semantics for null.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func try(s string, v any) {
	err := json.Unmarshal([]byte(s), v)
	if err != nil {
		fmt.Printf("%-30s error %T: %v\n", s, err, err)
	}
}

type Inner struct {
	X int
	Y string `json:"y"`
}

type Outer struct {
	Name    string
	Count   int `json:"count"`
	Inner   Inner
	PInner  *Inner
	List    []Inner
	Map     map[string]*Inner
	Any     any
	Str     int64   `json:",string"`
	FStr    float64 `json:",string"`
	BStr    bool    `json:",string"`
	SStr    string  `json:",string"`
	PStr    *int    `json:",string"`
	Skip    int     `json:"-"`
	private int
	MixedCase int
	Under_Score int
}

type Base struct {
	ID   int
	Name string
}

type Embed struct {
	Base
	*Inner
	Own string
}

type unexp struct{ A int }

type EmbedUnexported struct {
	unexp
	B int
}

type EmbedUnexportedPtr struct {
	*unexp
	B int
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Pair struct{ A, B int }

func (p *Pair) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	p.A, p.B = a[0], a[1]
	return nil
}

type Raw struct {
	A json.RawMessage
	B *json.RawMessage
	C json.Number
	D any
}

type KeyText struct{ N int }

func (k *KeyText) UnmarshalText(b []byte) error {
	k.N = len(b)
	return nil
}

type Counter int

func (c *Counter) UnmarshalJSON(b []byte) error {
	*c = Counter(len(b))
	return nil
}

func main() {
	var x any
	try(`{"s":"str","n":1.5,"i":42,"b":true,"z":null,"a":[1,"2",[3],{"4":4}],"o":{}}`, &x)
	fmt.Println(x)
	try(`[]`, &x)
	fmt.Printf("%T %v\n", x, x)
	try(`"é\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r"`, &x)
	fmt.Printf("%q\n", x)
	try("\"bad \xff \xc3\x28 "+`\ud800 \udc00x \ud800\u0041 \ud83d\ud83d\ude00 \uDBFF\uDFFF"`, &x)
	fmt.Printf("%q\n", x)
	try(`12345678901234567890`, &x)
	fmt.Printf("%T %v\n", x, x)
	try(`-0`, &x)
	fmt.Printf("%T %v\n", x, x)
	try(` true `, &x)
	fmt.Println(x)

	var o Outer
	try(`{"name":"N","COUNT":3,"inner":{"x":1,"Y":"yy"},"PInner":{"X":2},"List":[{"X":3},{"X":4}],
		"Map":{"a":{"X":5},"b":null},"Any":{"k":[1]},"Str":"12","FStr":"1.5","BStr":"true","SStr":"\"q\"",
		"PStr":"7","Skip":9,"private":1,"mixedcase":2,"under_score":3,"unknown":{"deep":[1,2]}}`, &o)
	oc := o
	oc.PInner, oc.Map, oc.PStr = nil, nil, nil
	fmt.Printf("%+v %+v %v %v %d\n", oc, *o.PInner, *o.Map["a"], o.Map["b"], *o.PStr)
	try(`{"Name":null,"Count":null,"Inner":null,"PInner":null,"List":null,"Map":null,"Any":null,"Str":"null","PStr":"null"}`, &o)
	fmt.Printf("%+v %v\n", o, o.PStr == nil)

	// slices: existing elements are decoded into, capacity reused
	s := make([]Inner, 1, 4)
	s[0] = Inner{X: 1, Y: "keep"}
	try(`[{"X":10},{"y":"new"}]`, &s)
	fmt.Println(s, len(s), cap(s))
	s = s[:0]
	try(`[{"X":11}]`, &s)
	fmt.Println(s, len(s), cap(s))
	var grow []int
	try(`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`, &grow)
	fmt.Println(grow, len(grow), cap(grow))
	try(`[]`, &grow)
	fmt.Println(grow == nil, len(grow), cap(grow))
	try(`null`, &grow)
	fmt.Println(grow == nil)
	var bs []byte
	try(`"aGVsbG8="`, &bs)
	fmt.Println(string(bs), len(bs), cap(bs))
	bs = make([]byte, 2, 10)
	try(`"aGVsbG8="`, &bs)
	fmt.Println(string(bs), len(bs), cap(bs))
	try(`[104, 105]`, &bs)
	fmt.Println(string(bs), len(bs), cap(bs))
	try(`""`, &bs)
	fmt.Println(bs == nil, len(bs))

	// arrays
	arr := [3]int{9, 9, 9}
	try(`[1,2]`, &arr)
	fmt.Println(arr)
	try(`[1,2,3,4,5]`, &arr)
	fmt.Println(arr)
	try(`null`, &arr)
	fmt.Println(arr)
	var ba [4]byte
	try(`[1,2,3,4]`, &ba)
	fmt.Println(ba)

	// maps
	m := map[string]int{"keep": 1}
	try(`{"a":1,"b":2,"a":3}`, &m)
	fmt.Println(m)
	var mi map[int]string
	try(`{"1":"one","-2":"minus two","30":"thirty"}`, &mi)
	fmt.Println(mi)
	var mu map[uint8]bool
	try(`{"255":true}`, &mu)
	fmt.Println(mu)
	var mf map[float64]int
	try(`{"1.5":1,"1e2":2}`, &mf)
	fmt.Println(mf)
	var mt map[KeyText]int
	try(`{"abc":1,"de":2}`, &mt)
	fmt.Println(mt)
	var mup map[Upper]int
	try(`{"abc":1}`, &mup)
	fmt.Println(mup)
	var ma map[any]int
	try(`{"k":1}`, &ma)
	fmt.Println(ma)
	var mm map[string]map[string][]int
	try(`{"a":{"b":[1,2]},"c":null}`, &mm)
	fmt.Println(mm, mm["c"] == nil)
	mp := map[string]*Inner{"a": {X: 1, Y: "old"}}
	try(`{"a":{"X":2}}`, &mp)
	fmt.Println(*mp["a"])

	// pointers
	var pp **int
	try(`5`, &pp)
	fmt.Println(**pp)
	try(`null`, &pp)
	fmt.Println(pp == nil)
	n := 3
	var ip any = &n
	try(`8`, &ip)
	fmt.Println(n, ip == any(&n))
	try(`null`, &ip)
	fmt.Println(ip)
	ipp := &n
	var ipi any = &ipp
	try(`null`, &ipi)
	fmt.Println(ipi != nil, ipp == nil)
	var is any = "old"
	try(`{"new":1}`, &is)
	fmt.Println(is)

	// embedding
	var e Embed
	try(`{"ID":1,"Name":"n","X":2,"Y":"y","Own":"o"}`, &e)
	fmt.Println(e.Base, *e.Inner, e.Own)
	var eu EmbedUnexported
	try(`{"A":1,"B":2}`, &eu)
	fmt.Println(eu)
	var eup EmbedUnexportedPtr
	try(`{"B":2}`, &eup)
	fmt.Println(eup.unexp == nil, eup.B)

	// methods
	var u Upper
	try(`"shout"`, &u)
	fmt.Println(u)
	var us []Upper
	try(`["a","b",null]`, &us)
	fmt.Println(us)
	var p Pair
	try(`[3,4]`, &p)
	fmt.Println(p)
	var ps map[string]Pair
	try(`{"x":[1,2]}`, &ps)
	fmt.Println(ps)
	var c Counter
	try(`  {"a" : [ 1 ] }  `, &c)
	fmt.Println(c)
	try(`null`, &c)
	fmt.Println(c)
	var cp *Counter
	try(`null`, &cp)
	fmt.Println(cp)
	var r Raw
	try(`{"A": {"x" : 1} ,"B":[ 2 ],"C":12.50,"D":1}`, &r)
	fmt.Println(string(r.A), string(*r.B), r.C, r.D)
	try(`{"C":"7"}`, &r)
	fmt.Println(r.C)
	var num json.Number
	try(`-1.5e-3`, &num)
	fmt.Println(num)
	f, err := num.Float64()
	fmt.Println(f, err)
	i, err := num.Int64()
	fmt.Println(i, err)
	var nums []json.Number
	try(`[1, "2", null]`, &nums)
	fmt.Println(nums)

	// numbers into every numeric kind
	var i8 int8
	var u16 uint16
	var f32 float32
	var u64 uint64
	try(`-128`, &i8)
	try(`65535`, &u16)
	try(`3.4e38`, &f32)
	try(`18446744073709551615`, &u64)
	fmt.Println(i8, u16, f32, u64)
	try(`1e2`, &f32)
	fmt.Println(f32)
	var str string
	try(`"\u0041\u00e9"`, &str)
	fmt.Println(str)
	var b bool
	try(`true`, &b)
	fmt.Println(b)

	// case folding of names
	var cf struct {
		ÉCOLE  int
		KELVIN int `json:"K"`
		AB     int `json:"a_b"`
	}
	try(`{"école":1,"\u212a":2,"AB":3}`, &cf)
	fmt.Println(cf)
}
