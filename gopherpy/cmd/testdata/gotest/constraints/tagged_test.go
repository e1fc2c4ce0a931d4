//go:build mytag && !windows

package constraints

import "testing"

func TestTagged(t *testing.T) { t.Log("tagged test runs") }
