package basic

import (
	"fmt"
	"strings"
	"testing"
)

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestAdd(t *testing.T) {
	check(t, Add(1, 2), 3)
	t.Log("logged\nsecond line")
	t.Logf("%s=%d", "x", 4)
	fmt.Println("stdout from TestAdd")
}

func TestFail(t *testing.T) {
	t.Error("first", 1)
	check(t, Add(2, 2), 5)
	t.Run("sub", func(t *testing.T) {
		t.Log("in sub")
		t.Fail()
	})
	t.Run("ok sub", func(t *testing.T) {
		t.Log("quiet unless -v")
	})
	t.Run("sub", func(t *testing.T) {
		if !strings.HasSuffix(t.Name(), "#01") {
			t.Errorf("name %s", t.Name())
		}
	})
	if !t.Failed() {
		t.Error("not failed")
	}
}

func TestSkip(t *testing.T) {
	t.Skip("skipping", t.Name())
	t.Error("not reached")
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skipf("short mode (verbose %v)", testing.Verbose())
	}
}

func ExampleAdd() {
	fmt.Println(Add(1, 2))
	// Output: 3
}

func ExampleGreet() {
	fmt.Println(Greet("a"))
	fmt.Println(Greet("b"))
	// Unordered output:
	// hello, b
	// hello, a
}

func Example_wrong() {
	fmt.Println("x")
	fmt.Println("y")
	// Output:
	// x
	// z
}

func Example_noOutput() {
	fmt.Println("never run: no output comment")
}
