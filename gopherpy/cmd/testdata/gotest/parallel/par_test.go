package parallel

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("before")
	code := m.Run()
	fmt.Println("after", code)
	os.Exit(code)
}

func TestPar(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Parallel()
		t.Log("par a")
	})
	t.Cleanup(func() { fmt.Println("cleanup1") })
	t.Cleanup(func() { fmt.Println("cleanup2") })
	t.Log("TestPar body done")
}

func TestTop(t *testing.T) {
	t.Parallel()
	t.Log("top")
}

func TestFatalSub(t *testing.T) {
	t.Run("x", func(t *testing.T) {
		t.Fatalf("fatal %d", 1)
		t.Log("never")
	})
	t.Log("after sub", t.Name())
}

func TestEnv(t *testing.T) {
	t.Setenv("GOPHERPY_TEST_VAR", "v1")
	dir := t.TempDir()
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatal("TempDir", err)
	}
	t.Log(os.Getenv("GOPHERPY_TEST_VAR"), t.Context().Err())
}
