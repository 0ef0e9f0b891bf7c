package sarif

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/reporttest"
)

// schemaPath is the official SARIF 2.1.0 schema (errata 01), kept in the
// repository because tests must not download it.
const schemaPath = "../../../testdata/sarif-schema-2.1.0.json"

var loadSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	path, err := filepath.Abs(schemaPath)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	return c.Compile(path)
})

// validate checks a SARIF log against the official schema.
func validate(t *testing.T, log []byte) error {
	t.Helper()
	schema, err := loadSchema()
	if err != nil {
		t.Fatalf("loading the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return schema.Validate(inst)
}

func write(t *testing.T, rep *model.Report, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, rep, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWrite(t *testing.T) {
	tests := []struct {
		golden string
		rep    *model.Report
	}{
		{"report.sarif", reporttest.Report()},
		{"clean.sarif", reporttest.Empty()},
		{"zero.sarif", &model.Report{}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.golden, ".sarif"), func(t *testing.T) {
			got := write(t, tt.rep, Options{OmitRootURI: true})
			if err := validate(t, got); err != nil {
				t.Errorf("output does not match the SARIF 2.1.0 schema: %v", err)
			}
			reporttest.Golden(t, tt.golden, got)
		})
	}
}

// TestSchemaCatchesMissingMessage makes sure the schema validation in these
// tests has teeth: a result without its required message must fail it.
func TestSchemaCatchesMissingMessage(t *testing.T) {
	var log map[string]any
	if err := json.Unmarshal(write(t, reporttest.Report(), Options{}), &log); err != nil {
		t.Fatal(err)
	}
	result := log["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	delete(result, "message")
	broken, err := json.Marshal(log)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(t, broken); err == nil {
		t.Fatal("a result without message passed schema validation")
	} else if !strings.Contains(err.Error(), "message") {
		t.Errorf("validation failed, but not for the missing message: %v", err)
	}
}

// log mirrors the parts of a SARIF log that GitHub code scanning relies on.
type log struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name            string `json:"name"`
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				Rules           []struct {
					ID                   string `json:"id"`
					Name                 string `json:"name"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Help struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					Properties struct {
						Tags             []string `json:"tags"`
						SecuritySeverity string   `json:"security-severity"`
						ProblemSeverity  string   `json:"problem.severity"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						EndColumn   int `json:"endColumn"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Suppressions        []struct {
				Kind          string `json:"kind"`
				Status        string `json:"status"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
		} `json:"results"`
		AutomationDetails struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level          string `json:"level"`
				AssociatedRule struct {
					ID string `json:"id"`
				} `json:"associatedRule"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

func decode(t *testing.T, data []byte) *log {
	t.Helper()
	var l log
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(l.Runs))
	}
	return &l
}

func TestGitHubRequirements(t *testing.T) {
	rep := reporttest.Report()
	data := write(t, rep, Options{})
	if bytes.Contains(data, []byte("null")) {
		t.Error("output contains null")
	}
	run := decode(t, data).Runs[0]

	driver := run.Tool.Driver
	if driver.Name != "platlint" || driver.Version != "1.4.0" || driver.SemanticVersion != "1.4.0" {
		t.Errorf("driver = %q %q %q", driver.Name, driver.Version, driver.SemanticVersion)
	}
	if len(driver.Rules) != len(rep.Rules)+1 {
		t.Errorf("%d rules, want the report's %d and parse-error", len(driver.Rules), len(rep.Rules))
	}
	for i, r := range driver.Rules {
		if i > 0 && driver.Rules[i-1].ID >= r.ID {
			t.Errorf("rules not sorted by id: %s before %s", driver.Rules[i-1].ID, r.ID)
		}
		if len(r.Properties.Tags) == 0 || r.Properties.Tags[0] != "security" {
			t.Errorf("rule %s tags = %q, want security first", r.ID, r.Properties.Tags)
		}
		if _, err := strconv.ParseFloat(r.Properties.SecuritySeverity, 64); err != nil {
			t.Errorf("rule %s security-severity %q is not a number", r.ID, r.Properties.SecuritySeverity)
		}
	}

	if len(run.Results) != len(rep.Findings) {
		t.Fatalf("%d results, want one per finding (%d)", len(run.Results), len(rep.Findings))
	}
	for i, res := range run.Results {
		f := rep.Findings[i]
		if res.RuleIndex == nil || driver.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d (%s): ruleIndex does not point at its rule", i, res.RuleID)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.Region.StartLine < 1 {
			t.Errorf("result %d: startLine %d < 1 (GitHub rejects it as GH1003)", i, loc.Region.StartLine)
		}
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.ArtifactLocation.URI, "/") {
			t.Errorf("result %d: artifact location %+v is not relative to %%SRCROOT%%", i, loc.ArtifactLocation)
		}
		if res.PartialFingerprints["platlint/v1"] != f.Fingerprint {
			t.Errorf("result %d: partialFingerprints = %v", i, res.PartialFingerprints)
		}
		if f.Suppressed() != (len(res.Suppressions) == 1) {
			t.Errorf("result %d: suppressed = %v, suppressions = %+v", i, f.Suppressed(), res.Suppressions)
		}
		if f.Suppressed() && (res.Suppressions[0].Kind != f.Suppression.Kind || res.Suppressions[0].Status != "accepted") {
			t.Errorf("result %d: suppression = %+v", i, res.Suppressions[0])
		}
		if f.Advisory && res.Level == "error" {
			t.Errorf("result %d: advisory finding has level error", i)
		}
	}

	if run.AutomationDetails.ID != "platlint/" {
		t.Errorf("automationDetails.id = %q", run.AutomationDetails.ID)
	}
	if runtime.GOOS != "windows" {
		if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///src/demo/" {
			t.Errorf("%%SRCROOT%% = %q, want file:///src/demo/", got)
		}
	}

	inv := run.Invocations[0]
	if !inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 {
		t.Fatalf("invocation = %+v, want success with one notification for the parse error and one for the eval error", inv)
	}
	for i, want := range []string{"parse-error", "ACME-001"} {
		n := inv.ToolExecutionNotifications[i]
		if n.Level != "error" || n.AssociatedRule.ID != want {
			t.Errorf("notification %d = %+v, want an error about %s", i, n, want)
		}
	}
}

func TestRuleDescriptor(t *testing.T) {
	run := decode(t, write(t, reporttest.Report(), Options{})).Runs[0]
	var found bool
	for _, r := range run.Tool.Driver.Rules {
		if r.ID != "PL-TF-001" {
			continue
		}
		found = true
		if r.Name != "S3BucketMadePublicByACL" {
			t.Errorf("name = %q", r.Name)
		}
		if r.HelpURI != "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl" {
			t.Errorf("helpUri = %q", r.HelpURI)
		}
		if want := "A canned ACL of public-read or public-read-write lets anyone on the internet list or read the bucket.\n\nRemediation: Set the ACL to private and grant access with a bucket policy scoped to named principals."; r.Help.Text != want {
			t.Errorf("help.text = %q, want %q", r.Help.Text, want)
		}
		if !strings.Contains(r.Help.Markdown, "**Remediation**") || !strings.Contains(r.Help.Markdown, "- <https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html>") {
			t.Errorf("help.markdown lacks the remediation or the references:\n%s", r.Help.Markdown)
		}
		if r.DefaultConfiguration.Level != "error" || r.Properties.ProblemSeverity != "error" || r.Properties.SecuritySeverity != "8.0" {
			t.Errorf("severity properties = %q %q %q", r.DefaultConfiguration.Level, r.Properties.ProblemSeverity, r.Properties.SecuritySeverity)
		}
		if got, want := strings.Join(r.Properties.Tags, ","), "security,terraform,aws,s3"; got != want {
			t.Errorf("tags = %s, want %s", got, want)
		}
	}
	if !found {
		t.Fatal("no PL-TF-001 rule")
	}
}

// TestSecuritySeverityBands checks each severity against the bands GitHub
// documents for security-severity, so that a platlint severity is shown as
// the same severity on GitHub.
func TestSecuritySeverityBands(t *testing.T) {
	tests := []struct {
		severity model.Severity
		want     string
		lo, hi   float64 // GitHub's band, inclusive
		level    string
		problem  string
	}{
		{model.SeverityCritical, "9.5", 9.0, 10.0, "error", "error"},
		{model.SeverityHigh, "8.0", 7.0, 8.9, "error", "error"},
		{model.SeverityMedium, "5.5", 4.0, 6.9, "warning", "warning"},
		{model.SeverityLow, "3.0", 0.1, 3.9, "note", "recommendation"},
	}
	for _, tt := range tests {
		t.Run(tt.severity.String(), func(t *testing.T) {
			got := securitySeverity(tt.severity)
			if got != tt.want {
				t.Errorf("securitySeverity = %q, want %q", got, tt.want)
			}
			score, err := strconv.ParseFloat(got, 64)
			if err != nil || score < tt.lo || score > tt.hi {
				t.Errorf("security-severity %q is outside GitHub's %s band %.1f-%.1f", got, tt.severity, tt.lo, tt.hi)
			}
			if l := level(tt.severity); l != tt.level {
				t.Errorf("level = %q, want %q", l, tt.level)
			}
			if p := problemSeverity(tt.severity); p != tt.problem {
				t.Errorf("problem.severity = %q, want %q", p, tt.problem)
			}
		})
	}

	// The rules in the log carry the same scores.
	rep := reporttest.Report()
	run := decode(t, write(t, rep, Options{})).Runs[0]
	for _, r := range run.Tool.Driver.Rules {
		rule, ok := rep.Rule(r.ID)
		if !ok {
			rule = model.ParseErrorRule()
		}
		if want := securitySeverity(rule.Severity); r.Properties.SecuritySeverity != want {
			t.Errorf("rule %s (%s): security-severity %q, want %q", r.ID, rule.Severity, r.Properties.SecuritySeverity, want)
		}
	}
}

func TestResultLevel(t *testing.T) {
	tests := []struct {
		severity model.Severity
		advisory bool
		want     string
	}{
		{model.SeverityCritical, false, "error"},
		{model.SeverityCritical, true, "warning"},
		{model.SeverityHigh, true, "warning"},
		{model.SeverityMedium, true, "warning"},
		{model.SeverityLow, true, "note"},
		{model.SeverityLow, false, "note"},
	}
	for _, tt := range tests {
		f := &model.Finding{Severity: tt.severity, Advisory: tt.advisory}
		if got := resultLevel(f); got != tt.want {
			t.Errorf("resultLevel(%s, advisory=%v) = %q, want %q", tt.severity, tt.advisory, got, tt.want)
		}
	}
}

func TestRuleName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"S3 bucket made public by ACL", "S3BucketMadePublicByACL"},
		{"File could not be parsed", "FileCouldNotBeParsed"},
		{"Container doesn't set runAsNonRoot (UID 0)", "ContainerDoesntSetRunAsNonRootUID0"},
		{"  ", ""},
		{"élan vital", "ÉlanVital"},
	}
	for _, tt := range tests {
		if got := ruleName(tt.title); got != tt.want {
			t.Errorf("ruleName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"terraform/main.tf", "terraform/main.tf"},
		{"terraform/env prod/main.tf", "terraform/env%20prod/main.tf"},
		{"k8s/50%#1.yaml", "k8s/50%25%231.yaml"},
		{"c:foo/main.tf", "./c:foo/main.tf"},
	}
	for _, tt := range tests {
		if got := *artifactLocation(tt.path).URI; got != tt.want {
			t.Errorf("uri of %q = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestRootURI(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("unix paths")
	}
	tests := []struct{ root, want string }{
		{"/src/demo", "file:///src/demo/"},
		{"/src/demo/", "file:///src/demo/"},
		{"/home/me/my repo", "file:///home/me/my%20repo/"},
		{"/", "file:///"},
	}
	for _, tt := range tests {
		got, err := rootURI(tt.root)
		if err != nil || got != tt.want {
			t.Errorf("rootURI(%q) = %q, %v, want %q", tt.root, got, err, tt.want)
		}
	}

	run := decode(t, write(t, reporttest.Report(), Options{OmitRootURI: true})).Runs[0]
	base, ok := run.OriginalURIBaseIDs["%SRCROOT%"]
	if !ok || base.URI != "" {
		t.Errorf("with OmitRootURI, %%SRCROOT%% = %+v (present %v), want present without uri", base, ok)
	}
}

// TestOddFindings covers findings the fixture does not: no line, columns
// that do not make a span, and a rule the report does not describe.
func TestOddFindings(t *testing.T) {
	rep := reporttest.Empty()
	rep.Findings = []model.Finding{
		{RuleID: "PL-TF-001", Severity: model.SeverityHigh, File: "a.tf", Message: "no line"},
		{RuleID: "PL-TF-001", Severity: model.SeverityHigh, File: "b.tf", StartLine: 3, EndLine: 3, StartCol: 5, EndCol: 5, Message: "empty span"},
		{RuleID: "GONE-001", Severity: model.SeverityMedium, File: "c.tf", StartLine: 1, EndLine: 1},
	}
	data := write(t, rep, Options{Category: "infra"})
	if err := validate(t, data); err != nil {
		t.Fatalf("output does not match the SARIF 2.1.0 schema: %v", err)
	}
	run := decode(t, data).Runs[0]
	if got := run.Results[0].Locations[0].PhysicalLocation.Region.StartLine; got != 1 {
		t.Errorf("finding without a line: startLine = %d, want 1", got)
	}
	if r := run.Results[1].Locations[0].PhysicalLocation.Region; r.StartColumn != 5 || r.EndColumn != 0 {
		t.Errorf("empty span: region = %+v, want startColumn 5 and no endColumn", r)
	}
	if r := run.Results[2]; r.RuleID != "GONE-001" || r.RuleIndex != nil {
		t.Errorf("unknown rule: ruleId %q, ruleIndex %v; want GONE-001 without an index", r.RuleID, r.RuleIndex)
	}
	if run.AutomationDetails.ID != "infra/" {
		t.Errorf("automationDetails.id = %q, want infra/", run.AutomationDetails.ID)
	}
}

func TestVersion(t *testing.T) {
	// version is what the SARIF says: a release tag loses its "v", because
	// the SARIF multitool (SARIF2005) wants a version that starts with a
	// number; other names are kept as they are.
	tests := []struct{ in, version, semantic string }{
		{"1.4.0", "1.4.0", "1.4.0"},
		{"v1.4.0-rc.1+abc", "1.4.0-rc.1+abc", "1.4.0-rc.1+abc"},
		{"v2", "2", ""},
		{"dev", "dev", ""},
		{"v", "v", ""},
		{"vnext", "vnext", ""},
		{"1.4", "1.4", ""},
	}
	for _, tt := range tests {
		rep := reporttest.Empty()
		rep.Version = tt.in
		d := decode(t, write(t, rep, Options{})).Runs[0].Tool.Driver
		if d.Version != tt.version || d.SemanticVersion != tt.semantic {
			t.Errorf("version %q: driver version %q, semanticVersion %q; want %q and %q", tt.in, d.Version, d.SemanticVersion, tt.version, tt.semantic)
		}
	}
}

func TestDropNullMembers(t *testing.T) {
	in := `{"a":null,"b":[null,1.50,{"c":null}],"d":{"e":"<&>\u00e9","f":true,"g":null},"h":null}`
	want := `{"b":[null,1.50,{}],"d":{"e":"<&>é","f":true}}`
	got, err := dropNullMembers([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	first := write(t, reporttest.Report(), Options{})
	for range 10 {
		if again := write(t, reporttest.Report(), Options{}); !bytes.Equal(first, again) {
			t.Fatal("two writes of the same report differ")
		}
	}
}
