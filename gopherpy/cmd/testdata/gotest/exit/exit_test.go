package exit

import (
	"os"
	"testing"
)

func TestA(t *testing.T) {
	t.Attr("key", "value")
	t.Log("a")
}

func TestExit(t *testing.T) {
	os.Exit(0)
}
