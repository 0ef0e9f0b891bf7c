package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
	}{
		{"full", "disable: [PL-DF-001]\nseverity: {PL-K8S-001: low}\nexclude: ['**/testdata/**']\nignore:\n  - paths: [legacy/**]\n    rules: [PL-TF-001]\n    reason: later\npolicies: [p]\ndata: [d.yaml]\nfail-on: high\nformat: sarif\n", ""},
		{"empty file", "", ""},
		{"unknown key names key and line", "disable: []\nfail_on: high\n", "line 2: field fail_on not found"},
		{"bad severity", "severity: {PL-K8S-001: severe}\n", "unknown severity"},
		{"bad fail-on", "fail-on: sometimes\n", "fail-on"},
		{"ignore without reason", "ignore:\n  - paths: [a]\n", "reason is required"},
		{"ignore without paths", "ignore:\n  - reason: x\n", "paths is required"},
		{"bad glob", "exclude: ['[x']\n", "invalid pattern"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, ".platlint.yaml")
			writeFile(t, p, tc.src)
			c, err := Load(p)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("want error containing %q, got %v", tc.wantErr, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "full" && (c.Policies[0] != filepath.Join(dir, "p") || c.Severities()["PL-K8S-001"] != model.SeverityLow) {
				t.Fatalf("paths must resolve against the file's directory: %+v", c)
			}
		})
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, ".platlint.yml"), "")
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Find(deep)
	if err != nil || got != filepath.Join(root, ".platlint.yml") {
		t.Fatalf("Find = %q, %v", got, err)
	}
}

func TestFindNotFound(t *testing.T) {
	if _, err := Find(t.TempDir()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("want ErrNotFound, got %v", err)
	}
}

func TestApplyIgnores(t *testing.T) {
	c := &Config{Ignore: []Ignore{
		{Paths: []string{"legacy"}, Rules: []string{"PL-TF-001"}, Reason: "moving off it"},
		{Paths: []string{"**/*.Dockerfile"}, Reason: "generated"},
	}}
	fs := []model.Finding{
		{RuleID: "PL-TF-001", File: "legacy/s3/main.tf"},
		{RuleID: "PL-TF-002", File: "legacy/s3/main.tf"},
		{RuleID: "PL-DF-002", File: "ci/build.Dockerfile"},
		{RuleID: "PL-TF-001", File: "live/main.tf"},
	}
	c.ApplyIgnores(fs)
	got := []bool{fs[0].Suppressed(), fs[1].Suppressed(), fs[2].Suppressed(), fs[3].Suppressed()}
	want := []bool{true, false, true, false}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("finding %d suppressed=%v, want %v", i, got[i], want[i])
		}
	}
	if fs[0].Suppression.Kind != "external" || fs[0].Suppression.Justification != "moving off it" {
		t.Errorf("suppression: %+v", fs[0].Suppression)
	}
}

func TestLoadData(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), "registries: [a, b]\nlimit: 3\n")
	writeFile(t, filepath.Join(dir, "b.json"), `{"owner": "x"}`)
	writeFile(t, filepath.Join(dir, "dup.json"), `{"limit": 4}`)
	writeFile(t, filepath.Join(dir, "reserved.json"), `{"platlint": {}}`)
	d, err := LoadData([]string{filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.json")})
	if err != nil || d["owner"] != "x" || len(d["registries"].([]any)) != 2 {
		t.Fatalf("got %v, %v", d, err)
	}
	if _, err := LoadData([]string{filepath.Join(dir, "a.yaml"), filepath.Join(dir, "dup.json")}); err == nil {
		t.Fatal("two files setting one key must be an error")
	}
	if _, err := LoadData([]string{filepath.Join(dir, "reserved.json")}); err == nil {
		t.Fatal("data.platlint is reserved")
	}
}
