package testing

// This file implements the -test.run / -test.bench / -test.skip matching: a pattern
// is split at slashes (outside brackets and parentheses) into one regular expression
// per level of the test name, and subtest names are made unique ("#01").

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

type matcher struct {
	filter   [][]string // alternatives, each one pattern per name level; nil matches everything
	skip     [][]string
	mu       sync.Mutex
	subNames map[string]int32 // names of subtests used so far, and their next count
}

var matchCache = map[string]*regexp.Regexp{}

func matchString(pat, str string) (bool, error) {
	re, ok := matchCache[pat]
	if !ok {
		var err error
		re, err = regexp.Compile(pat)
		if err != nil {
			return false, err
		}
		matchCache[pat] = re
	}
	return re.MatchString(str), nil
}

// compilePatterns splits a -test.run style pattern and checks its regular expressions.
func compilePatterns(patterns, name string) [][]string {
	alts := splitRegexp(patterns)
	for _, a := range alts {
		for i, s := range a {
			a[i] = rewrite(s)
		}
		for i, s := range a {
			if _, err := matchString(s, "non-empty"); err != nil {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of %s (%q): %s\n", i, name, s, err)
				os.Exit(1)
			}
		}
	}
	return alts
}

func newMatcher(patterns, name, skips string) *matcher {
	m := &matcher{subNames: map[string]int32{}}
	if patterns != "" {
		m.filter = compilePatterns(patterns, name)
	}
	if skips != "" {
		m.skip = compilePatterns(skips, "-test.skip")
	}
	return m
}

// matchElems reports whether the name's elements match one of the alternatives, and
// whether that match is partial (the name has fewer levels than the pattern).
func matchElems(alts [][]string, elem []string) (ok, partial bool) {
	for _, filter := range alts {
		ok = true
		for i, s := range elem {
			if i >= len(filter) {
				break
			}
			if m, _ := matchString(filter[i], s); !m {
				ok = false
				break
			}
		}
		if ok {
			return true, len(elem) < len(filter)
		}
	}
	return false, false
}

// fullName returns the (unique) name of subtest subname of c and whether it is to
// run; partial reports a match of only the first levels of the pattern.
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	if m.filter != nil {
		ok, partial = matchElems(m.filter, elem)
		if !ok {
			return name, false, false
		}
	} else {
		ok = true
	}
	if m.skip != nil {
		if skipped, skipPartial := matchElems(m.skip, elem); skipped && !skipPartial {
			return name, false, false
		}
	}
	return name, ok, partial
}

// unique makes parent/subname unique by appending "#NN" when it was used before.
func (m *matcher) unique(parent, subname string) string {
	name := parent + "/" + subname
	empty := subname == ""
	for {
		next, exists := m.subNames[name]
		if !empty && !exists {
			m.subNames[name] = 1
			return name
		}
		m.subNames[name] = next + 1
		name = fmt.Sprintf("%s#%02d", name, next)
		empty = false
	}
}

// splitRegexp splits s at the slashes that are not inside [] or () into one
// pattern per name level, and at such vertical bars into alternatives.
func splitRegexp(s string) [][]string {
	var alts [][]string
	var a []string
	cs := 0
	cp := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				if s[i] == '|' {
					alts = append(alts, a)
					a = nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(a, s))
}

// rewrite replaces white space by underscores and quotes unprintable characters.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}
