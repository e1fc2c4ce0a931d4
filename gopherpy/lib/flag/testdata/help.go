// flag: -help with ExitOnError prints the usage and exits with status 0.
package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("helper", flag.ExitOnError)
	fs.Duration("t", 0, "timeout")
	fs.Uint64("v", 10, "a `big` number")
	fmt.Println("parsing")
	fs.Parse([]string{"--help"})
	fmt.Println("not reached")
}
