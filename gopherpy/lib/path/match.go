package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern. The pattern syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The only
// possible returned error is ErrBadPattern, when pattern is malformed.
//
// The pattern is taken as a sequence of chunks, each a run of stars followed
// by literal text and classes; a chunk after a star may match anywhere in the
// rest of the current path element.
func Match(pattern, name string) (matched bool, err error) {
next:
	for len(pattern) > 0 {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// a trailing star takes the rest of the name, unless that crosses a /
			return strings.IndexByte(name, '/') < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		// the last chunk must consume the whole name
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// let the star take 1, 2, ... more bytes, never a /
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					continue next
				}
				if err != nil {
					return false, err
				}
			}
		}
		// no match: still report a malformed remainder of the pattern
		for len(pattern) > 0 {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// nextChunk splits off the leading stars and the following non-star text.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
scan:
	for ; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++ // the escaped byte is text, even a star
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				break scan
			}
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk against the start of s: the rest of s and whether
// it matched, or ErrBadPattern. Once the match has failed the chunk is still
// read to its end, to find a malformed pattern.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			found := false
			ranges := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && ranges > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					found = true
				}
				ranges++
			}
			if found == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one character of a class: a byte other than - and ], or an
// escaped one; a missing character is ErrBadPattern.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		return 0, "", ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
