package suppress

import (
	"slices"
	"testing"
	"time"

	"github.com/platlint/platlint/internal/model"
)

func TestParse(t *testing.T) {
	src := `# platlint:ignore PL-TF-001 -- public site
resource "x" "y" {
  acl = "public-read" # platlint:ignore PL-TF-001,PL-TF-002 until=2027-01-31 -- temporary
  // platlint:ignore PL-TF-003
  # platlint:ignore until=2027-13-01 PL-TF-004
  # platlint:ignore -- no rule
  # platlint:ignored is not a directive
}
`
	ds := Parse(model.Source{Path: "main.tf", Data: []byte(src)})
	if len(ds) != 5 {
		t.Fatalf("got %d directives: %+v", len(ds), ds)
	}
	tests := []struct {
		line     int
		rules    []string
		reason   string
		trailing bool
		until    string
		err      bool
	}{
		{1, []string{"PL-TF-001"}, "public site", false, "", false},
		{3, []string{"PL-TF-001", "PL-TF-002"}, "temporary", true, "2027-01-31", false},
		{4, []string{"PL-TF-003"}, "", false, "", false},
		{5, []string{"PL-TF-004"}, "", false, "", true},
		{6, nil, "no rule", false, "", true},
	}
	for i, tc := range tests {
		d := ds[i]
		until := ""
		if !d.Until.IsZero() {
			until = d.Until.Format("2006-01-02")
		}
		if d.Line != tc.line || !slices.Equal(d.Rules, tc.rules) || d.Reason != tc.reason || d.Trailing != tc.trailing || until != tc.until || (d.Err != "") != tc.err {
			t.Errorf("directive %d: got %+v", i, d)
		}
	}
}

func TestApply(t *testing.T) {
	src := model.Source{Path: "deploy.yaml", Data: []byte(`apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        # platlint:ignore PL-K8S-001 -- sidecar has no HTTP endpoint
        # (probed by the main container)
        - name: sidecar
          image: x:1 # platlint:ignore PL-K8S-022 until=2020-01-01 -- expired
        # platlint:ignore PL-K8S-999 -- stale
        - name: main
`)}
	findings := []model.Finding{
		{RuleID: "PL-K8S-001", File: "deploy.yaml", StartLine: 9},
		{RuleID: "PL-K8S-002", File: "deploy.yaml", StartLine: 11, Anchors: []int{9}},
		{RuleID: "PL-K8S-022", File: "deploy.yaml", StartLine: 10},
		{RuleID: "PL-K8S-001", File: "deploy.yaml", StartLine: 12},
	}
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	out := Apply([]model.Source{src}, findings, now)
	if len(out) != 5 {
		t.Fatalf("want the 4 findings and one unused-suppression, got %+v", out)
	}
	if s := out[0].Suppression; s == nil || s.Kind != "inSource" || s.Justification != "sidecar has no HTTP endpoint" || s.Line != 7 {
		t.Errorf("comment block above the container: %+v", s)
	}
	if out[1].Suppressed() {
		t.Error("a rule the comment does not name stays reported")
	}
	if out[2].Suppressed() {
		t.Error("an expired suppression must not apply")
	}
	if out[3].Suppressed() {
		t.Error("PL-K8S-999 does not silence PL-K8S-001")
	}
	if u := out[4]; u.RuleID != model.UnusedSuppressionRuleID || u.StartLine != 11 || u.Severity != model.SeverityLow {
		t.Errorf("unused suppression: %+v", u)
	}
}

// A finding about a resource is silenced by a comment above the resource,
// through its anchors, even when the finding points further down.
func TestApplyThroughAnchors(t *testing.T) {
	src := model.Source{Path: "main.tf", Data: []byte("# platlint:ignore PL-TF-005 -- versioned by the backup job\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n")}
	out := Apply([]model.Source{src}, []model.Finding{{RuleID: "PL-TF-005", File: "main.tf", StartLine: 3, Anchors: []int{2}}}, time.Now())
	if len(out) != 1 || !out[0].Suppressed() {
		t.Fatalf("got %+v", out)
	}
}
