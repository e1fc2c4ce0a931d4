// The token API: Decoder.Token and RawToken (name spaces, self-closing elements,
// directives, processing instructions, offsets and positions), non-strict HTML
// parsing, and Encoder.EncodeToken with indentation, attribute name space prefixes and
// its errors; EscapeText.
package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
)

func dump(d *xml.Decoder, raw bool) {
	for i := 0; i < 60; i++ {
		var t xml.Token
		var err error
		if raw {
			t, err = d.RawToken()
		} else {
			t, err = d.Token()
		}
		line, col := d.InputPos()
		if err != nil {
			fmt.Printf("  err %v (%d %d:%d)\n", err, d.InputOffset(), line, col)
			return
		}
		switch t := t.(type) {
		case xml.StartElement:
			fmt.Printf("  start %v %v", t.Name, t.Attr)
		case xml.EndElement:
			fmt.Printf("  end %v", t.Name)
		case xml.CharData:
			fmt.Printf("  chardata %q", t)
		case xml.Comment:
			fmt.Printf("  comment %q", t)
		case xml.ProcInst:
			fmt.Printf("  procinst %q %q", t.Target, t.Inst)
		case xml.Directive:
			fmt.Printf("  directive %q", t)
		}
		fmt.Printf(" (%d %d:%d)\n", d.InputOffset(), line, col)
	}
}

const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE note [ <!ENTITY x "y"> <!-- inner comment --> ]>
<root xmlns="urn:default" xmlns:p="urn:p" xml:lang="en">
  <p:item id="1" p:flag='yes'>A &lt;b&gt; &#65;&#x42; c</p:item>
  <empty/>
  <inner xmlns="urn:inner"><deep/></inner>
  <!-- a comment -->
  <![CDATA[ <raw> & ]]>
  <unknown:x/>
</root>
`

type chunked struct{ s string }

func (c *chunked) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], c.s)
	c.s = c.s[n:]
	return n, nil
}

func main() {
	fmt.Println("Token")
	dump(xml.NewDecoder(strings.NewReader(doc)), false)
	fmt.Println("RawToken")
	dump(xml.NewDecoder(strings.NewReader(doc)), true)
	fmt.Println("chunked reader")
	dump(xml.NewDecoder(&chunked{"<a>\r\nx\ry</a>"}), false)
	fmt.Println("default space")
	d := xml.NewDecoder(strings.NewReader(`<a><b:c xmlns:b="urn:b"/></a>`))
	d.DefaultSpace = "urn:dflt"
	dump(d, false)
	fmt.Println("html")
	d = xml.NewDecoder(strings.NewReader(`<html><body><p>one<br>two &nbsp; &copy; &bogus; x=1<img src=a.png alt></p><P>x</body></html>`))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	dump(d, false)
	fmt.Println("errors")
	for _, s := range []string{`<a></a></b>`, `</a>`, `<a>`, `<a><b></a>`, `<a:x></b:x>`, "<a>\n\n</b>",
		`<a x="<"/>`, `<!-x>`, `<![CDAT[x]]>`, `<![CDATA[x`, `<?`, `<? x?>`, `<a/ >`, `<a b="1"c="2"/>`, `</a b>`, `<a =1/>`} {
		fmt.Printf("%q\n", s)
		dump(xml.NewDecoder(strings.NewReader(s)), false)
	}
	fmt.Println("encoder")
	var buf bytes.Buffer
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	toks := []xml.Token{
		xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0"`)},
		xml.StartElement{Name: xml.Name{Space: "urn:root", Local: "root"}, Attr: []xml.Attr{
			{Name: xml.Name{Space: "http://example.com/schema/", Local: "a"}, Value: "1"},
			{Name: xml.Name{Space: "http://other.org/schema", Local: "b"}, Value: "2"},
			{Name: xml.Name{Space: "urn:x:y", Local: "c"}, Value: "<&>"},
			{Name: xml.Name{Space: "http://www.w3.org/XML/1998/namespace", Local: "lang"}, Value: "en"},
		}},
		xml.Comment("comment"),
		xml.StartElement{Name: xml.Name{Local: "child"}},
		xml.CharData("text\n<&>\"'"),
		xml.EndElement{Name: xml.Name{Local: "child"}},
		xml.StartElement{Name: xml.Name{Local: "e"}},
		xml.EndElement{Name: xml.Name{Local: "e"}},
		xml.Directive("DOCTYPE x"),
		xml.EndElement{Name: xml.Name{Space: "urn:root", Local: "root"}},
	}
	for _, t := range toks {
		if err := enc.EncodeToken(t); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(enc.Flush())
	fmt.Println(buf.String())
	enc = xml.NewEncoder(os.Stdout)
	for _, t := range []xml.Token{
		xml.StartElement{Name: xml.Name{Local: "a"}},
		xml.ProcInst{Target: "xml"},
		xml.ProcInst{Target: "x y"},
		xml.ProcInst{Target: "p", Inst: []byte("?>")},
		xml.Comment("-->"),
		xml.Directive("x>"),
		xml.EndElement{Name: xml.Name{Local: "b"}},
		xml.EndElement{Name: xml.Name{Space: "n", Local: "a"}},
		xml.StartElement{},
		xml.EndElement{},
		42,
	} {
		fmt.Println(enc.EncodeToken(t))
	}
	fmt.Println(enc.Close())
	fmt.Println(enc.EncodeToken(xml.CharData("x")), enc.Flush())
	fmt.Println()
	enc = xml.NewEncoder(os.Stdout)
	fmt.Println(enc.EncodeElement(3, xml.StartElement{Name: xml.Name{Local: "n"}}), enc.EncodeElement(3, xml.StartElement{}))
	var e bytes.Buffer
	xml.EscapeText(&e, []byte("a<b>&c\"d'e\tf\ng\rh\x00i\xffj\uFFFD"))
	fmt.Println(e.String())
}
