package json

import (
	"encoding/json"
	"io"

	"github.com/platlint/platlint/internal/model"
)

// SchemaVersion is the version of the document format that Write produces.
const SchemaVersion = "1"

// Options controls the JSON report. There is nothing to set yet: the
// document always holds everything, so that its shape never depends on how
// platlint was called.
type Options struct{}

// Document is the JSON report, the top-level object.
type Document struct {
	// Version is the schema version, SchemaVersion.
	Version string `json:"version"`
	// Tool names the program that wrote the document.
	Tool Tool `json:"tool"`
	// Summary counts what the scan found.
	Summary Summary `json:"summary"`
	// Findings lists every finding, suppressed ones included.
	Findings []Finding `json:"findings"`
	// Errors lists the policies that failed to evaluate on a document.
	Errors []Error `json:"errors"`
}

// Tool names the program that wrote the document.
type Tool struct {
	// Name is always "platlint".
	Name string `json:"name"`
	// Version is platlint's version, or "" when it is not known.
	Version string `json:"version"`
}

// Summary counts what the scan found.
type Summary struct {
	// Files is the number of files scanned.
	Files int `json:"files"`
	// Findings is the number of unsuppressed findings, advisory ones
	// included.
	Findings int `json:"findings"`
	// BySeverity splits Findings by severity.
	BySeverity BySeverity `json:"by_severity"`
	// Suppressed is the number of suppressed findings.
	Suppressed int `json:"suppressed"`
}

// BySeverity counts unsuppressed findings per severity.
type BySeverity struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
}

// Finding is one policy violation, or one file that could not be parsed.
type Finding struct {
	// Rule is the rule id, e.g. "PL-TF-001", or "parse-error".
	Rule string `json:"rule"`
	// Severity is "critical", "high", "medium" or "low".
	Severity string `json:"severity"`
	// Title is the rule's one-line title, or "" for a rule the report does
	// not describe.
	Title string `json:"title"`
	// Message says what is wrong with this resource.
	Message string `json:"message"`
	// File is the path relative to the scanned directory, with forward
	// slashes.
	File string `json:"file"`
	// StartLine and EndLine are the 1-based lines of the offending source.
	StartLine int `json:"start_line"`
	EndLine   int `json:"end_line"`
	// StartColumn and EndColumn are 1-based columns, 0 when not known.
	// EndColumn is the column just after the last character.
	StartColumn int `json:"start_column"`
	EndColumn   int `json:"end_column"`
	// Resource names the thing that is wrong, e.g. "aws_s3_bucket.logs" or
	// `Deployment prod/web container "api"`; "" when the finding is about
	// the file as a whole.
	Resource string `json:"resource"`
	// Advisory is true for warnings that never fail a run.
	Advisory bool `json:"advisory"`
	// Fingerprint identifies the finding across runs, even when the lines
	// around it move.
	Fingerprint string `json:"fingerprint"`
	// Suppression says why the finding does not count; null when it does.
	Suppression *Suppression `json:"suppression"`
}

// Suppression says why a finding does not count.
type Suppression struct {
	// Kind is "inSource" for an inline comment, "external" for the
	// configuration file or a baseline.
	Kind string `json:"kind"`
	// Justification is the reason given, or "".
	Justification string `json:"justification"`
}

// Error is a policy that failed to evaluate on one document. The scan went
// on, but that policy did not check that document.
type Error struct {
	// Rule is the rule id, or "" when the failure is not tied to one rule.
	Rule string `json:"rule"`
	// File is the document's path: a file, or a Terraform module directory.
	File string `json:"file"`
	// Message is the evaluation error.
	Message string `json:"message"`
}

// Write writes rep to w as a Document, indented by two spaces and ending in
// a newline.
func Write(w io.Writer, rep *model.Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Messages and snippets quote source code; "<" and "&" should read as
	// themselves, not as \u003c.
	enc.SetEscapeHTML(false)
	return enc.Encode(newDocument(rep))
}

// newDocument converts rep to the document that Write encodes.
func newDocument(rep *model.Report) *Document {
	titles := make(map[string]string, len(rep.Rules)+1)
	titles[model.ParseErrorRuleID] = model.ParseErrorRule().Title
	for _, r := range rep.Rules {
		titles[r.ID] = r.Title
	}

	doc := &Document{
		Version:  SchemaVersion,
		Tool:     Tool{Name: "platlint", Version: rep.Version},
		Summary:  Summary{Files: rep.FilesScanned},
		Findings: make([]Finding, 0, len(rep.Findings)),
		Errors:   make([]Error, 0, len(rep.Errors)),
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		out := Finding{
			Rule:        f.RuleID,
			Severity:    f.Severity.String(),
			Title:       titles[f.RuleID],
			Message:     f.Message,
			File:        f.File,
			StartLine:   f.StartLine,
			EndLine:     f.EndLine,
			StartColumn: f.StartCol,
			EndColumn:   f.EndCol,
			Resource:    f.Resource,
			Advisory:    f.Advisory,
			Fingerprint: f.Fingerprint,
		}
		if s := f.Suppression; s != nil {
			out.Suppression = &Suppression{Kind: s.Kind, Justification: s.Justification}
			doc.Summary.Suppressed++
		} else {
			doc.Summary.Findings++
			switch f.Severity {
			case model.SeverityCritical:
				doc.Summary.BySeverity.Critical++
			case model.SeverityHigh:
				doc.Summary.BySeverity.High++
			case model.SeverityMedium:
				doc.Summary.BySeverity.Medium++
			case model.SeverityLow:
				doc.Summary.BySeverity.Low++
			}
		}
		doc.Findings = append(doc.Findings, out)
	}
	for _, e := range rep.Errors {
		doc.Errors = append(doc.Errors, Error{Rule: e.RuleID, File: e.File, Message: e.Message})
	}
	return doc
}
