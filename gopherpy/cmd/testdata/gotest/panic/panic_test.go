package panic

import (
	"errors"
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) {
	t.Log("first runs")
}

func TestIndex(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup ran") })
	t.Log("about to panic")
	var a []int
	_ = a[5]
}

func TestInSub(t *testing.T) {
	t.Run("deep", func(t *testing.T) {
		panic(errors.New("boom"))
	})
}

func TestGoexit(t *testing.T) {
	t.Run("x", func(t *testing.T) {
		t.FailNow()
	})
	t.Log("after x")
}
