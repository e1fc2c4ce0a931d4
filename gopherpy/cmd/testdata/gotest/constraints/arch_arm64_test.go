package constraints

import "testing"

func TestArm64(t *testing.T) { t.Fatal("arm64 file selected") }
