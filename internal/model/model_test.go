package model

import (
	"encoding/json"
	"testing"
)

func TestPointerAndResolve(t *testing.T) {
	input := map[string]any{
		"resource": map[string]any{"aws_s3_bucket": map[string]any{"a/b~c": map[string]any{"acl": "private"}}},
		"list":     []any{"x", map[string]any{"n": json.Number("1")}},
	}
	tests := []struct {
		segments []any
		pointer  string
		want     any
		found    bool
	}{
		{[]any{"resource", "aws_s3_bucket", "a/b~c", "acl"}, "/resource/aws_s3_bucket/a~1b~0c/acl", "private", true},
		{[]any{"list", 1, "n"}, "/list/1/n", json.Number("1"), true},
		{[]any{"list", 2}, "/list/2", nil, false},
		{[]any{"list", "x"}, "/list/x", nil, false},
		{[]any{"missing"}, "/missing", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.pointer, func(t *testing.T) {
			if p := Pointer(tc.segments...); p != tc.pointer {
				t.Fatalf("Pointer = %q, want %q", p, tc.pointer)
			}
			got, ok := Resolve(input, tc.pointer)
			if ok != tc.found || got != tc.want {
				t.Fatalf("Resolve = %v, %v; want %v, %v", got, ok, tc.want, tc.found)
			}
		})
	}
}

func TestLocateFallsBackToTheNearestAncestor(t *testing.T) {
	doc := Document{Path: "main.tf", Spans: map[string]Range{
		"":                          {File: "main.tf", Start: Pos{1, 1}},
		"/resource/aws_s3_bucket/a": {File: "b.tf", Start: Pos{3, 1}, End: Pos{9, 2}},
	}}
	r, matched, ok := doc.Locate("/resource/aws_s3_bucket/a/versioning/0/enabled")
	if !ok || matched != "/resource/aws_s3_bucket/a" || r.File != "b.tf" || r.Start.Line != 3 {
		t.Fatalf("got %+v %q %v", r, matched, ok)
	}
	r, matched, ok = doc.Locate("/data/x")
	if !ok || matched != "" || r.Start.Line != 1 {
		t.Fatalf("root fallback: got %+v %q %v", r, matched, ok)
	}
	if _, _, ok := (&Document{Path: "x"}).Locate("/a"); ok {
		t.Fatal("a document without spans cannot locate anything")
	}
}

func TestCheckInput(t *testing.T) {
	if err := CheckInput(map[string]any{"a": []any{"s", true, nil, json.Number("2")}}); err != nil {
		t.Fatal(err)
	}
	if err := CheckInput(map[string]any{"a": []any{1.5}}); err == nil || err.Error() != "/a/0: value of type float64" {
		t.Fatalf("want the float64 at /a/0 reported, got %v", err)
	}
}

func TestSeverity(t *testing.T) {
	for _, name := range []string{"low", "medium", "high", "critical"} {
		s, err := ParseSeverity(name)
		if err != nil || s.String() != name {
			t.Fatalf("%s: %v %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("severe"); err == nil {
		t.Fatal("unknown severity accepted")
	}
	if !(SeverityLow < SeverityMedium && SeverityHigh < SeverityCritical) {
		t.Fatal("severities out of order")
	}
}
