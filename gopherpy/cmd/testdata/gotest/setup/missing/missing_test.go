package missing

import (
	"testing"

	"example.com/setup/nothere"
)

func TestX(t *testing.T) { nothere.F() }
