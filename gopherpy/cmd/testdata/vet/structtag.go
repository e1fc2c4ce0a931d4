// Cases of the structtag analyzer.
package main

import "fmt"

type Inner struct {
	Name string `json:"name"`
}

type T struct {
	A int    `json:"a"`
	B int    `json:"a"`
	C int    `json:"c,omitempty"`
	D int    `json:"c"`
	E int    `json: "e"`
	F int    `json:"f"xml:"f"`
	G int    `json:"g`
	H int    "json:\"h\""
	I int    `json:"i" xml:"i"`
	J int    `xml:"j" xml:"k"`
	K int    `json:"-"`
	L int    `json:"-"`
	m int    `json:"m"`
	n int    `xml:"n"`
	o int    `json:"-"`
	P int    `xml:" p"`
	Q int    `xml:"q,attr"`
	R int    `xml:"q"`
	S int    `json:"s,string omitempty"`
	U int    `foo:"bar"`
	V int    `foo`
	W int    "\tjson:\"w\""
	X string `json:"name"`
	Inner
	Y int `:"y"`
	Z int `json:"z" `
}

type XMLT struct {
	XMLName struct{} `xml:"root"`
	A       int      `xml:"a,attr"`
	B       int      `xml:"a,attr"`
	C       int      `xml:"a"`
}

func main() {
	fmt.Println(T{}, XMLT{})
}
