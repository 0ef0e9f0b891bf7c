// Package suppress applies inline suppressions, written the same way in
// Terraform, YAML and Dockerfiles:
//
//	# platlint:ignore PL-TF-001,PL-TF-002 until=2027-01-31 -- public by design
//
// A comment applies to the line right below it (through a run of further
// comment lines), or, written after code, to its own line. A finding is
// silenced when the comment applies to the finding's line or to the start
// line of any node enclosing it: the resource or block, the container or
// object, the instruction or stage. After the until date the finding is
// reported again. A comment that silences nothing is itself reported, as a
// low-severity unused-suppression finding.
package suppress

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/platlint/platlint/internal/model"
)

// Directive is one platlint:ignore comment.
type Directive struct {
	File   string
	Line   int
	Rules  []string
	Until  time.Time // zero: no expiry
	Reason string
	// Trailing is true for a comment written after code on its line.
	Trailing bool
	// Err describes a malformed comment.
	Err string
}

var (
	marker    = []byte("platlint:ignore")
	directive = regexp.MustCompile(`(?:#|//)\s*platlint:ignore\b(.*)$`)
	ruleID    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
)

// Parse finds the directives in one file.
func Parse(src model.Source) []Directive {
	if !bytes.Contains(src.Data, marker) {
		return nil
	}
	var out []Directive
	for i, raw := range bytes.Split(src.Data, []byte("\n")) {
		if !bytes.Contains(raw, marker) {
			continue
		}
		line := strings.TrimRight(string(raw), "\r")
		m := directive.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		d := Directive{File: src.Path, Line: i + 1, Trailing: !isComment(line[:m[0]] + "#")}
		rest := line[m[2]:m[3]]
		if j := strings.Index(rest, "--"); j >= 0 {
			d.Reason = strings.TrimSpace(rest[j+2:])
			rest = rest[:j]
		}
		for _, field := range strings.Fields(strings.ReplaceAll(rest, ",", " ")) {
			if v, ok := strings.CutPrefix(field, "until="); ok {
				t, err := time.Parse("2006-01-02", v)
				if err != nil {
					d.Err = fmt.Sprintf("until=%s is not a date (want YYYY-MM-DD)", v)
					continue
				}
				d.Until = t
				continue
			}
			if !ruleID.MatchString(field) {
				d.Err = fmt.Sprintf("%q is not a rule id", field)
				continue
			}
			d.Rules = append(d.Rules, field)
		}
		if len(d.Rules) == 0 && d.Err == "" {
			d.Err = "names no rule"
		}
		out = append(out, d)
	}
	return out
}

// isComment reports whether a line holds only a comment (or is the prefix
// of a directive with nothing before it).
func isComment(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//")
}

// targets returns the lines a directive applies to.
func targets(d Directive, lines []string) []int {
	if d.Trailing {
		return []int{d.Line}
	}
	// The first line below the comment block the directive belongs to.
	for n := d.Line + 1; n <= len(lines); n++ {
		if !isComment(lines[n-1]) {
			return []int{n}
		}
	}
	return nil
}

// Apply marks the findings that directives in srcs silence, and appends an
// unused-suppression finding for each directive that silenced nothing (or
// is malformed). now decides expiry.
func Apply(srcs []model.Source, findings []model.Finding, now time.Time) []model.Finding {
	type applied struct {
		d    Directive
		used bool
	}
	var all []*applied
	byTarget := map[string]map[int][]*applied{}
	for _, src := range srcs {
		ds := Parse(src)
		if len(ds) == 0 {
			continue
		}
		lines := strings.Split(string(src.Data), "\n")
		for _, d := range ds {
			a := &applied{d: d}
			all = append(all, a)
			if d.Err != "" {
				continue
			}
			for _, t := range targets(d, lines) {
				if byTarget[src.Path] == nil {
					byTarget[src.Path] = map[int][]*applied{}
				}
				byTarget[src.Path][t] = append(byTarget[src.Path][t], a)
			}
		}
	}
	if len(all) == 0 {
		return findings
	}
	for i := range findings {
		f := &findings[i]
		if f.Suppressed() {
			continue
		}
		lines := append([]int{f.StartLine}, f.Anchors...)
		for _, line := range lines {
			for _, a := range byTarget[f.File][line] {
				if !slices.Contains(a.d.Rules, f.RuleID) {
					continue
				}
				a.used = true
				if !a.d.Until.IsZero() && now.After(a.d.Until.Add(24*time.Hour)) {
					continue // expired: report the finding again
				}
				f.Suppression = &model.Suppression{Kind: "inSource", Justification: a.d.Reason, File: a.d.File, Line: a.d.Line}
				break
			}
			if f.Suppressed() {
				break
			}
		}
	}
	rule := model.UnusedSuppressionRule()
	for _, a := range all {
		if a.used {
			continue
		}
		msg := fmt.Sprintf("platlint:ignore %s matches no finding here; remove it", strings.Join(a.d.Rules, ","))
		if a.d.Err != "" {
			msg = "malformed platlint:ignore comment: " + a.d.Err
		}
		findings = append(findings, model.Finding{
			RuleID:    rule.ID,
			Severity:  rule.Severity,
			Message:   msg,
			File:      a.d.File,
			StartLine: a.d.Line,
			EndLine:   a.d.Line,
		})
	}
	return findings
}
