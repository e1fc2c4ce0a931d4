package constraints

import (
	"fmt"
	"testing"
)

func TestOS(t *testing.T) {
	if OS() != "linux" {
		t.Errorf("OS() = %q", OS())
	}
}

func TestFailFirst(t *testing.T) { t.Error("fails") }

func TestAfter(t *testing.T) { fmt.Println("after ran") }

func BenchmarkListed(b *testing.B) {}

func ExampleOS() {
	fmt.Println(OS())
	// Output: linux
}
