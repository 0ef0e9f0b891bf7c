package model

import (
	"fmt"
	"strings"
)

// Severity orders findings; the zero value is not a valid severity.
type Severity int

// Severities from least to most serious.
const (
	SeverityLow Severity = iota + 1
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = map[Severity]string{
	SeverityLow:      "low",
	SeverityMedium:   "medium",
	SeverityHigh:     "high",
	SeverityCritical: "critical",
}

// String returns the lowercase name used in METADATA, flags and reports.
func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText writes the lowercase name, so JSON reports carry "high".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads low, medium, high or critical (any case).
func ParseSeverity(name string) (Severity, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for s, sn := range severityNames {
		if sn == n {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", name)
}

// ParseErrorRuleID is the reserved rule for files that cannot be parsed.
const ParseErrorRuleID = "parse-error"

// Rule is one check of the catalog, bundled or custom, built from the
// METADATA annotations of its Rego package.
type Rule struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description,omitempty"`
	// Rationale says why the severity is what it is.
	Rationale   string   `json:"rationale,omitempty"`
	Remediation string   `json:"remediation,omitempty"`
	References  []string `json:"references,omitempty"`
	Input       Kind     `json:"input"`
	// Resources lists the resource types or object kinds the rule applies to.
	Resources []string `json:"resources,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	// Package is the Rego package path, e.g. "platlint.terraform.s3_public_acl".
	Package string `json:"package"`
	// Custom is true for rules loaded with --policy rather than bundled.
	Custom bool `json:"custom,omitempty"`
	// Source is the file that declares the rule.
	Source string `json:"-"`
}

// ParseErrorRule describes the reserved parse-error rule so that reports can
// list it beside the catalog.
func ParseErrorRule() Rule {
	return Rule{
		ID:          ParseErrorRuleID,
		Title:       "File could not be parsed",
		Severity:    SeverityHigh,
		Description: "platlint could not parse this file, so no policy checked it.",
		Remediation: "Fix the syntax error at the reported line; the file is not checked until it parses.",
	}
}

// UnusedSuppressionRuleID is the reserved rule for inline suppressions that
// silence nothing, so that stale ignores do not pile up.
const UnusedSuppressionRuleID = "unused-suppression"

// UnusedSuppressionRule describes the reserved unused-suppression rule.
func UnusedSuppressionRule() Rule {
	return Rule{
		ID:          UnusedSuppressionRuleID,
		Title:       "Suppression matches no finding",
		Severity:    SeverityLow,
		Description: "A platlint:ignore comment names a rule that reports nothing where the comment applies, or the comment is malformed.",
		Remediation: "Remove the comment, or fix the rule id it names.",
	}
}

// ReservedRules are the rules the scanner itself reports, listed in reports
// beside the policy catalog.
func ReservedRules() []Rule { return []Rule{ParseErrorRule(), UnusedSuppressionRule()} }
