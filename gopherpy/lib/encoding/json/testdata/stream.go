// The stream API: Encoder (SetIndent, SetEscapeHTML, write errors), Decoder (Decode of
// a sequence of values, Token, More, UseNumber, DisallowUnknownFields, Buffered,
// InputOffset), readers that return a few bytes at a time or fail, and the sizes of the
// reads the Decoder asks for.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type chunkReader struct {
	data  string
	n     int
	sizes []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.data))
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

type failReader struct {
	data string
	err  error
}

func (r *failReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

type Msg struct {
	Name string
	Vals []int
}

func encoders() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.Encode(map[string]any{"a": []int{1, 2}, "b": "<x>"})
	enc.SetIndent(">", "  ")
	enc.Encode(map[string]any{"a": []int{1, 2}, "b": "<x>", "c": map[string]int{}, "d": []int{}})
	enc.Encode(Msg{"m", nil})
	enc.SetEscapeHTML(false)
	enc.Encode("<x>&\u2028")
	enc.SetIndent("", "")
	enc.Encode(1)
	fmt.Printf("%q\n", buf.String())
	err := enc.Encode(make(chan int))
	fmt.Println(err, buf.Len())
	fw := &failWriter{}
	enc = json.NewEncoder(fw)
	fmt.Println(enc.Encode(1), enc.Encode(2), enc.Encode(3), fw.n)
	json.NewEncoder(os.Stdout).Encode(struct {
		A, B int
		C    []string
	}{1, 2, []string{"x"}})
}

func decodeAll(dec *json.Decoder) {
	for {
		var v any
		err := dec.Decode(&v)
		fmt.Printf("  %v %v %d\n", v, err, dec.InputOffset())
		if err != nil {
			break
		}
	}
}

func tokens(dec *json.Decoder) {
	for i := 0; i < 40; i++ {
		t, err := dec.Token()
		more := dec.More()
		fmt.Printf("  %T %v %v %d %v\n", t, t, err, dec.InputOffset(), more)
		if err != nil {
			break
		}
	}
}

func decoders() {
	fmt.Println("values")
	decodeAll(json.NewDecoder(strings.NewReader(`{"a":1} [2] "x" 3 true null 4.5e1 tru`)))
	decodeAll(json.NewDecoder(strings.NewReader(`  `)))
	decodeAll(json.NewDecoder(strings.NewReader(`[1,2`)))
	decodeAll(json.NewDecoder(strings.NewReader(`[1,2] x`)))
	decodeAll(json.NewDecoder(strings.NewReader(`123`)))
	decodeAll(json.NewDecoder(strings.NewReader(`"abc`)))
	decodeAll(json.NewDecoder(strings.NewReader("{\"a\":\n1}\n{\"b\" 2}")))
	fmt.Println("chunks")
	cr := &chunkReader{data: strings.Repeat(`{"name":"abcdefghij","list":[1,2,3,4,5,6,7,8,9,10]} `, 12), n: 7}
	dec := json.NewDecoder(cr)
	count := 0
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			fmt.Println(err)
			break
		}
		count++
	}
	fmt.Println(count, cr.sizes)
	long := `"` + strings.Repeat("x", 5000) + `"`
	cr = &chunkReader{data: long + " [1]", n: 100}
	dec = json.NewDecoder(cr)
	var s string
	fmt.Println(dec.Decode(&s), len(s), dec.InputOffset())
	b, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q %v\n", b, cr.sizes)
	fmt.Println("reader errors")
	dec = json.NewDecoder(&failReader{`{"a":`, errors.New("network down")})
	var v any
	fmt.Println(dec.Decode(&v))
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(&failReader{`[1, 2]  `, io.ErrUnexpectedEOF})
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Decode(&v))
	fmt.Println("buffered")
	dec = json.NewDecoder(strings.NewReader(`{"a":1}   trailing junk`))
	fmt.Println(dec.Decode(&v))
	b, _ = io.ReadAll(dec.Buffered())
	fmt.Printf("%q %d\n", b, dec.InputOffset())
	fmt.Println("tokens")
	tokens(json.NewDecoder(strings.NewReader(`{"a":[1,"b",{"c":null}],"d":true, "e" : -1.5e3} 7 "end"`)))
	tokens(json.NewDecoder(strings.NewReader(`[1,]`)))
	tokens(json.NewDecoder(strings.NewReader(`{"a" 1}`)))
	tokens(json.NewDecoder(strings.NewReader(`[1 2]`)))
	tokens(json.NewDecoder(strings.NewReader(`{"a":1]`)))
	tokens(json.NewDecoder(strings.NewReader(`[1e500]`)))
	tokens(json.NewDecoder(strings.NewReader(`{"a":`)))
	tokens(json.NewDecoder(strings.NewReader(`{"a":1,`)))
	tokens(json.NewDecoder(strings.NewReader(`["ab`)))
	tokens(json.NewDecoder(strings.NewReader(`}`)))
	fmt.Println("mixed")
	dec = json.NewDecoder(strings.NewReader(`[{"Name":"a","Vals":[1]}, {"Name":"b"}, 3]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var m Msg
		err := dec.Decode(&m)
		fmt.Printf("  %+v %v %d\n", m, err, dec.InputOffset())
	}
	t, err = dec.Token()
	fmt.Println(t, err, dec.InputOffset())
	t, err = dec.Token()
	fmt.Println(t, err, dec.InputOffset())
	fmt.Println("options")
	dec = json.NewDecoder(strings.NewReader(`{"n":12345678901234567890,"f":1.5,"l":[1e400]} [7] 8`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m), m)
	fmt.Printf("%T\n", m["n"])
	t, err = dec.Token()
	fmt.Printf("%v %v\n", t, err)
	t, err = dec.Token()
	fmt.Printf("%T %v %v\n", t, t, err)
	dec = json.NewDecoder(strings.NewReader(`{"Name":"x","Extra":1,"Vals":[2],"More":{}} {"name":"y"}`))
	dec.DisallowUnknownFields()
	var msg Msg
	fmt.Println(dec.Decode(&msg), msg)
	fmt.Println(dec.Decode(&msg), msg)
	dec = json.NewDecoder(strings.NewReader(`{"X":{"Y":1}}`))
	dec.DisallowUnknownFields()
	var nested struct{ X struct{ Z int } }
	fmt.Println(dec.Decode(&nested))
	dec = json.NewDecoder(strings.NewReader(`{"a":1}`))
	dec.DisallowUnknownFields()
	var mm map[string]int
	fmt.Println(dec.Decode(&mm), mm)
	dec = json.NewDecoder(strings.NewReader(`1 2`))
	fmt.Println(dec.Decode(nil), dec.Decode(&v), v)
	dec = json.NewDecoder(strings.NewReader(`"x" 2`))
	var i int
	fmt.Println(dec.Decode(&i), dec.Decode(&i), i)
}

func main() {
	encoders()
	decoders()
}
