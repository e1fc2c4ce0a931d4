package calc

import "testing"

func TestSub(t *testing.T) {
	if Sub(3, 1) != 2 {
		t.Fatal("Sub")
	}
}

func TestSubFail(t *testing.T) {
	t.Errorf("Sub(1, 1) = %d", Sub(1, 1))
}
