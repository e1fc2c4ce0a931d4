package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil")
	fmt.Println(err, strings.Contains(dir, "ioutil"))
	defer os.RemoveAll(dir)
	fmt.Println(ioutil.WriteFile(dir+"/b", []byte("bbb"), 0644), ioutil.WriteFile(dir+"/a", []byte("a"), 0600))
	b, err := ioutil.ReadFile(dir + "/b")
	fmt.Printf("%q %v\n", b, err)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode())
	}
	_, err = ioutil.ReadDir(dir + "/none")
	fmt.Println(strings.Replace(err.Error(), dir, "$T", 1))
	all, err := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("all")))
	fmt.Printf("%q %v\n", all, err)
	n, err := ioutil.Discard.Write([]byte("xyz"))
	fmt.Println(n, err)
	f, err := ioutil.TempFile(dir, "f*.txt")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".txt"))
	f.Close()
}
