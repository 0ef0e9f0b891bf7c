// Package model holds the plain data that flows through platlint: parsed
// documents with their source ranges, rules, findings and reports. It has no
// behaviour beyond small lookups and imports nothing of platlint's own.
package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Kind is the language of a document, and the input kind a policy checks.
type Kind string

// The document kinds platlint understands.
const (
	KindTerraform  Kind = "terraform"
	KindKubernetes Kind = "kubernetes"
	KindDockerfile Kind = "dockerfile"
)

// Kinds lists every kind in a fixed order.
var Kinds = []Kind{KindTerraform, KindKubernetes, KindDockerfile}

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown input kind %q (want terraform, kubernetes or dockerfile)", s)
}

// Pos is a 1-based line and column, as hcl.Pos and yaml.Node count them.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Range is a span of source text in one file. File is slash-separated and
// relative to the scan root.
type Range struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// Document is one unit that policies evaluate: a Terraform module directory,
// one Kubernetes object, or one Dockerfile.
type Document struct {
	Kind Kind
	// Path is the file (Kubernetes, Dockerfile) or module directory
	// (Terraform) the document came from, relative to the scan root.
	Path string
	// Index is the position of the object in a multi-document YAML file.
	Index int
	// Input is exactly what policies see as `input`.
	Input map[string]any
	// Spans maps a JSON pointer into Input ("/spec/containers/0/image") to
	// the source range of that node. The empty pointer is the whole document.
	Spans map[string]Range
}

// Pointer builds a JSON pointer (RFC 6901) from path segments.
func Pointer(segments ...any) string {
	var b strings.Builder
	for _, s := range segments {
		b.WriteByte('/')
		switch v := s.(type) {
		case string:
			b.WriteString(escapePointer(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			b.WriteString(escapePointer(fmt.Sprint(v)))
		}
	}
	return b.String()
}

// Child extends the pointer p with one more segment.
func Child(p string, segment any) string { return p + Pointer(segment) }

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return pointerEscaper.Replace(s)
}

// Locate returns the range of the most specific node on the way to the
// pointer p: p itself if it has a span, else its longest ancestor that has
// one, else the whole document. ok is false when nothing matched at all.
func (d *Document) Locate(p string) (r Range, matched string, ok bool) {
	for {
		if r, ok := d.Spans[p]; ok {
			return r, p, true
		}
		if p == "" {
			return Range{File: d.Path, Start: Pos{1, 1}, End: Pos{1, 1}}, "", false
		}
		i := strings.LastIndexByte(p, '/')
		p = p[:i]
	}
}

var pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")

// Resolve returns the node of v that the JSON pointer p names.
func Resolve(v any, p string) (any, bool) {
	if p == "" {
		return v, true
	}
	if p[0] != '/' {
		return nil, false
	}
	for _, seg := range strings.Split(p[1:], "/") {
		seg = pointerUnescaper.Replace(seg)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[seg]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// CheckInput reports the first value below v whose type is outside the
// Input contract (map[string]any, []any, string, bool, nil, json.Number),
// with its pointer. Parsers' tests hold every document to it.
func CheckInput(v any) error {
	return checkInput("", v)
}

func checkInput(p string, v any) error {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if err := checkInput(Child(p, k), e); err != nil {
				return err
			}
		}
	case []any:
		for i, e := range x {
			if err := checkInput(Child(p, i), e); err != nil {
				return err
			}
		}
	case string, bool, nil, json.Number:
	default:
		return fmt.Errorf("%s: value of type %T", p, v)
	}
	return nil
}
