// Package text writes a report for people at a terminal: one block per
// finding with its location, severity, rule, message, source line and fix,
// then evaluation errors, then a one-line summary.
package text

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/platlint/platlint/internal/model"
)

// Options controls what the text report shows and how.
type Options struct {
	// Color adds ANSI colours: severities in red, yellow or cyan, source
	// lines and fixes dimmed. The caller decides, typically from whether
	// the output is a terminal and NO_COLOR.
	Color bool
	// ShowSuppressed lists suppressed findings too, each marked with the
	// justification of its suppression.
	ShowSuppressed bool
	// Quiet leaves out the summary, so a clean scan prints nothing at all.
	Quiet bool
}

// ANSI escape sequences; only written when Options.Color is set.
const (
	reset   = "\x1b[0m"
	bold    = "\x1b[1m"
	dim     = "\x1b[2m"
	red     = "\x1b[31m"
	boldRed = "\x1b[1;31m"
	yellow  = "\x1b[33m"
	cyan    = "\x1b[36m"
)

// Write writes rep as text to w: the findings in the report's order, then
// the evaluation errors, then a summary that counts unsuppressed findings.
func Write(w io.Writer, rep *model.Report, opts Options) error {
	p := &printer{w: w, opts: opts}
	rules := make(map[string]*model.Rule, len(rep.Rules)+1)
	parseError := model.ParseErrorRule()
	rules[parseError.ID] = &parseError
	for i := range rep.Rules {
		rules[rep.Rules[i].ID] = &rep.Rules[i]
	}

	var bySeverity [model.SeverityCritical + 1]int
	unsuppressed, suppressed := 0, 0
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppressed() {
			suppressed++
			if !opts.ShowSuppressed {
				continue
			}
		} else {
			unsuppressed++
			if f.Severity >= model.SeverityLow && f.Severity <= model.SeverityCritical {
				bySeverity[f.Severity]++
			}
		}
		p.finding(f, rules[f.RuleID])
	}

	for i, e := range rep.Errors {
		if i == 0 {
			p.separate()
		}
		p.printf("%s: %s", p.paint(red, "error"), clean(e.File))
		if e.RuleID != "" {
			p.printf(": %s", clean(e.RuleID))
		}
		p.printf(": %s\n", clean(e.Message))
	}

	if !opts.Quiet {
		p.separate()
		p.summary(unsuppressed, suppressed, bySeverity, rep.FilesScanned)
	}
	return p.err
}

// printer remembers the first write error, so that the layout code need not
// check every call.
type printer struct {
	w       io.Writer
	opts    Options
	err     error
	written bool // whether anything has been printed yet
}

// separate starts a new block: a blank line, unless the block is the first
// output, so that a quiet clean run prints nothing and no output ends on an
// empty line.
func (p *printer) separate() {
	if p.written {
		p.printf("\n")
	}
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
		p.written = true
	}
}

// paint wraps s in the colour code when colours are on.
func (p *printer) paint(code, s string) string {
	if !p.opts.Color {
		return s
	}
	return code + s + reset
}

// finding prints one block: the headline, then the source line and the fix
// when they are known.
func (p *printer) finding(f *model.Finding, rule *model.Rule) {
	p.separate()
	loc := clean(f.File)
	if f.StartLine > 0 {
		loc = fmt.Sprintf("%s:%d", loc, f.StartLine)
	}
	p.printf("%s: %s", p.paint(bold, loc), p.paint(severityColor(f.Severity), strings.ToUpper(f.Severity.String())))
	if f.Advisory {
		p.printf(" WARN")
	}
	p.printf(" %s %s", clean(f.RuleID), clean(f.Message))
	if s := f.Suppression; s != nil {
		if j := clean(s.Justification); j != "" {
			p.printf(" [suppressed: %s]", j)
		} else {
			p.printf(" [suppressed]")
		}
	}
	p.printf("\n")

	// Source lines are indented in the file; the indentation says nothing
	// once the line stands alone under the headline.
	if snippet := strings.TrimSpace(clean(f.Snippet)); snippet != "" {
		p.printf("    %s\n", p.paint(dim, fmt.Sprintf("%d | %s", f.StartLine, snippet)))
	}
	if rule != nil {
		if fix := strings.Join(strings.Fields(clean(rule.Remediation)), " "); fix != "" {
			p.printf("    %s\n", p.paint(dim, "fix: "+fix))
		}
	}
}

func (p *printer) summary(unsuppressed, suppressed int, bySeverity [model.SeverityCritical + 1]int, files int) {
	if unsuppressed == 0 {
		p.printf("No findings in %s", plural(files, "file"))
	} else {
		p.printf("%s (%d critical, %d high, %d medium, %d low) in %s",
			plural(unsuppressed, "finding"),
			bySeverity[model.SeverityCritical], bySeverity[model.SeverityHigh],
			bySeverity[model.SeverityMedium], bySeverity[model.SeverityLow],
			plural(files, "file"))
	}
	if suppressed > 0 {
		p.printf(", %d suppressed", suppressed)
	}
	p.printf(".\n")
}

func severityColor(s model.Severity) string {
	switch s {
	case model.SeverityCritical:
		return boldRed
	case model.SeverityHigh:
		return red
	case model.SeverityMedium:
		return yellow
	default:
		return cyan
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// clean makes s safe to print on one terminal line. Messages, snippets and
// paths come from scanned files and policies, so they may hold line breaks
// that would break the one-line layout, or escape sequences that would
// drive the terminal.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}
