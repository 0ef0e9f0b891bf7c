package scan

import (
	"io/fs"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

func fingerprinted(src string, fs ...model.Finding) []model.Finding {
	annotate([]model.Source{{Path: "f", Data: []byte(src)}}, fs)
	return fs
}

// Fingerprints identify what a finding is about, not where: moving the
// offending line keeps it, editing the line changes it, and two identical
// findings get different ones.
func TestFingerprints(t *testing.T) {
	base := fingerprinted("FROM alpine\nUSER root\n",
		model.Finding{RuleID: "PL-DF-002", File: "f", StartLine: 2, Resource: "final stage (line 1)"})
	moved := fingerprinted("# a comment\n\nFROM alpine\nUSER root\n",
		model.Finding{RuleID: "PL-DF-002", File: "f", StartLine: 4, Resource: "final stage (line 3)"})
	edited := fingerprinted("FROM alpine\nUSER  0\n",
		model.Finding{RuleID: "PL-DF-002", File: "f", StartLine: 2, Resource: "final stage (line 1)"})
	if base[0].Fingerprint == "" || base[0].Fingerprint != moved[0].Fingerprint {
		t.Fatalf("a line move changed the fingerprint: %s vs %s", base[0].Fingerprint, moved[0].Fingerprint)
	}
	if base[0].Fingerprint == edited[0].Fingerprint {
		t.Fatal("editing the offending line kept the fingerprint")
	}
	if base[0].Snippet != "USER root" {
		t.Fatalf("snippet %q", base[0].Snippet)
	}
	twins := fingerprinted("a\n", model.Finding{RuleID: "R", File: "f", StartLine: 1}, model.Finding{RuleID: "R", File: "f", StartLine: 1})
	if twins[0].Fingerprint == twins[1].Fingerprint {
		t.Fatal("identical findings share a fingerprint")
	}
}

// A file that disappears between discovery and reading is reported, not
// fatal.
func TestUnreadableFileIsAFinding(t *testing.T) {
	f := unreadable("gone.tf", &fs.PathError{Op: "open", Path: "/x/gone.tf", Err: fs.ErrNotExist})
	if f.RuleID != model.ParseErrorRuleID || f.File != "gone.tf" || f.StartLine != 1 || f.Message != "cannot read the file: file does not exist" {
		t.Fatalf("got %+v", f)
	}
}
