// v1's merge semantics, which both of gopherpy's Unmarshal paths must keep: duplicate
// names, decoding into existing structs, slices (stale elements beyond len), maps,
// pointers and interfaces, and what an error leaves behind.
package main

import (
	"encoding/json"
	"fmt"
)

type P struct {
	X, Y int
	S    []int
	M    map[string]int
	Ptr  *P
	Arr  [3]int
	Any  any
}

func dump(p *P) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprintf("{X:%d Y:%d S:%v(%d) M:%v Ptr:%s Arr:%v Any:%v}", p.X, p.Y, p.S, cap(p.S), p.M, dump(p.Ptr), p.Arr, p.Any)
}

func main() {
	var p P
	fmt.Println(json.Unmarshal([]byte(`{"X":1,"X":2,"Ptr":{"X":3},"Ptr":{"Y":4},"M":{"a":1},"M":{"b":2},"S":[1,2,3],"S":[9]}`), &p), dump(&p))
	fmt.Println(json.Unmarshal([]byte(`{"Arr":[1,2,3],"Arr":[7],"Any":{"a":1},"Any":[2]}`), &p), dump(&p))
	fmt.Println(json.Unmarshal([]byte(`{"Y":5,"S":[4,5,6,7,8]}`), &p), dump(&p))
	full := p.S[:cap(p.S)]
	fmt.Println(full)
	p.S = p.S[:1]
	fmt.Println(json.Unmarshal([]byte(`{"S":[10,11]}`), &p), dump(&p), p.S[:cap(p.S)])
	ps := []P{{X: 1, Y: 1}, {X: 2, Y: 2}}
	ps = ps[:1]
	fmt.Println(json.Unmarshal([]byte(`[{"X":10},{"X":20}]`), &ps), ps)
	m := map[string]P{"a": {X: 1, Y: 1}}
	fmt.Println(json.Unmarshal([]byte(`{"a":{"X":2}}`), &m), m)
	mp := map[string]*P{"a": {X: 1, Y: 1}}
	old := mp["a"]
	fmt.Println(json.Unmarshal([]byte(`{"a":{"X":2}}`), &mp), *mp["a"], *old)
	var a any = map[string]any{"keep": true}
	fmt.Println(json.Unmarshal([]byte(`{"new":1}`), &a), a)
	q := &P{X: 1}
	var ai any = q
	fmt.Println(json.Unmarshal([]byte(`{"Y":2}`), &ai), dump(q), ai == any(q))
	arr := [2][]int{{1, 2}, {3}}
	fmt.Println(json.Unmarshal([]byte(`[[9]]`), &arr), arr)
	// errors: the rest is still decoded
	var e P
	err := json.Unmarshal([]byte(`{"X":"bad","Y":2,"S":[1,"x",3],"M":{"a":"b","c":4},"Arr":[1,true,3],"Ptr":{"X":1.5,"Y":7}}`), &e)
	fmt.Println(err)
	fmt.Println(dump(&e))
	var l []int
	fmt.Println(json.Unmarshal([]byte(`[1,"x",3]`), &l), l)
	var mi map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"b":"x","c":3}`), &mi), mi)
	var mk map[int]int
	fmt.Println(json.Unmarshal([]byte(`{"1":1,"x":2,"3":3,"null":4}`), &mk), mk)
	var an any
	fmt.Println(json.Unmarshal([]byte(`{"a":[1,1e999,3],"b":"ok"}`), &an), an)
	// a later syntax error: nothing is decoded
	var s struct{ A, B int }
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"B":2,}`), &s), s)
	// keys that are not plain names
	var mk2 map[int8]string
	fmt.Println(json.Unmarshal([]byte(`{"+1":"a","-0":"b","007":"c"}`), &mk2), mk2)
	var mu map[uint]string
	fmt.Println(json.Unmarshal([]byte(`{"+1":"a"}`), &mu), mu)
	var ms map[string]int
	fmt.Println(json.Unmarshal([]byte("{\"\\u00e9\":1,\"\xff\":2,\"\\ud800\":3}"), &ms), ms)
	var fs struct {
		Name string `json:"name"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"NAME":"a","Name":"b","name":"c","nAmE":"d"}`), &fs), fs)
	var bs struct{ B []byte }
	fmt.Println(json.Unmarshal([]byte(`{"B":"YWJj\r\nZGVm"}`), &bs), string(bs.B))
	fmt.Println(json.Unmarshal([]byte(`{"B":"YWJjZA"}`), &bs), string(bs.B))
	fmt.Println(json.Unmarshal([]byte(`{"B":"YW=="}`), &bs), string(bs.B))
	var f32 []float32
	fmt.Println(json.Unmarshal([]byte(`[1.00000017881393432617187499, 3.4028235e38, 1e-46]`), &f32), f32)
	var i64 []int64
	fmt.Println(json.Unmarshal([]byte(`[9223372036854775807, -9223372036854775808, 9223372036854775808]`), &i64), i64)
}
