package syntax

import "testing"

func TestX(t *testing.T) {
	x := 
}

func (
