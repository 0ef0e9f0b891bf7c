package kubernetes

import (
	"encoding/json"
	"reflect"
	"testing"

	sigsyaml "sigs.k8s.io/yaml"

	"github.com/platlint/platlint/internal/model"
)

// kubectlDecode decodes one YAML document the way kubectl does.
func kubectlDecode(data []byte) (map[string]any, error) {
	var out map[string]any
	err := sigsyaml.Unmarshal(data, &out, func(d *json.Decoder) *json.Decoder {
		d.UseNumber()
		return d
	})
	return out, err
}

// TestMatchesSigsYAML checks that the values Parse derives from yaml.v3
// nodes are the ones sigs.k8s.io/yaml, and so kubectl, decodes.
func TestMatchesSigsYAML(t *testing.T) {
	const head = "apiVersion: v1\nkind: Test\n"
	tests := []struct {
		name, body string
	}{
		{"quoted number", `v: "123"`},
		{"single quoted hex", `v: '0x1F'`},
		{"on", `v: on`},
		{"Off", `v: Off`},
		{"yes", `v: yes`},
		{"No", `v: No`},
		{"y", `v: y`},
		{"n", `v: n`},
		{"mixed case true", `v: tRue`},
		{"TRUE", `v: TRUE`},
		{"tilde", `v: ~`},
		{"null words", "a: null\nb: Null\nc: NULL\nd: nULL"},
		{"empty", `v:`},
		{"hex", `v: 0x1F`},
		{"negative hex", `v: -0x1F`},
		{"octal 0o", `v: 0o17`},
		{"octal leading zero", `v: 0777`},
		{"not octal", `v: 0778`},
		{"binary", `v: 0b101`},
		{"negative binary", `v: -0b101`},
		{"underscores", `v: 1_000_000`},
		{"plus sign", `v: +12`},
		{"negative zero", `v: -0`},
		{"negative zero float", `v: -0.0`},
		{"exponent", `v: 1e3`},
		{"exponent plus", `v: 1E+3`},
		{"small float", `v: 1.5e-7`},
		{"big float", `v: 1e21`},
		{"float", `v: 3.14159`},
		{"float trailing dot", `v: 1.`},
		{"float leading dot", `v: .5`},
		{"negative leading dot", `v: -.5`},
		{"float that is integral", `v: 3.0`},
		{"uint64", `v: 12345678901234567890`},
		{"beyond uint64", `v: 123456789012345678901234`},
		{"max int64", `v: 9223372036854775807`},
		{"min int64", `v: -9223372036854775808`},
		{"sexagesimal", `v: 1:20`},
		{"time of day", `v: 12:30:00`},
		{"date", `v: 2001-12-14`},
		{"timestamp", `v: 2001-12-14t21:59:43.10-05:00`},
		{"timestamp with space", `v: 2001-12-14 21:59:43.10`},
		{"not a timestamp", `v: 2001-12-14 21:59:43.10 -5`},
		{"version string", `v: 1.2.3`},
		{"port mapping", `v: 8080:80`},
		{"dot", `v: .`},
		{"explicit str", `v: !!str 12`},
		{"explicit int quoted", `v: !!int "12"`},
		{"explicit float from int", `v: !!float 1`},
		{"explicit bool", `v: !!bool yes`},
		{"explicit null", `v: !!null ""`},
		{"explicit timestamp", `v: !!timestamp 2001-12-14`},
		{"binary tag", `v: !!binary aGVsbG8=`},
		{"binary tag invalid utf8", `v: !!binary /w==`},
		{"non-specific tag", `v: ! 12`},
		{"non-specific tag bool", `v: ! true`},
		{"non-specific tag after anchor", `v: &a ! 12`},
		{"custom tag", `v: !custom 12`},
		{"verbatim tag", `v: !<tag:yaml.org,2002:str> 12`},
		{"literal block", "v: |\n  12\n  on\n"},
		{"folded strip", "v: >-\n  folded\n  text\n\n  para\n"},
		{"keep", "v: |+\n  kept\n\n"},
		{"double quoted escapes", `v: "tab\there \u00e9 \x41"`},
		{"multi-line plain", "v: first\n  second\n\n  third"},
		{"anchor and alias", "a: &x {b: 1, c: [yes, '2']}\nd: *x"},
		{"alias of scalar", "a: &p 8080\nb: *p"},
		{"merge key", "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3"},
		{"merge after explicit key", "base: &b {x: 1, y: 2}\nm:\n  x: 0\n  <<: *b"},
		{"merge list precedence", "a: &a {x: a1, y: a2}\nb: &b {x: b1, z: b3}\nm:\n  <<: [*a, *b]"},
		{"merge inline map", "m:\n  <<: {x: 1}\n  y: 2"},
		{"quoted merge key is a key", `m: {"<<": 1}`},
		{"int key", "m: {1: a, 0x10: b}"},
		{"bool keys", "m: {true: a, no: b, on: c}"},
		{"float keys", "m: {1.5: a, 1e3: b, 0.1: c}"},
		{"infinite key", "m: {.inf: a, -.Inf: b, .nan: c}"},
		{"timestamp key", "m: {2001-01-01: a}"},
		{"duplicate keys", "m:\n  a: 1\n  a: 2"},
		{"empty collections", "a: {}\nb: []\nc: [[]]"},
		{"nulls in sequence", "a: [~, null, ]\nb:\n- \n- x"},
		{"flow in block", "a: [1, {b: [c, d]}, 'e']"},
		{"json document", `{"apiVersion": "v1", "kind": "Test", "n": 1.0, "b": false, "z": null, "e": 1E2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(head + tt.body + "\n")
			if tt.body[0] == '{' {
				data = []byte(tt.body)
			}
			want, err := kubectlDecode(data)
			if err != nil {
				t.Fatalf("sigs.k8s.io/yaml: %v", err)
			}
			docs, errs := Parse(model.Source{Path: "t.yaml", Data: data})
			if len(errs) > 0 {
				t.Fatalf("Parse errors: %v", errs)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if !reflect.DeepEqual(docs[0].Input, want) {
				t.Errorf("Parse input differs from sigs.k8s.io/yaml\n got: %#v\nwant: %#v", docs[0].Input, want)
			}
		})
	}
}

// TestRejectsLikeSigsYAML checks that what kubectl cannot decode is a
// parse error, at the line of the offending node.
func TestRejectsLikeSigsYAML(t *testing.T) {
	const head = "apiVersion: v1\nkind: Test\n"
	tests := []struct {
		name, body string
		line       int
	}{
		{"infinity", "a: 1\nv: .inf", 4},
		{"nan in sequence", "v:\n- 1\n- .nan", 5},
		{"null key", "m:\n  ~: a", 4},
		{"sequence key", "m:\n  ? [a]\n  : b", 4},
		{"bad int tag", "v: !!int abc", 3},
		{"bad bool tag", "v: !!bool 1", 3},
		{"bad base64", "v: !!binary '@@@'", 3},
		{"merge of scalar", "s: &s x\nm:\n  <<: *s", 5},
		{"merge of sequence of scalars", "m:\n  <<: [a]", 4},
		{"uint64 key", "m: {18446744073709551615: a}", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(head + tt.body + "\n")
			if _, err := kubectlDecode(data); err == nil {
				t.Fatalf("sigs.k8s.io/yaml accepts %q; the case is wrong", tt.body)
			}
			docs, errs := Parse(model.Source{Path: "t.yaml", Data: data})
			if len(docs) != 0 {
				t.Errorf("got %d documents, want none", len(docs))
			}
			if len(errs) != 1 {
				t.Fatalf("got errors %v, want one", errs)
			}
			if got := errs[0].Range.Start.Line; got != tt.line {
				t.Errorf("error %q at line %d, want %d", errs[0].Message, got, tt.line)
			}
		})
	}
}
