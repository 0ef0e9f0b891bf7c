package kubernetes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/platlint/platlint/internal/model"
)

// JSON is YAML, so JSON manifests normally take the YAML path and keep its
// positions. But a few JSON escapes are not YAML ("\/", and the surrogate
// pairs "\ud83d\ude00" that Python writes for characters outside the BMP),
// and kubectl reads a JSON file with encoding/json rather than YAML. For a
// JSON file that YAML rejects, parseJSON reads it as kubectl does, with
// encoding/json's tokenizer giving the positions.

// maxJSONDepth bounds nesting, as yaml.v3 bounds it, so that recursion
// cannot exhaust the stack on "[[[[...".
const maxJSONDepth = 10000

var errJSONDepth = errors.New("exceeded max depth of 10000")

// looksLikeJSON reports whether the file starts, after blanks, with a JSON
// object.
func looksLikeJSON(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	return len(data) > 0 && data[0] == '{'
}

// parseJSON reads a stream of JSON values and returns a document per
// Kubernetes object, or an error if the stream is not valid JSON.
func parseJSON(t *text, file string) ([]model.Document, error) {
	dec := json.NewDecoder(bytes.NewReader(t.data))
	dec.UseNumber()
	var docs []model.Document
	for {
		w := &jsonWalker{dec: dec, t: t, file: file, spans: make(map[string]model.Range)}
		start := w.skip()
		if start == len(t.data) {
			return docs, nil
		}
		v, end, err := w.value("", 0)
		if err != nil {
			return nil, err
		}
		obj, ok := v.(map[string]any)
		if !ok || !isObject(obj) {
			continue
		}
		w.spans[""] = w.rangeOf(start, end)
		docs = appendObject(docs, file, obj, w.spans)
	}
}

type jsonWalker struct {
	dec   *json.Decoder
	t     *text
	file  string
	spans map[string]model.Range
}

// skip returns the offset of the next token: past blanks, and past the
// colons and commas that the tokenizer consumes silently.
func (w *jsonWalker) skip() int {
	d := w.t.data
	off := int(w.dec.InputOffset())
	for off < len(d) && (isSpace(d[off]) || d[off] == ':' || d[off] == ',') {
		off++
	}
	return off
}

func (w *jsonWalker) rangeOf(start, end int) model.Range {
	return model.Range{File: w.file, Start: w.t.pos(start), End: w.t.pos(max(start, end))}
}

// value reads the value whose first token is next and returns it with the
// offset where it ends.
func (w *jsonWalker) value(ptr string, depth int) (any, int, error) {
	if depth > maxJSONDepth {
		return nil, 0, errJSONDepth
	}
	tok, err := w.dec.Token()
	if err != nil {
		return nil, 0, err
	}
	switch tok {
	case json.Delim('{'):
		m := make(map[string]any)
		for w.dec.More() {
			kstart := w.skip()
			k, err := w.dec.Token()
			if err != nil {
				return nil, 0, err
			}
			key, ok := k.(string)
			if !ok {
				return nil, 0, fmt.Errorf("object key %v is not a string", k)
			}
			child := ""
			if depth < maxSpanDepth {
				child = model.Child(ptr, key)
			}
			v, vend, err := w.value(child, depth+1)
			if err != nil {
				return nil, 0, err
			}
			if old, ok := m[key]; ok && child != "" {
				// The last of duplicate keys wins, as in encoding/json.
				delete(w.spans, child)
				dropSpans(w.spans, child, old)
			}
			m[key] = v
			if child != "" {
				w.spans[child] = w.rangeOf(kstart, vend)
			}
		}
		if _, err := w.dec.Token(); err != nil {
			return nil, 0, err
		}
		return m, int(w.dec.InputOffset()), nil
	case json.Delim('['):
		s := []any{}
		for i := 0; w.dec.More(); i++ {
			child := ""
			if depth < maxSpanDepth {
				child = model.Child(ptr, i)
			}
			start := w.skip()
			v, vend, err := w.value(child, depth+1)
			if err != nil {
				return nil, 0, err
			}
			s = append(s, v)
			if child != "" {
				w.spans[child] = w.rangeOf(start, vend)
			}
		}
		if _, err := w.dec.Token(); err != nil {
			return nil, 0, err
		}
		return s, int(w.dec.InputOffset()), nil
	}
	// string, json.Number, bool or nil.
	return tok, int(w.dec.InputOffset()), nil
}
