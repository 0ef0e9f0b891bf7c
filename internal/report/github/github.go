// Package github writes a report as GitHub Actions workflow commands, which
// the runner turns into annotations on the pull request diff and the job
// summary:
//
//	::error file=terraform/main.tf,line=12,endLine=12,col=3,endColumn=25,title=PL-TF-001%3A S3 bucket made public by ACL::aws_s3_bucket_acl.logs ...
//
// Critical and high findings become errors, medium ones warnings, low and
// advisory ones notices. Suppressed findings are left out. Values are
// escaped exactly as GitHub's @actions/core toolkit escapes them, so that a
// message can never end its command early or start a new one.
package github

import (
	"io"
	"strconv"
	"strings"

	"github.com/platlint/platlint/internal/model"
)

// Options controls the workflow commands. There is nothing to set yet.
type Options struct{}

// Write writes one workflow command per unsuppressed finding of rep to w,
// then one ::error command per evaluation error.
func Write(w io.Writer, rep *model.Report, _ Options) error {
	titles := make(map[string]string, len(rep.Rules)+1)
	titles[model.ParseErrorRuleID] = model.ParseErrorRule().Title
	for _, r := range rep.Rules {
		titles[r.ID] = r.Title
	}

	var b strings.Builder
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppressed() {
			continue
		}
		title := f.RuleID
		if t := titles[f.RuleID]; t != "" {
			title += ": " + t
		}
		props := []property{{"file", f.File}}
		if f.StartLine > 0 {
			props = append(props, property{"line", strconv.Itoa(f.StartLine)})
			if f.EndLine >= f.StartLine {
				props = append(props, property{"endLine", strconv.Itoa(f.EndLine)})
			}
			if f.StartCol > 0 {
				props = append(props, property{"col", strconv.Itoa(f.StartCol)})
			}
			// An empty or inverted span on one line would mark nothing.
			if f.EndCol > 0 && (f.EndLine > f.StartLine || f.EndCol > f.StartCol) {
				props = append(props, property{"endColumn", strconv.Itoa(f.EndCol)})
			}
		}
		props = append(props, property{"title", title})
		writeCommand(&b, command(f), props, f.Message)
	}
	for _, e := range rep.Errors {
		title := "policy evaluation failed"
		if e.RuleID != "" {
			title = e.RuleID + ": " + title
		}
		writeCommand(&b, "error", []property{{"file", e.File}, {"title", title}}, e.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// command is the workflow command for a finding. Advisory findings never
// fail a run, so they are notices whatever their severity.
func command(f *model.Finding) string {
	switch {
	case f.Advisory || f.Severity <= model.SeverityLow:
		return "notice"
	case f.Severity == model.SeverityMedium:
		return "warning"
	default:
		return "error"
	}
}

type property struct{ key, value string }

// writeCommand writes "::name key=value,key=value::message" and a newline.
// Like the toolkit, it leaves out properties whose value is empty.
func writeCommand(b *strings.Builder, name string, props []property, message string) {
	b.WriteString("::")
	b.WriteString(name)
	sep := " "
	for _, p := range props {
		if p.value == "" {
			continue
		}
		b.WriteString(sep)
		b.WriteString(p.key)
		b.WriteByte('=')
		b.WriteString(escapeProperty(p.value))
		sep = ","
	}
	b.WriteString("::")
	b.WriteString(escapeData(message))
	b.WriteByte('\n')
}

// The escapes of @actions/core's command.ts. The runner undoes them. "%"
// comes first in the toolkit's chain of replacements so that the others are
// not escaped twice; a Replacer makes one pass and gets the same result.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes a command's message, which runs to the end of the line.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value, which also ends at "," (the next
// property) or ":" (the "::" before the message).
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
