// Duplicate cases: gc compares only integer, float and string constants, so boolean
// case expressions (runtime/malloc.go's switch on GOOS/GOARCH tests) never clash.

package main

const (
	GOOS   = "linux"
	GOARCH = "amd64"
	race   = false
)

func f(i int, s string, x float64) int {
	switch {
	case race && GOARCH == "riscv64":
		return 1
	case race:
		return 2
	case GOARCH == "arm64" && GOOS == "ios":
		return 3
	case GOARCH == "arm64":
		return 4
	case GOOS == "aix":
		return 5
	}
	switch true {
	case false, false:
	}
	switch i {
	case 1, 2:
	case 2:
	case 1 << 62, 1<<62:
	}
	switch s {
	case "a", "b", "a":
	}
	switch x {
	case 1.5, 1.5:
	case 1:
	case 1.0:
	}
	var u uint64
	switch u {
	case 1 << 63, 1<<63:
	}
	var c complex128
	switch c {
	case 1i, 1i:
	}
	return 0
}

func main() {
	f(0, "", 0)
}
