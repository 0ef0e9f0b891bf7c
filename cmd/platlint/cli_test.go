package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is where examples/ and testdata/ live, two levels up.
const repoRoot = "../.."

// runCLI runs platlint in-process and returns stdout, stderr and the exit
// code that main would use.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs(args)
	cmd.SetOut(&stdout)
	cmd.SetErr(&stderr)
	err := cmd.ExecuteContext(context.Background())
	code := exitClean
	switch {
	case errors.Is(err, errFindings):
		code = exitFindings
	case err != nil:
		stderr.WriteString(err.Error())
		code = exitError
	}
	return stdout.String(), stderr.String(), code
}

// jsonFinding is the part of the JSON report the tests look at.
type jsonFinding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	Resource  string `json:"resource"`
}

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Errors   []any         `json:"errors"`
}

func scanJSON(t *testing.T, args ...string) jsonReport {
	t.Helper()
	out, errOut, code := runCLI(t, append([]string{"--format", "json"}, args...)...)
	if code == exitError {
		t.Fatalf("platlint %v: exit 2: %s", args, errOut)
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("decode JSON report: %v\n%s", err, out)
	}
	return rep
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "clean", "Dockerfile"), "FROM gcr.io/distroless/static-debian12:nonroot@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")
	write(t, filepath.Join(dir, "bad", "Dockerfile"), "FROM alpine\nUSER root\n")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"findings", []string{filepath.Join(dir, "bad")}, exitFindings},
		{"below threshold", []string{"--fail-on", "critical", filepath.Join(dir, "bad")}, exitClean},
		{"bad flag value", []string{"--fail-on", "severe", dir}, exitError},
		{"bad format", []string{"--format", "xml", dir}, exitError},
		{"missing path", []string{filepath.Join(dir, "nope")}, exitError},
		{"version", []string{"version"}, exitClean},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.args...)
			if code != tc.want {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.want, stderr)
			}
		})
	}
}

func TestParseErrorDoesNotStopTheScan(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "broken", "main.tf"), "resource \"aws_s3_bucket\" \"x\" {\n  acl = \n}\n")
	write(t, filepath.Join(dir, "ok", "main.tf"), "resource \"aws_s3_bucket\" \"y\" {\n  acl = \"public-read\"\n}\n")
	write(t, filepath.Join(dir, "k8s", "bad.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: [\n")
	rep := scanJSON(t, dir)
	var parseErrors, public int
	for _, f := range rep.Findings {
		switch {
		case f.Rule == "parse-error":
			parseErrors++
			if f.StartLine < 1 {
				t.Errorf("parse-error without a line: %+v", f)
			}
		case f.Rule == "PL-TF-001" && f.File == "ok/main.tf" && f.StartLine == 2:
			public++
		}
	}
	if parseErrors != 2 || public != 1 {
		t.Fatalf("got %d parse errors and %d PL-TF-001 at ok/main.tf:2, want 2 and 1: %+v", parseErrors, public, rep.Findings)
	}
}

func TestFileArgumentsScanTheWholeModule(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "mod", "bucket.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"acme-b\"\n}\n")
	write(t, filepath.Join(dir, "mod", "pab.tf"), "resource \"aws_s3_bucket_public_access_block\" \"b\" {\n  bucket = aws_s3_bucket.b.id\n  block_public_acls = true\n  block_public_policy = true\n  ignore_public_acls = true\n  restrict_public_buckets = true\n}\n")
	// Naming only bucket.tf must still see the access block in pab.tf.
	rep := scanJSON(t, filepath.Join(dir, "mod", "bucket.tf"))
	for _, f := range rep.Findings {
		if f.Rule == "PL-TF-002" {
			t.Fatalf("PL-TF-002 reported although pab.tf blocks public access: %+v", f)
		}
	}
}

func TestExcludeAndDeterminism(t *testing.T) {
	target := filepath.Join(repoRoot, "examples")
	a, _, _ := runCLI(t, "--format", "sarif", target)
	b, _, _ := runCLI(t, "--format", "sarif", target)
	if a != b {
		t.Fatal("two scans of the same tree wrote different bytes")
	}
	rep := scanJSON(t, "--exclude", "**/kubernetes/**", "--exclude", "docker", target)
	for _, f := range rep.Findings {
		if strings.Contains(f.File, "kubernetes/") || strings.Contains(f.File, "docker/") {
			t.Fatalf("excluded file reported: %s", f.File)
		}
	}
	if len(rep.Findings) == 0 {
		t.Fatal("exclusions removed everything")
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestExtraReportsComeFromTheSameScan(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "src", "Dockerfile"), "FROM alpine\n")
	sarifPath, jsonPath := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "out.json")
	text, _, code := runCLI(t, "--no-color", "--report", "sarif:"+sarifPath, "--report", "json:"+jsonPath, filepath.Join(dir, "src"))
	if code != exitFindings || !strings.Contains(text, "PL-DF-003") {
		t.Fatalf("exit %d, text report:\n%s", code, text)
	}
	sarifOut, _, _ := runCLI(t, "--format", "sarif", filepath.Join(dir, "src"))
	jsonOut, _, _ := runCLI(t, "--format", "json", filepath.Join(dir, "src"))
	for path, want := range map[string]string{sarifPath: sarifOut, jsonPath: jsonOut} {
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("%s differs from the same report written alone (%v)", path, err)
		}
	}
	for _, bad := range []string{"sarif", "xml:out.xml", "sarif:"} {
		if _, _, code := runCLI(t, "--report", bad, filepath.Join(dir, "src")); code != exitError {
			t.Errorf("--report %q: exit %d, want 2", bad, code)
		}
	}
}

func TestDisableFlag(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "Dockerfile"), "FROM alpine\n")
	rep := scanJSON(t, "--disable", "PL-DF-003,PL-DF-015", dir)
	for _, f := range rep.Findings {
		if f.Rule == "PL-DF-003" {
			t.Fatalf("disabled rule reported: %+v", f)
		}
	}
	if len(rep.Findings) == 0 {
		t.Fatal("--disable removed every rule")
	}
	if _, stderr, code := runCLI(t, "--disable", "PL-DF-999", dir); code != exitError || !strings.Contains(stderr, "PL-DF-999") {
		t.Fatalf("an unknown rule id must be an error: exit %d %q", code, stderr)
	}
}
