// go_bench runs one regexp workload (go_bench <name> <times>) and prints a
// checksum; bench/regexp/run.py times whole processes of it
// under gopherpy and native Go (and py_bench.py, the same with Python's re).
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var words = strings.Repeat("the quick brown fox jumps over the lazy dog bob@example.com 2024-01-15 ", 1500)

func main() {
	sum := 0
	n, _ := strconv.Atoi(os.Args[2])
	switch os.Args[1] {
	case "none":
	case "match_short":
		re := regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`)
		for i := 0; i < n; i++ {
			if re.MatchString("adam[23]") {
				sum++
			}
		}
	case "findall_100k":
		re := regexp.MustCompile(`\w+@\w+\.com`)
		for i := 0; i < n; i++ {
			sum += len(re.FindAllString(words, -1))
		}
	case "submatch_line":
		re := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
		for i := 0; i < n; i++ {
			sum += len(re.FindStringSubmatch("INFO 2024-01-15 12:00:00 request served in 5ms")[2])
		}
	case "replace_10k":
		re := regexp.MustCompile(`(\w+) (\w+)`)
		for i := 0; i < n; i++ {
			sum += len(re.ReplaceAllString(words[:10000], "$2 $1"))
		}
	case "nomatch_100k":
		re := regexp.MustCompile(`zzz\d`)
		for i := 0; i < n; i++ {
			sum += len(re.FindString(words))
		}
	case "split_csv":
		re := regexp.MustCompile(`\s*,\s*`)
		for i := 0; i < n; i++ {
			sum += len(re.Split("alpha, beta ,gamma,  delta,epsilon , zeta", -1))
		}
	case "pathological":
		re := regexp.MustCompile(`(x+x+)+y`)
		xs := strings.Repeat("x", 5000)
		for i := 0; i < n; i++ {
			if !re.MatchString(xs) {
				sum++
			}
		}
	}
	fmt.Println(sum)
}
