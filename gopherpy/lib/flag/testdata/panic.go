// flag: PanicOnError panics with the error after printing the message and usage;
// a Value whose String panics on its zero value is reported after the defaults.
package main

import (
	"flag"
	"fmt"
	"os"
)

type ptrVal struct{ p *int }

func (v *ptrVal) String() string   { return fmt.Sprint(*v.p) }
func (v *ptrVal) Set(string) error { return nil }

type valVal struct{ m map[string]int }

func (v valVal) String() string   { return fmt.Sprint(len(v.m), v.m["x"]+1/len(v.m)) }
func (v valVal) Set(string) error { return nil }

func main() {
	fs := flag.NewFlagSet("panicky", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	x := 4
	fs.Var(&ptrVal{&x}, "ptr", "pointer value")
	fs.Var(valVal{map[string]int{"x": 1}}, "val", "value value")
	fs.Int("i", 0, "int")
	fs.PrintDefaults()
	fmt.Println("--")
	fs.Parse([]string{"-i", "1", "-i", "z"})
}
