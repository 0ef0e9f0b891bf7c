package json

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/reporttest"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		golden string
		rep    *model.Report
	}{
		{"report.json", reporttest.Report()},
		{"clean.json", reporttest.Empty()},
		{"zero.json", &model.Report{}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.golden, ".json"), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.rep, Options{}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, tt.golden, buf.Bytes())
		})
	}
}

// TestDocumentedTypes decodes the output strictly into the documented types
// and checks every member is present, so the types, the doc comment and the
// output cannot drift apart.
func TestDocumentedTypes(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, reporttest.Report(), Options{}); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.DisallowUnknownFields()
	var doc Document
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("output does not decode into Document: %v", err)
	}
	if doc.Version != SchemaVersion || doc.Tool.Name != "platlint" || doc.Tool.Version != "1.4.0" {
		t.Errorf("header = %q %+v", doc.Version, doc.Tool)
	}
	wantSummary := Summary{Files: 5, Findings: 7, BySeverity: BySeverity{Critical: 2, High: 3, Medium: 0, Low: 2}, Suppressed: 2}
	if doc.Summary != wantSummary {
		t.Errorf("summary = %+v, want %+v", doc.Summary, wantSummary)
	}

	var raw struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	want := []string{"rule", "severity", "title", "message", "file", "start_line", "end_line",
		"start_column", "end_column", "resource", "advisory", "fingerprint", "suppression"}
	for i, f := range raw.Findings {
		for _, k := range want {
			if _, ok := f[k]; !ok {
				t.Errorf("finding %d has no %q member", i, k)
			}
		}
	}
}

func TestArraysNeverNull(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, &model.Report{}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"findings": []`, `"errors": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output of an empty report lacks %s:\n%s", want, buf.String())
		}
	}
	if !strings.HasSuffix(buf.String(), "}\n") {
		t.Error("output does not end in a newline")
	}
}

func TestTitles(t *testing.T) {
	doc := newDocument(reporttest.Report())
	got := map[string]string{}
	for _, f := range doc.Findings {
		got[f.Rule] = f.Title
	}
	want := map[string]string{
		"parse-error": model.ParseErrorRule().Title,
		"PL-TF-001":   "S3 bucket made public by ACL",
		"ACME-001":    "Resources carry an owner tag",
	}
	for id, title := range want {
		if got[id] != title {
			t.Errorf("title of %s = %q, want %q", id, got[id], title)
		}
	}
	if i := slices.IndexFunc(doc.Findings, func(f Finding) bool { return f.Suppression != nil && f.Suppression.Kind == "inSource" }); i < 0 {
		t.Error("no inSource suppression in the document")
	}
}

func TestDeterministic(t *testing.T) {
	var first bytes.Buffer
	if err := Write(&first, reporttest.Report(), Options{}); err != nil {
		t.Fatal(err)
	}
	for range 10 {
		var again bytes.Buffer
		if err := Write(&again, reporttest.Report(), Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Fatal("two writes of the same report differ")
		}
	}
}
