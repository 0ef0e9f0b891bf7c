// Package kubernetes parses Kubernetes manifests, YAML or JSON, into one
// document per object, with the values kubectl would see and the source
// range of every value.
package kubernetes

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/platlint/platlint/internal/model"
)

// Parse returns one document per Kubernetes object in the file.
//
// A YAML document is an object when its root is a mapping with string
// apiVersion and kind; other documents (CI configs, Compose files, empty
// documents) are skipped. The items of a list kind ("List", "PodList", ...)
// become documents of their own. A file that contains the Go template
// marker "{{" is taken for a Helm template, and skipped, when it lies in a
// templates/ directory or does not parse as YAML; elsewhere "{{" is just
// text (PrometheusRule annotations, Argo Workflows parameters). A file that
// does not mention both apiVersion and kind is skipped too. Syntax errors
// are reported only for the files that remain.
func Parse(src model.Source) (docs []model.Document, errs []model.ParseError) {
	defer func() {
		if r := recover(); r != nil {
			errs = append(errs, model.ParseError{
				Range:   model.Range{File: src.Path, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}},
				Message: fmt.Sprintf("internal error while parsing YAML: %v", r),
			})
		}
	}()
	data := src.Data
	templated := bytes.Contains(data, []byte("{{"))
	if templated && (strings.HasPrefix(src.Path, "templates/") || strings.Contains(src.Path, "/templates/")) {
		return nil, nil
	}
	if !bytes.Contains(data, []byte("apiVersion")) || !bytes.Contains(data, []byte("kind")) {
		return nil, nil
	}
	t := newText(data)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if looksLikeJSON(data) {
				// The whole file again, as kubectl reads JSON.
				if jdocs, jerr := parseJSON(t, src.Path); jerr == nil {
					return jdocs, nil
				}
			}
			if templated {
				return nil, nil
			}
			// The decoder cannot resume after a syntax error.
			line, msg := syntaxError(err)
			errs = append(errs, model.ParseError{Range: t.lineRange(src.Path, line), Message: msg})
			break
		}
		if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
			continue
		}
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode || !mayBeObject(root) {
			continue
		}
		c := newConverter(t, src.Path, root)
		v, end, err := c.value(root, "", 0)
		if err != nil {
			if templated {
				return nil, nil
			}
			var ne *nodeError
			if errors.As(err, &ne) {
				errs = append(errs, c.parseError(ne))
			}
			continue
		}
		obj := v.(map[string]any)
		if !isObject(obj) {
			continue
		}
		c.spans[""] = c.rangeOf(c.start(root), end)
		docs = appendObject(docs, src.Path, obj, c.spans)
	}
	return docs, errs
}

var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError splits a yaml.v3 error into its line and message. Errors
// that yaml does not place on a line (bad encoding, control characters)
// go to line 1.
func syntaxError(err error) (int, string) {
	msg := err.Error()
	if m := yamlErrorLine.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n, m[2]
		}
	}
	return 1, strings.TrimPrefix(msg, "yaml: ")
}

func (c *converter) parseError(e *nodeError) model.ParseError {
	start := c.start(e.node)
	return model.ParseError{
		Range:   model.Range{File: c.file, Start: c.t.pos(start), End: c.t.pos(c.t.lineEnd(e.node.Line))},
		Message: e.msg,
	}
}

// mayBeObject is a cheap look at a root mapping before converting it: it
// rules out documents without apiVersion and kind keys, so that errors in
// documents that are not objects (and the work of converting them) are
// spared. A merge key could bring the two keys in, so it keeps those.
func mayBeObject(root *yaml.Node) bool {
	var api, kind bool
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		switch {
		case isMerge(k):
			return true
		case k.Value == "apiVersion":
			api = true
		case k.Value == "kind":
			kind = true
		}
	}
	return api && kind
}

// isObject reports whether a converted document is a Kubernetes object.
func isObject(m map[string]any) bool {
	_, api := m["apiVersion"].(string)
	_, kind := m["kind"].(string)
	return api && kind
}

// appendObject adds obj to docs, or, for a list kind, each of its items,
// with spans re-rooted so that "/spec" refers to the item's spec.
func appendObject(docs []model.Document, path string, obj map[string]any, spans map[string]model.Range) []model.Document {
	items, isList := obj["items"].([]any)
	if !isList || !strings.HasSuffix(obj["kind"].(string), "List") {
		return append(docs, model.Document{
			Kind:  model.KindKubernetes,
			Path:  path,
			Index: len(docs),
			Input: obj,
			Spans: spans,
		})
	}
	itemSpans := splitItemSpans(spans, len(items))
	for i, item := range items {
		m, ok := item.(map[string]any)
		if !ok || !isObject(m) {
			continue
		}
		s := itemSpans[i]
		if s == nil {
			s = make(map[string]model.Range)
		}
		if _, ok := s[""]; !ok {
			// Items reached through an alias have no span of their own.
			s[""] = spans[""]
		}
		docs = appendObject(docs, path, m, s)
	}
	return docs
}

// splitItemSpans distributes the spans under /items/N to one map per item
// in a single pass, keyed by the pointer below the item.
func splitItemSpans(spans map[string]model.Range, n int) []map[string]model.Range {
	out := make([]map[string]model.Range, n)
	const prefix = "/items/"
	for p, r := range spans {
		rest, ok := strings.CutPrefix(p, prefix)
		if !ok {
			continue
		}
		idx, sub, _ := strings.Cut(rest, "/")
		i, err := strconv.Atoi(idx)
		if err != nil || i < 0 || i >= n || strconv.Itoa(i) != idx {
			continue
		}
		if out[i] == nil {
			out[i] = make(map[string]model.Range)
		}
		if sub != "" {
			sub = "/" + sub
		}
		out[i][sub] = r
	}
	return out
}
