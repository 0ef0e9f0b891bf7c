package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// acmeRegistry is the custom policy from the documentation, verbatim.
const acmeRegistry = `# METADATA
# title: Images come from the company registry
# custom:
#   id: ACME-K8S-001
#   severity: high
#   input: kubernetes
#   remediation: Push the image to registry.acme.example and use it from there.
package acme.registry

deny contains {"msg": msg, "path": ["spec", "template", "spec", "containers", i, "image"]} if {
	input.kind == "Deployment"
	some i, c in input.spec.template.spec.containers
	not startswith(c.image, "registry.acme.example/")
	msg := sprintf("container %q uses image %q from outside the company registry", [c.name, c.image])
}
`

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: ok
          image: registry.acme.example/web:1.0.0
        - name: api
          image: docker.io/library/nginx:1.27
`

func TestCustomPolicyReportsTheImageLine(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "policies", "registry.rego"), acmeRegistry)
	write(t, filepath.Join(dir, "k8s", "web.yaml"), deployment)
	rep := scanJSON(t, "--policy", filepath.Join(dir, "policies"), filepath.Join(dir, "k8s"))
	var hits []jsonFinding
	for _, f := range rep.Findings {
		if f.Rule == "ACME-K8S-001" {
			hits = append(hits, f)
		}
	}
	if len(hits) != 1 || hits[0].StartLine != 12 || hits[0].Severity != "high" ||
		!strings.Contains(hits[0].Message, `"api" uses image "docker.io/library/nginx:1.27"`) {
		t.Fatalf("want one high ACME-K8S-001 at line 12, got %+v", hits)
	}

	// The same finding reaches SARIF with the custom rule in the driver.
	out, _, _ := runCLI(t, "--format", "sarif", "--policy", filepath.Join(dir, "policies"), filepath.Join(dir, "k8s"))
	if !strings.Contains(out, `"id": "ACME-K8S-001"`) || !strings.Contains(out, `"ruleId": "ACME-K8S-001"`) {
		t.Fatal("SARIF lacks the custom rule or its result")
	}
}

func TestWarnIsAdvisoryAndDataIsAvailable(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "p", "tags.rego"), `# METADATA
# title: Allowed registries
# custom:
#   id: ACME-DF-001
#   severity: critical
#   input: dockerfile
package acme.tags

warn contains {"msg": sprintf("base %s is not from an allowed registry", [s.base]), "path": ["stages", i, "base"]} if {
	some i, s in input.stages
	not allowed(s.base)
}

allowed(base) if {
	some prefix in data.allowed_registries
	startswith(base, prefix)
}
`)
	write(t, filepath.Join(dir, "data.yaml"), "allowed_registries: [\"gcr.io/distroless/\"]\n")
	write(t, filepath.Join(dir, "src", "Dockerfile"), "FROM gcr.io/distroless/static-debian12:nonroot@sha256:aaaa\nCOPY --from=golang:1.23 /usr/local/go/bin/go /go\nFROM alpine:3.20\nUSER 65532\n")
	out, stderr, code := runCLI(t, "--format", "json", "--fail-on", "critical",
		"--policy", filepath.Join(dir, "p"), "--data", filepath.Join(dir, "data.yaml"), filepath.Join(dir, "src"))
	if code != exitClean {
		t.Fatalf("a critical warn must not fail the run: exit %d %s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Rule      string `json:"rule"`
			StartLine int    `json:"start_line"`
			Advisory  bool   `json:"advisory"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range rep.Findings {
		if f.Rule == "ACME-DF-001" {
			n++
			if !f.Advisory || f.StartLine != 3 {
				t.Errorf("want an advisory finding at line 3, got %+v", f)
			}
		}
	}
	if n != 1 {
		t.Fatalf("want one ACME-DF-001, got %d", n)
	}
}

func TestBadCustomPoliciesStopTheRun(t *testing.T) {
	header := "# METADATA\n# title: T\n# custom:\n#   id: ACME-K8S-009\n#   severity: low\n#   input: kubernetes\npackage acme.bad\n\n"
	tests := []struct {
		name, src, want string
	}{
		{"syntax error", header + "deny contains msg if {\n\tmsg := \n}\n", "bad.rego:11"},
		{"type error", header + "deny contains msg if {\n\tmsg := concat(\",\", 1)\n}\n", "bad.rego:10"},
		{"no id", strings.Replace(header, "#   id: ACME-K8S-009\n", "", 1) + "deny contains \"x\" if false\n", "no custom.id"},
		{"no severity", strings.Replace(header, "#   severity: low\n", "", 1) + "deny contains \"x\" if false\n", "no custom.severity"},
		{"clashing id", strings.Replace(header, "ACME-K8S-009", "PL-K8S-001", 1) + "deny contains \"x\" if false\n", "PL-K8S-001 is already used"},
		{"network", header + "deny contains r.body if {\n\tr := http.send({\"method\": \"GET\", \"url\": \"http://example.com\"})\n}\n", "http.send is not available"},
		{"net lookup", header + "deny contains \"x\" if {\n\tnet.lookup_ip_addr(\"example.com\")\n}\n", "net.lookup_ip_addr is not available"},
		{"environment", header + "deny contains \"x\" if {\n\topa.runtime().env.HOME\n}\n", "opa.runtime is not available"},
		{"bundled package", strings.Replace(header, "acme.bad", "platlint.kubernetes.probes_missing", 1) + "deny contains \"x\" if false\n", "already defined by bundled policy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "bad.rego"), tc.src)
			_, stderr, code := runCLI(t, "--policy", filepath.Join(dir, "bad.rego"), dir)
			if code != exitError || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q; want exit 2 mentioning %q", code, stderr, tc.want)
			}
		})
	}
}

func TestPolicyTimeoutNamesTheRule(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "slow.rego"), `# METADATA
# title: Slow
# custom:
#   id: ACME-DF-002
#   severity: low
#   input: dockerfile
package acme.slow

deny contains "never" if {
	count([x | some x in numbers.range(1, 100000000); x < 0]) > 0
}
`)
	write(t, filepath.Join(dir, "Dockerfile"), "FROM alpine:3.20\nUSER 1000\n")
	out, stderr, code := runCLI(t, "--format", "json", "--policy-timeout", "200ms", "--policy", filepath.Join(dir, "slow.rego"), dir)
	if !strings.Contains(out, "ACME-DF-002") || !strings.Contains(out, "exceeded the evaluation time limit") {
		t.Fatalf("want an error naming ACME-DF-002 and the time limit:\n%s", out)
	}
	// The report is complete, but the run is not: exit 2.
	if code != exitError || !strings.Contains(stderr, "evaluation error") {
		t.Fatalf("exit %d, stderr %q; want 2 and the error count", code, stderr)
	}
}

func TestTestCommandAndInit(t *testing.T) {
	dir := t.TempDir()
	if out, stderr, code := runCLI(t, "init", dir); code != exitClean {
		t.Fatalf("init: %d %s %s", code, out, stderr)
	}
	if _, _, code := runCLI(t, "init", dir); code != exitError {
		t.Fatal("init must refuse to overwrite without --force")
	}
	out, stderr, code := runCLI(t, "test", "-v", "--coverage", filepath.Join(dir, ".platlint", "policies"))
	if code != exitClean || !strings.Contains(out, "PASS") || !strings.Contains(out, "Coverage") {
		t.Fatalf("test on the init policy: exit %d\n%s\n%s", code, out, stderr)
	}
	// A manifest without an owner label gives the custom finding, and the
	// generated config is what loads the policy.
	write(t, filepath.Join(dir, "deploy", "web.yaml"), deployment)
	rep := scanJSON(t, filepath.Join(dir, "deploy"))
	found := false
	for _, f := range rep.Findings {
		found = found || (f.Rule == "ACME-K8S-001" && f.StartLine == 3)
	}
	if !found {
		t.Fatalf("the init policy did not report at metadata (line 3): %+v", rep.Findings)
	}

	// A failing test exits 1.
	write(t, filepath.Join(dir, ".platlint", "policies", "broken_test.rego"), "package acme.broken_test\n\ntest_fails if {\n\t1 == 2\n}\n")
	if _, _, code := runCLI(t, "test", filepath.Join(dir, ".platlint", "policies")); code != exitFindings {
		t.Fatalf("a failing Rego test must exit 1, got %d", code)
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "app", "Dockerfile"), "FROM alpine\nRUN true\n")
	write(t, filepath.Join(dir, "legacy", "Dockerfile"), "FROM alpine:3.20\n")
	write(t, filepath.Join(dir, ".platlint.yaml"), `disable: [PL-DF-003]
severity:
  PL-DF-002: critical
ignore:
  - paths: ["legacy/**"]
    rules: [PL-DF-002]
    reason: Replaced in PLAT-42.
`)
	rep := scanJSON(t, "--show-suppressed", dir)
	for _, f := range rep.Findings {
		if f.Rule == "PL-DF-003" {
			t.Errorf("disabled rule reported: %+v", f)
		}
		if f.Rule == "PL-DF-002" && f.Severity != "critical" {
			t.Errorf("severity override not applied: %+v", f)
		}
	}
	// Only the app Dockerfile fails; the legacy one is ignored by path.
	out, _, code := runCLI(t, "--format", "json", dir)
	if code != exitFindings || !strings.Contains(out, "Replaced in PLAT-42.") {
		t.Fatalf("exit %d; want the path ignore with its reason in JSON:\n%s", code, out)
	}

	write(t, filepath.Join(dir, ".platlint.yaml"), "disable: []\nfail_on: high\n")
	_, stderr, code := runCLI(t, dir)
	if code != exitError || !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "fail_on") {
		t.Fatalf("unknown key: exit %d, stderr %q", code, stderr)
	}
	write(t, filepath.Join(dir, ".platlint.yaml"), "disable: [PL-DF-999]\n")
	if _, stderr, code := runCLI(t, dir); code != exitError || !strings.Contains(stderr, "PL-DF-999") {
		t.Fatalf("unknown rule in config: exit %d, %q", code, stderr)
	}
	// Flags override the file.
	write(t, filepath.Join(dir, ".platlint.yaml"), "fail-on: critical\n")
	if _, _, code := runCLI(t, dir); code != exitClean {
		t.Fatalf("fail-on from config not applied: exit %d", code)
	}
	if _, _, code := runCLI(t, "--fail-on", "low", dir); code != exitFindings {
		t.Fatalf("--fail-on must override the config: exit %d", code)
	}
}

func TestInlineSuppressions(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "tf", "main.tf"), `# platlint:ignore PL-TF-002 -- the CDN needs it
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  # platlint:ignore PL-TF-001 until=2001-01-01 -- expired long ago
  acl = "public-read"
}

resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
  acl    = "public-read" # platlint:ignore PL-TF-001 -- temporary
}

# platlint:ignore PL-TF-003
resource "aws_s3_bucket_public_access_block" "other" {
  bucket                  = aws_s3_bucket.other.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`)
	write(t, filepath.Join(dir, "k8s", "cm.yaml"), `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  # platlint:ignore PL-K8S-003 -- a test fixture key
  API_TOKEN: not-a-real-token
`)
	write(t, filepath.Join(dir, "img", "Dockerfile"), "# platlint:ignore PL-DF-002,PL-DF-003 -- base image for CI tools\nFROM alpine\nRUN true\n")
	out, _, _ := runCLI(t, "--format", "json", dir)
	var rep struct {
		Findings []struct {
			Rule        string `json:"rule"`
			File        string `json:"file"`
			StartLine   int    `json:"start_line"`
			Suppression *struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppression"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	type key struct {
		rule string
		line int
	}
	got := map[string]map[key]string{}
	for _, f := range rep.Findings {
		if got[f.File] == nil {
			got[f.File] = map[key]string{}
		}
		state := "open"
		if f.Suppression != nil {
			state = f.Suppression.Kind + ":" + f.Suppression.Justification
		}
		got[f.File][key{f.Rule, f.StartLine}] = state
	}
	want := map[string]map[key]string{
		"tf/main.tf": {
			{"PL-TF-002", 2}:           "inSource:the CDN needs it",
			{"PL-TF-001", 5}:           "open",
			{"PL-TF-001", 10}:          "inSource:temporary",
			{"unused-suppression", 13}: "open",
		},
		"k8s/cm.yaml":    {{"PL-K8S-003", 7}: "inSource:a test fixture key"},
		"img/Dockerfile": {{"PL-DF-002", 2}: "inSource:base image for CI tools", {"PL-DF-003", 2}: "inSource:base image for CI tools"},
	}
	for file, w := range want {
		for k, state := range w {
			if got[file][k] != state {
				t.Errorf("%s:%d %s: got %q, want %q", file, k.line, k.rule, got[file][k], state)
			}
		}
	}
	// Suppressed findings do not fail the run and are hidden in text.
	text, _, _ := runCLI(t, "--no-color", filepath.Join(dir, "img"))
	if strings.Contains(text, "PL-DF-002") {
		t.Errorf("suppressed finding shown in text output:\n%s", text)
	}
	if _, _, code := runCLI(t, filepath.Join(dir, "img")); code != exitClean {
		t.Errorf("suppressed findings must not fail the run, exit %d", code)
	}
	shown, _, _ := runCLI(t, "--no-color", "--show-suppressed", filepath.Join(dir, "img"))
	if !strings.Contains(shown, "PL-DF-002") {
		t.Errorf("--show-suppressed does not list it:\n%s", shown)
	}
	sarifOut, _, _ := runCLI(t, "--format", "sarif", filepath.Join(dir, "img"))
	if !strings.Contains(sarifOut, `"kind": "inSource"`) || !strings.Contains(sarifOut, "base image for CI tools") {
		t.Errorf("SARIF lacks the inSource suppression")
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	df := filepath.Join(dir, "src", "Dockerfile")
	write(t, df, "FROM alpine\nRUN apk add --no-cache curl\n")
	base := filepath.Join(dir, "baseline.json")
	if _, _, code := runCLI(t, "--baseline-write", base, filepath.Join(dir, "src")); code != exitFindings {
		t.Fatalf("writing a baseline still reports: exit %d", code)
	}
	// Unrelated edits above the findings keep them in the baseline.
	write(t, df, "# build image for the cron tools\n\nFROM alpine\nRUN apk add --no-cache curl\n")
	if out, _, code := runCLI(t, "--baseline", base, filepath.Join(dir, "src")); code != exitClean {
		t.Fatalf("baselined findings must not fail: exit %d\n%s", code, out)
	}
	// A new problem is reported.
	write(t, df, "# build image for the cron tools\n\nFROM alpine\nRUN apk add --no-cache curl\nUSER root\n")
	out, _, code := runCLI(t, "--no-color", "--baseline", base, filepath.Join(dir, "src"))
	if code != exitFindings || !strings.Contains(out, "USER root") {
		t.Fatalf("new finding not reported against the baseline: exit %d\n%s", code, out)
	}
	if strings.Contains(out, "PL-DF-003") {
		t.Fatalf("baselined finding shown:\n%s", out)
	}
	if _, err := os.Stat(base); err != nil {
		t.Fatal(err)
	}
}

// TestDocumentedPoliciesWork loads every policy and test written in
// docs/custom-policies.md and runs the tests, so the guide cannot rot.
func TestDocumentedPoliciesWork(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(repoRoot, "docs", "custom-policies.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n := 0
	for i, block := range strings.Split(string(doc), "```rego\n")[1:] {
		src := block[:strings.Index(block, "```")]
		// The contract excerpt has METADATA but no rules; skip it.
		if !strings.Contains(src, "deny contains") && !strings.Contains(src, "test_") {
			continue
		}
		write(t, filepath.Join(dir, strings.Repeat("x", i+1)+suffix(src)), src)
		n++
	}
	if n < 4 {
		t.Fatalf("found %d runnable Rego blocks in the guide, want at least 4", n)
	}
	out, stderr, code := runCLI(t, "test", "-v", dir)
	if code != exitClean {
		t.Fatalf("platlint test on the guide's policies: exit %d\n%s\n%s", code, out, stderr)
	}
}

func suffix(src string) string {
	if strings.Contains(src, "_test\n") {
		return "_test.rego"
	}
	return ".rego"
}
