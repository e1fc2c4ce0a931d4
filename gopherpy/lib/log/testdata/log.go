// log: Logger headers (prefix, Lmsgprefix, Lshortfile), Print*, Panic recovered,
// SetFlags/SetPrefix on the standard logger, and Fatal's exit status 1.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pfx: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("%d-%s", 7, "x")
	l.Println("line", 3)
	l.Print("has newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.Println("after")
	l.SetFlags(log.Lshortfile)
	l.Println("where")
	l.SetPrefix("[p] ")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Output(1, "output")
	fmt.Print(buf.String())
	fmt.Println(l.Flags() == log.Lshortfile|log.Lmsgprefix, l.Prefix(), l.Writer() == &buf)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.SetFlags(0)
		l.Panicf("bad %d", 42)
	}()
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal %s", "error")
}
