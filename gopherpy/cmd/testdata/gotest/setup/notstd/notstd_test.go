package notstd

import (
	"nosuch/pkg"
	"testing"
)

func TestX(t *testing.T) { pkg.F() }
