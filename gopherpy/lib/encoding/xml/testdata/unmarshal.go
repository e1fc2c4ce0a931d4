// Unmarshal: elements to fields by name and path, attributes (named, any), chardata,
// innerxml, comments, slices, pointers, XMLName checks, name spaces, methods,
// conversions of text to numbers and bools, and the errors.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Email struct {
	Where string `xml:"where,attr"`
	Addr  string
}

type Address struct {
	City, State string
}

type Result struct {
	XMLName xml.Name `xml:"Person"`
	Name    string   `xml:"FullName"`
	Phone   string
	Email   []Email
	Groups  []string `xml:"Group>Value"`
	Address
	Age     int     `xml:"age,attr"`
	Height  float64 `xml:"height"`
	OK      bool    `xml:"ok"`
	Ptr     *int    `xml:"ptr"`
	Comment string  `xml:",comment"`
}

type Misc struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Inner   string     `xml:",innerxml"`
	Other   []string   `xml:",any"`
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Pair struct{ A, B string }

func (p *Pair) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		p.A += a.Value
	}
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	p.B = s
	return nil
}

type Bad struct{}

func (b *Bad) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	_, err := d.Token()
	return err
}

type Attrs struct {
	U   Upper   `xml:"u,attr"`
	Ns  []int   `xml:"n,attr"`
	Ptr *string `xml:"p,attr"`
	A   xml.Attr `xml:"a,attr"`
}

func try(s string, v any) {
	err := xml.Unmarshal([]byte(s), v)
	fmt.Printf("%T %v\n", err, err)
}

func main() {
	data := `
		<Person age="42">
			<FullName>Grace R. Emlin</FullName>
			<Company>Example Inc.</Company>
			<Email where="home">
				<Addr>gre@example.com</Addr>
			</Email>
			<Email where='work'>
				<Addr>gre@work.com</Addr>
			</Email>
			<Group>
				<Value>Friends</Value>
				<Value>Squash</Value>
			</Group>
			<City>Hanga Roa</City>
			<State>Easter Island</State>
			<height> 1.85 </height>
			<ok>true</ok>
			<ptr>7</ptr>
			<!-- a comment -->
		</Person>
	`
	var r Result
	try(data, &r)
	fmt.Printf("%q %q %v %v %v %q %q %d %v %v %d %q\n", r.XMLName, r.Name, r.Email, r.Groups, r.Address, r.Phone, r.Comment, r.Age, r.Height, r.OK, *r.Ptr, r.XMLName.Local)
	var m Misc
	try(`<root a="1" b:c="2" xmlns:b="urn:b">text &amp; more<x>1</x><y attr="v">2</y>tail<!--c--><![CDATA[<cdata>]]></root>`, &m)
	fmt.Printf("%v %q %q %q %q\n", m.XMLName, m.Attrs, m.Text, m.Inner, m.Other)
	var p Pair
	try(`<pair x="1" y="2">hello</pair>`, &p)
	fmt.Println(p)
	var ps []Pair
	try(`<pair x="a">one</pair>`, &ps)
	fmt.Println(ps)
	var b Bad
	try(`<bad><x/></bad>`, &b)
	var at Attrs
	try(`<a u="shout" n="3" p="str" a="attr"/>`, &at)
	fmt.Println(at.U, at.Ns, *at.Ptr, at.A)
	var s string
	try(`<s>a<b>ignored</b>c</s>`, &s)
	fmt.Printf("%q\n", s)
	var bs []byte
	try(`<s></s>`, &bs)
	fmt.Println(bs == nil, len(bs))
	var n int
	try(`<n> 12 </n>`, &n)
	fmt.Println(n)
	try(`<n>x</n>`, &n)
	try(`<n>99999999999999999999</n>`, &n)
	var u8 uint8
	try(`<n>300</n>`, &u8)
	var f float32
	try(`<f>1e40</f>`, &f)
	var ok bool
	try(`<b>yes</b>`, &ok)
	try(`<b>1</b>`, &ok)
	fmt.Println(ok)
	var tm time.Time
	try(`<t>2020-01-02T03:04:05Z</t>`, &tm)
	fmt.Println(tm)
	var up Upper
	try(`<u>abc<x>zz</x>def</u>`, &up)
	fmt.Println(up)
	var iface any
	try(`<x>1</x>`, &iface)
	fmt.Println(iface)
	var mp map[string]int
	try(`<m>1</m>`, &mp)
	try(`<a/>`, nil)
	try(`<a/>`, 3)
	var np *int
	try(`<a/>`, np)
	var e struct {
		XMLName xml.Name `xml:"want"`
	}
	try(`<have/>`, &e)
	var ens struct {
		XMLName xml.Name `xml:"urn:x want"`
	}
	try(`<want/>`, &ens)
	try(`<want xmlns="urn:y"/>`, &ens)
	try(`<want xmlns="urn:x"/>`, &ens)
	fmt.Println(ens.XMLName)
	var nested struct {
		A struct {
			B []int `xml:"b"`
		} `xml:"a"`
		C []int `xml:"x>y>c"`
	}
	try(`<r><a><b>1</b><b>2</b></a><x><y><c>3</c><c>4</c></y><z/></x></r>`, &nested)
	fmt.Println(nested)
	try(``, &s)
	try(`   `, &s)
	try(`<a>`, &s)
	try(`<a></b>`, &s)
	try(`<a x=1></a>`, &s)
	try(`<a x></a>`, &s)
	try(`<a>&foo;</a>`, &s)
	try(`<a>&#xZZ;</a>`, &s)
	try(`<a>&amp</a>`, &s)
	try("<a>\xff</a>", &s)
	try("<a>\x01</a>", &s)
	try(`<a>]]></a>`, &s)
	try(`<?xml version="1.1"?><a/>`, &s)
	try(`<?xml version="1.0" encoding="latin1"?><a/>`, &s)
	try(`<!-- x -- y --><a/>`, &s)
	try(`<!DOCTYPE html><a>&lt;ok&gt;</a>`, &s)
	fmt.Printf("%q\n", s)
	try("\n\n<a>\n<b></c></a>", &s)
	try(`<a:b:c/>`, &s)
	try(`<1a/>`, &s)
	var deep struct{ X any }
	try(`<r><X><y/></X></r>`, &deep)
}
