package scan

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/platlint/platlint/internal/model"
)

// annotate fills each finding's snippet and fingerprint from the unit's
// sources, and sorts the findings.
func annotate(srcs []model.Source, findings []model.Finding) {
	lines := map[string][][]byte{}
	for _, s := range srcs {
		lines[s.Path] = bytes.Split(s.Data, []byte("\n"))
	}
	for i := range findings {
		f := &findings[i]
		if ls := lines[f.File]; f.StartLine >= 1 && f.StartLine <= len(ls) {
			f.Snippet = strings.TrimRight(string(ls[f.StartLine-1]), "\r")
		}
	}
	slices.SortStableFunc(findings, model.CompareFindings)
	fingerprint(findings)
}

// lineRef matches the line numbers that some resource names carry, such as
// "final stage (line 12)".
var lineRef = regexp.MustCompile(`\(line \d+\)`)

// fingerprint gives each finding a hash of what it is about rather than
// where it is: rule, file, resource and the blamed source line's text, plus
// an ordinal among findings that share all of those. Lines moving around
// it do not change it; editing the offending line does. Findings must be
// sorted, so that ordinals follow source order.
func fingerprint(findings []model.Finding) {
	seen := map[string]int{}
	for i := range findings {
		f := &findings[i]
		snippet := strings.Join(strings.Fields(f.Snippet), " ")
		resource := lineRef.ReplaceAllString(f.Resource, "")
		key := strings.Join([]string{f.RuleID, f.File, resource, snippet}, "\x00")
		if f.RuleID == model.ParseErrorRuleID {
			key += "\x00" + f.Message
		}
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}
