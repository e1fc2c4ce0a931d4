package timeout

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {}

func TestSlow(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		time.Sleep(5 * time.Second)
	})
}
