// Marshal and MarshalIndent: element names (XMLName, tags, field and type names),
// attributes, chardata, cdata, innerxml, comments, omitempty, a>b>c paths, name spaces,
// embedded structs, slices, pointers, interfaces, methods, and errors.
package main

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"time"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string `xml:",comment"`
	Email   []string `xml:"email"`
	Nick    *string  `xml:"nick"`
	Skip    int      `xml:"-"`
	private int
}

type Text struct {
	XMLName xml.Name `xml:"t"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Body    string   `xml:",chardata"`
}

type CD struct {
	Data string `xml:",cdata"`
}

type Inner struct {
	Raw string `xml:",innerxml"`
}

type NS struct {
	XMLName xml.Name `xml:"urn:test root"`
	A       string   `xml:"urn:other a"`
	B       string   `xml:"http://example.com/ns/x b,attr"`
	C       string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
}

type Celsius float64

func (c Celsius) MarshalText() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(c), 'f', 1, 64) + "C"), nil
}

type Point struct{ X, Y int }

func (p Point) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "xy"}, Value: fmt.Sprintf("%d,%d", p.X, p.Y)})
	e.EncodeToken(start)
	e.EncodeToken(xml.CharData("pt"))
	return e.EncodeToken(start.End())
}

type AttrM struct{}

func (AttrM) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: "custom"}, nil
}

type Weather struct {
	Temp  Celsius   `xml:"temp"`
	TempA Celsius   `xml:"tempa,attr"`
	P     Point     `xml:"point"`
	Ps    []Point   `xml:"pts"`
	M     AttrM     `xml:"m,attr"`
	When  time.Time `xml:"when"`
}

type Gen[T any] struct {
	V T `xml:"v"`
}

type Any struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Rest    []string   `xml:",any"`
}

func show(v any) {
	b, err := xml.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	nick := "bob"
	p := Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Married: false,
		Address: Address{"Hanga Roa", "Easter Island"}, Comment: " Need more details. ",
		Email: []string{"a@b", "c&d<e>"}, Nick: &nick}
	show(p)
	b, err := xml.MarshalIndent(p, "  ", "    ")
	fmt.Printf("%s %v\n", b, err)
	show(&p)
	show(Text{Lang: "en", Body: "a<b>&\"c'\t\n\r\x01"})
	show(Text{Body: ""})
	show(CD{"x]]>y"})
	show(CD{""})
	show(Inner{"<a>raw</a>"})
	show(NS{A: "a", B: "b", C: "c"})
	show(Weather{Temp: 21.5, TempA: -3, P: Point{1, 2}, Ps: []Point{{3, 4}, {5, 6}}, When: time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)})
	show(Gen[int]{5})
	show(Any{XMLName: xml.Name{Local: "any"}, Attrs: []xml.Attr{{xml.Name{Local: "k"}, "v"}}, Rest: []string{"x", "y"}})
	show([]int{1, 2})
	show(3)
	show("s")
	show(struct{ A int }{1})
	show(map[string]int{"a": 1})
	show(make(chan int))
	show(func() {})
	show(nil)
	show((*Person)(nil))
	show([]any{1, "x", Text{Body: "t"}})
	show(struct {
		XMLName xml.Name `xml:"x"`
		Bytes   []byte   `xml:"b"`
		Arr     [2]byte  `xml:"arr"`
		F32     float32
		F64     float64
		U       uint8
		I       any
		Ptr     *int
		E       []int `xml:",omitempty"`
		Z       int   `xml:",omitempty"`
	}{Bytes: []byte("hi<"), Arr: [2]byte{65, 66}, F32: 1.5, F64: 1e21, U: 255, I: 7})
	show(struct {
		XMLName xml.Name `xml:"c"`
		C       string   `xml:",comment"`
	}{C: "a--b"})
	show(struct {
		XMLName xml.Name `xml:"c"`
		C       []byte   `xml:",comment"`
	}{C: []byte("ends-")})
	show(struct {
		XMLName xml.Name `xml:"c"`
		C       int      `xml:",comment"`
	}{C: 1})
	show(struct {
		XMLName xml.Name `xml:"bad"`
		A       int      `xml:"a,attr,chardata"`
	}{})
	show(struct {
		XMLName xml.Name `xml:"bad"`
		A       int      `xml:"a>"`
	}{})
	show(struct {
		XMLName xml.Name `xml:"bad"`
		A       int      `xml:"x>a,attr"`
	}{})
	show(struct {
		XMLName xml.Name `xml:"bad"`
		A       int      `xml:"ns ,attr"`
	}{})
	show(struct {
		XMLName xml.Name `xml:"dup"`
		A       int      `xml:"x"`
		B       int      `xml:"x"`
	}{})
	show(struct {
		XMLName xml.Name `xml:"paths"`
		A       int      `xml:"p>a"`
		B       int      `xml:"p>b"`
		C       int      `xml:"q>c"`
		D       int      `xml:"p>d"`
		N       *int     `xml:"r>n"`
	}{xml.Name{}, 1, 2, 3, 4, nil})
}
