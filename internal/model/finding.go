package model

import (
	"cmp"
	"slices"
)

// Finding is one policy result resolved to a place in the source.
type Finding struct {
	RuleID   string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// File is slash-separated and relative to the scan root.
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	StartCol  int    `json:"start_column,omitempty"`
	EndCol    int    `json:"end_column,omitempty"`
	// Resource names what is wrong: "aws_s3_bucket.logs",
	// `Deployment prod/web container "api"`, "final stage (line 12)".
	Resource string `json:"resource,omitempty"`
	// Advisory is true for results of a policy's warn rule: reported, but
	// never failing the run.
	Advisory bool `json:"advisory,omitempty"`
	// Snippet is the source line at StartLine, without its line break.
	Snippet string `json:"-"`
	// Fingerprint identifies the finding across runs and line moves.
	Fingerprint string `json:"fingerprint"`
	// Pointer is the JSON pointer into the document that the finding blames.
	Pointer string `json:"-"`
	// Anchors are the start lines, in File, of the blamed node and of every
	// node enclosing it (attribute, block, resource; field, container,
	// object; instruction, stage). An inline suppression above any of them
	// applies, so "missing X" findings can be silenced at the resource.
	Anchors []int `json:"-"`
	// Suppression is set when an inline ignore, a config rule ignore or a
	// baseline silenced the finding.
	Suppression *Suppression `json:"suppression,omitempty"`
}

// Suppression records why a finding is not a failure.
type Suppression struct {
	// Kind is "inSource" for inline comments, "external" for config and
	// baselines, as SARIF names them.
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
	// File and Line locate an inline suppression comment.
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
}

// Suppressed reports whether the finding has been silenced.
func (f *Finding) Suppressed() bool { return f.Suppression != nil }

// EvalError is a policy that failed at run time on one document. It does not
// stop the scan; every report format shows it.
type EvalError struct {
	RuleID  string `json:"rule,omitempty"`
	File    string `json:"file"`
	Message string `json:"message"`
}

// Report is everything a scan produced, ready for a report writer.
type Report struct {
	// Root is the directory that file paths are relative to.
	Root         string      `json:"-"`
	Version      string      `json:"-"`
	Rules        []Rule      `json:"-"`
	Findings     []Finding   `json:"findings"`
	Errors       []EvalError `json:"errors,omitempty"`
	FilesScanned int         `json:"files_scanned"`
}

// CompareFindings orders findings by file, line, column, rule and message,
// the one order every report writes.
func CompareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.StartLine, b.StartLine),
		cmp.Compare(a.StartCol, b.StartCol),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.Resource, b.Resource),
	)
}

// Sort puts findings, rules and errors into their deterministic order.
func (r *Report) Sort() {
	slices.SortStableFunc(r.Findings, CompareFindings)
	slices.SortStableFunc(r.Rules, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(r.Errors, func(a, b EvalError) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.RuleID, b.RuleID), cmp.Compare(a.Message, b.Message))
	})
}

// Rule returns the rule with the given id.
func (r *Report) Rule(id string) (Rule, bool) {
	for _, rule := range r.Rules {
		if rule.ID == id {
			return rule, true
		}
	}
	return Rule{}, false
}

// Failing counts the findings that fail a run at the given threshold:
// not advisory, not suppressed, and at least that severe.
func (r *Report) Failing(threshold Severity) int {
	n := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if !f.Advisory && !f.Suppressed() && f.Severity >= threshold {
			n++
		}
	}
	return n
}
