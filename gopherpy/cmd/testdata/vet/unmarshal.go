// Cases of the unmarshal analyzer.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
)

type T struct{ A int }

func decode[P any](data []byte, v P) error { return json.Unmarshal(data, v) }

func main() {
	data := []byte(`{"A":1}`)
	var t T
	var m map[string]any
	var a any = &t
	fmt.Println(json.Unmarshal(data, t))
	fmt.Println(json.Unmarshal(data, &t))
	fmt.Println(json.Unmarshal(data, m))
	fmt.Println(json.Unmarshal(data, a))
	fmt.Println(xml.Unmarshal(data, t))
	dec := json.NewDecoder(strings.NewReader("{}"))
	fmt.Println(dec.Decode(t))
	fmt.Println(dec.Decode(&t))
	fmt.Println(decode(data, &t))
}
