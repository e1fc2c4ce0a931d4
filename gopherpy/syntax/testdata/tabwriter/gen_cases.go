package main

import (
	"bytes"
	"encoding/json"
	"os"
	"text/tabwriter"
)

type Case struct {
	Name     string
	Minwidth int
	Tabwidth int
	Padding  int
	Padchar  string
	Flags    uint
	Chunks   [][]byte
	Want     []byte
}

func main() {
	var cases []Case
	json.NewDecoder(os.Stdin).Decode(&cases)
	for i := range cases {
		c := &cases[i]
		var buf bytes.Buffer
		w := tabwriter.NewWriter(&buf, c.Minwidth, c.Tabwidth, c.Padding, c.Padchar[0], c.Flags)
		for _, ch := range c.Chunks {
			w.Write(ch)
		}
		w.Flush()
		c.Want = buf.Bytes()
	}
	e := json.NewEncoder(os.Stdout)
	e.SetIndent("", " ")
	e.Encode(cases)
}
