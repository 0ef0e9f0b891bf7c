package model

import "fmt"

// Source is one file's bytes with its slash-separated path relative to the
// scan root.
type Source struct {
	Path string
	Data []byte
}

// ParseError is a file that could not be parsed, at the place the parser
// blamed. It becomes a parse-error finding; the rest of the scan goes on.
type ParseError struct {
	Range   Range
	Message string
}

// Error formats the error as path:line:col: message.
func (e ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Range.File, e.Range.Start.Line, e.Range.Start.Col, e.Message)
}
