package other

import "testing"

func TestX(t *testing.T) {}
