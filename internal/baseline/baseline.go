// Package baseline records the findings a repository already has, so that
// a team can adopt platlint on a large codebase and gate only new problems.
// Findings are matched by fingerprint, which survives unrelated edits
// above them.
package baseline

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/platlint/platlint/internal/model"
)

// Version is the baseline file format version.
const Version = 1

// File is the JSON baseline.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding. Only the fingerprint matches; rule, file
// and message make the file reviewable.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Message     string `json:"message"`
}

// Write records every unsuppressed finding of rep in path.
func Write(path string, rep *model.Report) error {
	f := File{Version: Version, Findings: []Entry{}}
	for _, x := range rep.Findings {
		if x.Suppressed() || x.RuleID == model.UnusedSuppressionRuleID {
			continue
		}
		f.Findings = append(f.Findings, Entry{Fingerprint: x.Fingerprint, Rule: x.RuleID, File: x.File, Message: x.Message})
	}
	slices.SortFunc(f.Findings, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Load reads a baseline written by Write.
func Load(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", path, f.Version, Version)
	}
	set := make(map[string]bool, len(f.Findings))
	for _, e := range f.Findings {
		set[e.Fingerprint] = true
	}
	return set, nil
}

// Apply marks the findings recorded in the baseline as suppressed
// (external), so they neither fail the run nor show in text output, while
// SARIF still carries them as suppressed results.
func Apply(findings []model.Finding, known map[string]bool, path string) {
	for i := range findings {
		f := &findings[i]
		if !f.Suppressed() && known[f.Fingerprint] {
			f.Suppression = &model.Suppression{Kind: "external", Justification: "recorded in baseline " + path}
		}
	}
}
