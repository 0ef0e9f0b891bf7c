package dockerfile

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// errSyntax marks a word the expander cannot read (an unclosed quote or
// brace); its callers then keep the word as written.
var errSyntax = errors.New("bad substitution")

// expander processes a Dockerfile word as buildkit's shell lexer does for
// FROM and global ARG values: it removes quotes and escapes and
// substitutes variables. It differs from buildkit on purpose in one way: a
// reference to a variable without a value ($X, ${X}) is left as written
// instead of becoming "", so that "golang:${GO_VERSION}" stays visible to
// policies when the build argument is only given on the command line.
// Operators with a fallback (${X:-d}, ${X-d}, ${X:+w}, ${X+w}) still apply
// theirs.
type expander struct {
	// env holds the variables that have a value. A nil env substitutes
	// nothing: every reference stays as written.
	env    map[string]string
	escape byte
}

// word returns w processed, or w itself when it cannot be read.
func (x expander) word(w string) string {
	out, _, err := x.process(w, 0, 0)
	if err != nil {
		return w
	}
	return out
}

// process reads s from i up to the byte stop (0 for the end of s) and
// returns the result and the index of stop.
func (x expander) process(s string, i int, stop byte) (string, int, error) {
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		switch {
		case stop != 0 && c == stop:
			return b.String(), i, nil
		case c == x.escape:
			// The escape keeps the next character, whole.
			_, n := utf8.DecodeRuneInString(s[i+1:])
			b.WriteString(s[i+1 : i+1+n])
			i += 1 + n
		case c == '\'':
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return "", 0, errSyntax
			}
			b.WriteString(s[i+1 : i+1+end])
			i += end + 2
		case c == '"':
			var err error
			if i, err = x.doubleQuoted(s, i+1, &b); err != nil {
				return "", 0, err
			}
		case c == '$':
			v, next, err := x.dollar(s, i)
			if err != nil {
				return "", 0, err
			}
			b.WriteString(v)
			i = next
		default:
			b.WriteByte(c)
			i++
		}
	}
	if stop != 0 {
		return "", 0, errSyntax
	}
	return b.String(), i, nil
}

// doubleQuoted reads a double-quoted string whose content starts at i and
// returns the index after its closing quote.
func (x expander) doubleQuoted(s string, i int, b *strings.Builder) (int, error) {
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c == x.escape && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '$' || s[i+1] == x.escape):
			b.WriteByte(s[i+1])
			i += 2
		case c == '$':
			v, next, err := x.dollar(s, i)
			if err != nil {
				return 0, err
			}
			b.WriteString(v)
			i = next
		default:
			b.WriteByte(c)
			i++
		}
	}
	return 0, errSyntax
}

func isNameByte(c byte, first bool) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9')
}

// dollar substitutes the reference that starts with the '$' at s[i] and
// returns the index after it.
func (x expander) dollar(s string, i int) (string, int, error) {
	j := i + 1
	if j >= len(s) {
		return "$", j, nil
	}
	if s[j] != '{' {
		k := j
		for k < len(s) && isNameByte(s[k], k == j) {
			k++
		}
		if k == j {
			return "$", j, nil
		}
		if v, ok := x.env[s[j:k]]; ok {
			return v, k, nil
		}
		return s[i:k], k, nil
	}
	j++
	k := j
	for k < len(s) && isNameByte(s[k], k == j) {
		k++
	}
	name := s[j:k]
	if name == "" || k >= len(s) {
		return "", 0, errSyntax
	}
	value, set := x.env[name]
	switch s[k] {
	case '}':
		if !set {
			return s[i : k+1], k + 1, nil
		}
		return value, k + 1, nil
	case ':', '-', '+':
		colon := s[k] == ':'
		op := k
		if colon {
			op++
		}
		if op >= len(s) || (s[op] != '-' && s[op] != '+') {
			return x.other(s, i, k, name)
		}
		word, end, err := x.process(s, op+1, '}')
		if err != nil {
			return "", 0, err
		}
		present := set && (!colon || value != "")
		if x.env == nil {
			return s[i : end+1], end + 1, nil
		}
		switch {
		case s[op] == '-' && present:
			return value, end + 1, nil
		case s[op] == '-':
			return word, end + 1, nil
		case present:
			return word, end + 1, nil
		}
		return "", end + 1, nil
	}
	return x.other(s, i, k, name)
}

// other handles the rarer operators (${X%pat}, ${X/a/b}, ${X?msg}) by
// handing a set variable to buildkit's lexer; an unset one stays as
// written.
func (x expander) other(s string, i, k int, name string) (string, int, error) {
	end := strings.IndexByte(s[k:], '}')
	if end < 0 {
		return "", 0, errSyntax
	}
	end += k
	raw := s[i : end+1]
	value, set := x.env[name]
	if !set {
		return raw, end + 1, nil
	}
	lex := shell.NewLex(rune(x.escape))
	out, _, err := lex.ProcessWord(raw, shell.EnvsFromSlice([]string{name + "=" + value}))
	if err != nil {
		return raw, end + 1, nil
	}
	return out, end + 1, nil
}
