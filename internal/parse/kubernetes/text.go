package kubernetes

import (
	"sort"
	"unicode/utf8"

	"github.com/platlint/platlint/internal/model"
)

// text maps between byte offsets in a YAML file and the 1-based line and
// column that yaml.v3 reports. Lines break where libyaml breaks them (LF,
// CRLF, CR, NEL, LS, PS) and columns count characters, not bytes, so that
// positions line up with yaml.Node even on non-ASCII lines.
type text struct {
	data []byte
	// starts and ends hold, per line, the byte offsets of its first byte
	// and of its line break (or the end of the file).
	starts, ends []int
	// ascii reports, per line, that the line has no multi-byte characters,
	// which turns column arithmetic into plain offsets.
	ascii []bool
}

func newText(data []byte) *text {
	t := &text{data: data}
	start := 0
	// libyaml drops a byte-order mark without counting it as a column.
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		start = 3
	}
	isASCII := true
	for i := start; i < len(data); {
		c := data[i]
		n := breakLen(data, i)
		if n > 0 {
			t.starts = append(t.starts, start)
			t.ends = append(t.ends, i)
			t.ascii = append(t.ascii, isASCII)
			i += n
			start, isASCII = i, true
			continue
		}
		if c >= utf8.RuneSelf {
			isASCII = false
		}
		i++
	}
	t.starts = append(t.starts, start)
	t.ends = append(t.ends, len(data))
	t.ascii = append(t.ascii, isASCII)
	return t
}

// breakLen returns the byte length of the line break at data[i], or 0.
func breakLen(data []byte, i int) int {
	switch c := data[i]; {
	case c == '\n':
		return 1
	case c == '\r':
		if i+1 < len(data) && data[i+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2:
		if i+1 < len(data) && data[i+1] == 0x85 {
			return 2
		}
	case c == 0xE2:
		if i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// lines is the number of lines in the file.
func (t *text) lines() int { return len(t.starts) }

// lineEnd returns the offset just past the content of line l (1-based),
// before its line break.
func (t *text) lineEnd(l int) int {
	l = max(1, min(l, len(t.ends)))
	return t.ends[l-1]
}

// offset converts a 1-based line and column to a byte offset, clamped to
// the line's content so that a bad position can never index out of range.
func (t *text) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(t.starts) {
		return len(t.data)
	}
	start, end := t.starts[line-1], t.lineEnd(line)
	if col < 1 {
		col = 1
	}
	if t.ascii[line-1] {
		return min(start+col-1, end)
	}
	off := start
	for i := 1; i < col && off < end; i++ {
		_, n := utf8.DecodeRune(t.data[off:end])
		off += n
	}
	return off
}

// pos converts a byte offset to a 1-based line and column.
func (t *text) pos(off int) model.Pos {
	off = max(0, min(off, len(t.data)))
	line := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off })
	if line == 0 {
		line = 1
	}
	start := t.starts[line-1]
	if off < start {
		// Inside a byte-order mark.
		return model.Pos{Line: line, Col: 1}
	}
	if t.ascii[line-1] {
		return model.Pos{Line: line, Col: off - start + 1}
	}
	return model.Pos{Line: line, Col: utf8.RuneCount(t.data[start:off]) + 1}
}

// lineRange is the whole of line l, for errors that yaml only places on a
// line.
func (t *text) lineRange(file string, l int) model.Range {
	l = max(1, min(l, t.lines()))
	return model.Range{
		File:  file,
		Start: model.Pos{Line: l, Col: 1},
		End:   t.pos(t.lineEnd(l)),
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSeparation moves past blanks, line breaks and comments from off.
func (t *text) skipSeparation(off int) int {
	d := t.data
	for off < len(d) {
		switch {
		case isSpace(d[off]):
			off++
		case d[off] == '#':
			for off < len(d) && d[off] != '\n' && d[off] != '\r' {
				off++
			}
		default:
			return off
		}
	}
	return off
}

// skipProperties moves past a node's tag and anchor ("!!str &a") to the
// start of its content; yaml.v3 positions a node at its first property.
// It returns the content start and the end of the last property.
func (t *text) skipProperties(off int) (content, propsEnd int) {
	d := t.data
	propsEnd = off
	for off < len(d) && (d[off] == '!' || d[off] == '&') {
		if d[off] == '!' && off+1 < len(d) && d[off+1] == '<' {
			// Verbatim tag: !<...> may hold any URI character.
			for off < len(d) && d[off] != '>' {
				off++
			}
			off = min(off+1, len(d))
		}
		for off < len(d) && !isSpace(d[off]) && !isFlowIndicator(d[off]) {
			off++
		}
		propsEnd = off
		off = t.skipSeparation(off)
	}
	return off, propsEnd
}

func isFlowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}

// matchEnd returns the offset just past the last character of value when
// the non-blank characters of value are matched one by one against the
// source from off. Plain and block scalars differ from their source only in
// blanks and line breaks (indentation, folding, chomping), so this finds
// where a multi-line scalar ends without reimplementing YAML's scanner.
// A mismatch stops the walk at the last character that matched.
func (t *text) matchEnd(off int, value string) int {
	d := t.data
	end := off
	for i := 0; i < len(value); i++ {
		c := value[i]
		if isSpace(c) {
			continue
		}
		for off < len(d) && isSpace(d[off]) {
			off++
		}
		if off >= len(d) || d[off] != c {
			return end
		}
		off++
		end = off
	}
	return end
}

// quotedEnd returns the offset just past the closing quote of the quoted
// scalar that opens at off.
func (t *text) quotedEnd(off int) int {
	d := t.data
	if off >= len(d) {
		return len(d)
	}
	q := d[off]
	for i := off + 1; i < len(d); i++ {
		switch {
		case q == '"' && d[i] == '\\':
			i++
		case d[i] == q:
			if q == '\'' && i+1 < len(d) && d[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(d)
}

// blockHeaderEnd returns the end of a block scalar's indicator ("|", ">-",
// "|2+") that starts at off.
func (t *text) blockHeaderEnd(off int) int {
	d := t.data
	off++
	for off < len(d) && (d[off] == '-' || d[off] == '+' || (d[off] >= '0' && d[off] <= '9')) {
		off++
	}
	return off
}

// nextLine returns the offset of the line after the one holding off.
func (t *text) nextLine(off int) int {
	d := t.data
	for off < len(d) {
		if n := breakLen(d, off); n > 0 {
			return off + n
		}
		off++
	}
	return off
}

// closeFlow returns the offset just past the bracket c that closes a flow
// collection whose content ends at off, or off when c does not follow (a
// single-pair mapping inside a flow sequence has no braces).
func (t *text) closeFlow(off int, c byte) int {
	d := t.data
	i := off
	for {
		i = t.skipSeparation(i)
		if i < len(d) && d[i] == ',' {
			i++
			continue
		}
		break
	}
	if i < len(d) && d[i] == c {
		return i + 1
	}
	return off
}
