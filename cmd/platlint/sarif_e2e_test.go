package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
)

// These tests hold the SARIF of examples/ to what GitHub code scanning
// needs beyond the schema (which e2e_test.go checks) and beyond what the
// SARIF multitool validates in scripts/integration.sh: help that renders,
// security severities in the right band, fingerprints that keep alerts
// open across line moves, paths that resolve against the checkout, and
// output that does not change from run to run.

// sarifDoc is the part of a SARIF log these tests read.
type sarifDoc struct {
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool struct {
		Driver struct {
			Name    string      `json:"name"`
			Version string      `json:"version"`
			Rules   []sarifRule `json:"rules"`
		} `json:"driver"`
	} `json:"tool"`
	AutomationDetails *struct {
		ID string `json:"id"`
	} `json:"automationDetails"`
	OriginalURIBaseIDs map[string]struct {
		URI string `json:"uri"`
	} `json:"originalUriBaseIds"`
	Invocations []struct {
		ExecutionSuccessful *bool `json:"executionSuccessful"`
	} `json:"invocations"`
	Results []sarifResult `json:"results"`
}

type sarifRule struct {
	ID               string `json:"id"`
	ShortDescription struct {
		Text string `json:"text"`
	} `json:"shortDescription"`
	Help struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	} `json:"help"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
	Properties struct {
		SecuritySeverity string   `json:"security-severity"`
		Tags             []string `json:"tags"`
	} `json:"properties"`
}

type sarifResult struct {
	RuleID    string `json:"ruleId"`
	RuleIndex *int   `json:"ruleIndex"`
	Level     string `json:"level"`
	Message   struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

func (r *sarifResult) uri() string {
	return r.Locations[0].PhysicalLocation.ArtifactLocation.URI
}

func (r *sarifResult) line() int {
	return r.Locations[0].PhysicalLocation.Region.StartLine
}

// fingerprintKey is the partialFingerprints member platlint writes.
const fingerprintKey = "platlint/v1"

// scanSARIF scans target in-process and returns the raw log and the
// decoded run.
func scanSARIF(t *testing.T, target string) ([]byte, *sarifRun) {
	t.Helper()
	out, stderr, code := runCLI(t, "--format", "sarif", target)
	if code == exitError {
		t.Fatalf("platlint --format sarif %s: exit 2: %s", target, stderr)
	}
	var doc sarifDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs, want 2.1.0 with one", doc.Version, len(doc.Runs))
	}
	return []byte(out), &doc.Runs[0]
}

// catalogRule is the part of `platlint policies --format json` these tests
// read.
type catalogRule struct {
	ID          string   `json:"id"`
	Severity    string   `json:"severity"`
	Remediation string   `json:"remediation"`
	References  []string `json:"references"`
}

func catalogRules(t *testing.T) map[string]catalogRule {
	t.Helper()
	out, stderr, code := runCLI(t, "policies", "--format", "json")
	if code != exitClean {
		t.Fatalf("policies: %s", stderr)
	}
	var rules []catalogRule
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]catalogRule, len(rules))
	for _, r := range rules {
		byID[r.ID] = r
	}
	return byID
}

// severityBand is GitHub's reading of a security-severity score: over 9.0
// critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low.
var severityBand = map[string][2]float64{
	"critical": {9.0, 10.0},
	"high":     {7.0, 8.9},
	"medium":   {4.0, 6.9},
	"low":      {0.1, 3.9},
}

// levelSeverities are the severities each SARIF level stands for, for the
// rules that are not in the policy catalog (parse-error and the like).
var levelSeverities = map[string][]string{
	"error":   {"critical", "high"},
	"warning": {"medium"},
	"note":    {"low"},
}

func TestSARIFExamples(t *testing.T) {
	target := filepath.Join(repoRoot, "examples")
	root, err := filepath.Abs(target)
	if err != nil {
		t.Fatal(err)
	}
	raw, run := scanSARIF(t, target)
	if len(run.Results) == 0 {
		t.Fatal("no results for examples/")
	}

	t.Run("deterministic", func(t *testing.T) {
		if again, _ := scanSARIF(t, target); !bytes.Equal(raw, again) {
			t.Fatalf("two scans of examples/ wrote different SARIF:\n%s", goldentest.FirstDiff(raw, again))
		}
		if bytes.Contains(raw, []byte("null")) {
			t.Error("the SARIF holds a null, which GitHub rejects")
		}
	})

	t.Run("schema", func(t *testing.T) {
		validateSARIF(t, raw)
	})

	t.Run("rules", func(t *testing.T) {
		catalog := catalogRules(t)
		rules := run.Tool.Driver.Rules
		for i, r := range rules {
			if i > 0 && rules[i-1].ID >= r.ID {
				t.Errorf("rules not sorted by id: %s before %s", rules[i-1].ID, r.ID)
			}
			checkRuleHelp(t, &r, catalog[r.ID])
			checkSecuritySeverity(t, &r, catalog)
			if !slices.Contains(r.Properties.Tags, "security") {
				t.Errorf("rule %s tags %q lack security, so GitHub would not list its alerts as security alerts", r.ID, r.Properties.Tags)
			}
		}
		for id := range catalog {
			if !slices.ContainsFunc(rules, func(r sarifRule) bool { return r.ID == id }) {
				t.Errorf("catalog rule %s is not described in the SARIF", id)
			}
		}
		for _, res := range run.Results {
			if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(rules) || rules[*res.RuleIndex].ID != res.RuleID {
				t.Errorf("result %s at %s:%d: ruleIndex %v does not point at its rule", res.RuleID, res.uri(), res.line(), res.RuleIndex)
			}
		}
	})

	t.Run("locations", func(t *testing.T) {
		base, ok := run.OriginalURIBaseIDs["%SRCROOT%"]
		if !ok {
			t.Fatal("originalUriBaseIds has no %SRCROOT%")
		}
		want := (&url.URL{Scheme: "file", Path: filepath.ToSlash(root) + "/"}).String()
		if base.URI != want {
			t.Errorf("originalUriBaseIds[%%SRCROOT%%].uri = %q, want %q", base.URI, want)
		}
		var locs []map[string]any
		var doc any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		collectArtifactLocations(doc, &locs)
		if len(locs) < len(run.Results) {
			t.Fatalf("%d artifact locations for %d results", len(locs), len(run.Results))
		}
		for _, loc := range locs {
			uri, _ := loc["uri"].(string)
			if loc["uriBaseId"] != "%SRCROOT%" {
				t.Errorf("artifact location %q has uriBaseId %v, want %%SRCROOT%%", uri, loc["uriBaseId"])
			}
			u, err := url.Parse(uri)
			if err != nil || uri == "" || u.Scheme != "" || strings.HasPrefix(uri, "/") || slices.Contains(strings.Split(u.Path, "/"), "..") {
				t.Errorf("artifact location %q is not a relative URI inside the scanned root", uri)
				continue
			}
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(u.Path))); err != nil {
				t.Errorf("artifact location %q does not resolve against %%SRCROOT%%: %v", uri, err)
			}
		}
	})

	t.Run("run", func(t *testing.T) {
		if run.Tool.Driver.Name != "platlint" {
			t.Errorf("tool name %q", run.Tool.Driver.Name)
		}
		if run.AutomationDetails == nil || run.AutomationDetails.ID != "platlint/" {
			t.Errorf("automationDetails = %+v, want id platlint/ (GitHub's category platlint)", run.AutomationDetails)
		}
		if len(run.Invocations) == 0 || run.Invocations[0].ExecutionSuccessful == nil || !*run.Invocations[0].ExecutionSuccessful {
			t.Error("invocations[0].executionSuccessful is not true")
		}
	})

	t.Run("results", func(t *testing.T) {
		seen := map[string]string{}
		for i, res := range run.Results {
			where := fmt.Sprintf("%s at %s:%d", res.RuleID, res.uri(), res.line())
			if len(res.Locations) != 1 || res.line() < 1 {
				t.Errorf("%s: want one location with a start line", where)
			}
			if res.Message.Text == "" {
				t.Errorf("%s: no message", where)
			}
			if !slices.Contains([]string{"error", "warning", "note"}, res.Level) {
				t.Errorf("%s: level %q", where, res.Level)
			}
			fp := res.PartialFingerprints[fingerprintKey]
			if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(fp) {
				t.Errorf("%s: partialFingerprints[%s] = %q, want 32 hex digits", where, fingerprintKey, fp)
			}
			// Two results with one fingerprint would be one alert to GitHub.
			if other, ok := seen[fp]; ok {
				t.Errorf("%s and %s share fingerprint %s", other, where, fp)
			}
			seen[fp] = where
			if i > 0 && compareResults(&run.Results[i-1], &res) > 0 {
				t.Errorf("results out of order: %s after %s:%d", where, run.Results[i-1].uri(), run.Results[i-1].line())
			}
		}
	})
}

// checkRuleHelp wants help GitHub can show under an alert: plain text and
// Markdown, the Markdown with the remediation and the references as links.
func checkRuleHelp(t *testing.T, r *sarifRule, c catalogRule) {
	t.Helper()
	if r.ShortDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
		t.Errorf("rule %s: short description %q, help text %q, markdown %q: want all three", r.ID, r.ShortDescription.Text, r.Help.Text, r.Help.Markdown)
		return
	}
	if c.Remediation != "" && !strings.Contains(r.Help.Markdown, "**Remediation**") {
		t.Errorf("rule %s: the help markdown lacks the remediation heading", r.ID)
	}
	for _, ref := range c.References {
		if u, err := url.Parse(ref); err == nil && (u.Scheme == "https" || u.Scheme == "http") && !strings.Contains(r.Help.Markdown, "<"+ref+">") {
			t.Errorf("rule %s: reference %s is not a link in the help markdown", r.ID, ref)
		}
	}
}

// checkSecuritySeverity wants the score in the band of the rule's
// severity: the catalog's for policies, the level's for built-in rules.
func checkSecuritySeverity(t *testing.T, r *sarifRule, catalog map[string]catalogRule) {
	t.Helper()
	score, err := strconv.ParseFloat(r.Properties.SecuritySeverity, 64)
	if err != nil {
		t.Errorf("rule %s: security-severity %q is not a number", r.ID, r.Properties.SecuritySeverity)
		return
	}
	allowed := levelSeverities[r.DefaultConfiguration.Level]
	if c, ok := catalog[r.ID]; ok {
		if !slices.Contains(allowed, c.Severity) {
			t.Errorf("rule %s: level %q for a %s rule", r.ID, r.DefaultConfiguration.Level, c.Severity)
		}
		allowed = []string{c.Severity}
	}
	if len(allowed) == 0 {
		t.Errorf("rule %s: unknown level %q", r.ID, r.DefaultConfiguration.Level)
	}
	for _, sev := range allowed {
		if band := severityBand[sev]; score >= band[0] && score <= band[1] {
			return
		}
	}
	t.Errorf("rule %s: security-severity %s is outside the band of %v", r.ID, r.Properties.SecuritySeverity, allowed)
}

// compareResults orders results as platlint sorts findings: by file, line,
// column and rule.
func compareResults(a, b *sarifResult) int {
	if c := strings.Compare(a.uri(), b.uri()); c != 0 {
		return c
	}
	if a.line() != b.line() {
		return a.line() - b.line()
	}
	ac, bc := a.Locations[0].PhysicalLocation.Region.StartColumn, b.Locations[0].PhysicalLocation.Region.StartColumn
	if ac != bc {
		return ac - bc
	}
	return strings.Compare(a.RuleID, b.RuleID)
}

// collectArtifactLocations appends every artifactLocation object in v.
func collectArtifactLocations(v any, out *[]map[string]any) {
	switch v := v.(type) {
	case map[string]any:
		for k, child := range v {
			if m, ok := child.(map[string]any); ok && k == "artifactLocation" {
				*out = append(*out, m)
			}
			collectArtifactLocations(child, out)
		}
	case []any:
		for _, child := range v {
			collectArtifactLocations(child, out)
		}
	}
}

// TestSARIFFingerprintsSurviveLineMoves scans a copy of examples/, puts
// comment and blank lines at the top of every file, so that every finding
// moves down, and scans again: each alert must keep its fingerprint, or
// GitHub would close it and open a new one.
func TestSARIFFingerprintsSurviveLineMoves(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, filepath.Join(repoRoot, "examples"), dir)
	_, before := scanSARIF(t, dir)
	if len(before.Results) == 0 {
		t.Fatal("no results in the copy of examples/")
	}

	const moved = 3
	files := map[string]bool{}
	for _, res := range before.Results {
		files[res.uri()] = true
	}
	for uri := range files {
		p := filepath.Join(dir, filepath.FromSlash(uri))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// JSON has no comments; blank lines are all it allows.
		header := "# moved down by a test\n\n# so is everything below\n"
		if path.Ext(uri) == ".json" {
			header = "\n\n\n"
		}
		if err := os.WriteFile(p, append([]byte(header), data...), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	_, after := scanSARIF(t, dir)
	type key struct{ rule, uri, fp string }
	lines := map[key]int{}
	for _, res := range before.Results {
		lines[key{res.RuleID, res.uri(), res.PartialFingerprints[fingerprintKey]}] = res.line()
	}
	if len(after.Results) != len(before.Results) {
		t.Errorf("%d results after the move, %d before", len(after.Results), len(before.Results))
	}
	for _, res := range after.Results {
		k := key{res.RuleID, res.uri(), res.PartialFingerprints[fingerprintKey]}
		old, ok := lines[k]
		switch {
		case !ok:
			t.Errorf("%s at %s:%d has a new fingerprint %s after lines were inserted above it", res.RuleID, res.uri(), res.line(), k.fp)
		case res.line() != old+moved:
			// Else the test did not move what it checks.
			t.Errorf("%s at %s moved from line %d to %d, want %d", res.RuleID, res.uri(), old, res.line(), old+moved)
		}
	}
}

// copyTree copies the regular files under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
