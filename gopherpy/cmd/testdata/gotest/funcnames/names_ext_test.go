package m_test

import (
	"fmt"
	"testing"

	"example.com/m/sub"
)

func TestExternal(t *testing.T) {
	fmt.Println(sub.Caller(0), "<", sub.Caller(1))
}
