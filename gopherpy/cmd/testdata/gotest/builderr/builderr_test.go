package builderr

import "testing"

func TestBroken(t *testing.T) {
	var s string = N
	t.Log(s)
}
