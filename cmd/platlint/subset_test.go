package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSmallScansAgreeWithFullScans guards the shortcut small scans take
// (compiling only the rules whose custom.resources occur in the scanned
// documents): scanning one unit alone must report what a scan of the whole
// tree reports for it. Kubernetes fixtures are scanned a directory at a
// time, since checks across objects need their neighbours.
func TestSmallScansAgreeWithFullScans(t *testing.T) {
	for _, tree := range []string{filepath.Join(repoRoot, "testdata", "e2e"), filepath.Join(repoRoot, "examples")} {
		full := findingsByFile(t, tree)
		var targets []string
		err := filepath.WalkDir(tree, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch ext := filepath.Ext(p); {
			case ext == ".yaml" || ext == ".yml" || ext == ".json":
				if !slices.Contains(targets, filepath.Dir(p)) {
					targets = append(targets, filepath.Dir(p))
				}
			case ext == ".tf" || strings.Contains(filepath.Base(p), "ockerfile"):
				targets = append(targets, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, target := range targets {
			rel, _ := filepath.Rel(repoRoot, target)
			t.Run(filepath.ToSlash(rel), func(t *testing.T) {
				for file, got := range findingsByFile(t, target) {
					if want := full[file]; !slices.Equal(got, want) {
						t.Errorf("%s: alone %v, in the full scan %v", file, got, want)
					}
				}
			})
		}
	}
}

// findingsByFile scans target and returns "rule:line" per absolute file.
func findingsByFile(t *testing.T, target string) map[string][]string {
	t.Helper()
	// Targets outside the working directory are reported relative to
	// themselves (a file: its directory).
	root, err := filepath.Abs(target)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(root); err == nil && !info.IsDir() {
		root = filepath.Dir(root)
	}
	out := map[string][]string{}
	for _, f := range scanJSON(t, target).Findings {
		file := filepath.Join(root, filepath.FromSlash(f.File))
		out[file] = append(out[file], fmt.Sprintf("%s:%d", f.Rule, f.StartLine))
	}
	for _, keys := range out {
		slices.Sort(keys)
	}
	return out
}

// TestFindingsAreOnDeclaredResources checks the condition the small-scan
// shortcut relies on, on every Terraform and Kubernetes finding of the
// fixtures and examples: the resource a finding blames is one of those its
// rule declares in custom.resources.
func TestFindingsAreOnDeclaredResources(t *testing.T) {
	out, _, _ := runCLI(t, "policies", "--format", "json")
	var rules []struct {
		ID        string   `json:"id"`
		Input     string   `json:"input"`
		Resources []string `json:"resources"`
	}
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatal(err)
	}
	declared := map[string][]string{}
	input := map[string]string{}
	for _, r := range rules {
		declared[r.ID], input[r.ID] = r.Resources, r.Input
	}
	checked := 0
	for _, tree := range []string{filepath.Join(repoRoot, "testdata", "e2e"), filepath.Join(repoRoot, "examples")} {
		for _, f := range scanJSON(t, tree).Findings {
			var typ string
			switch input[f.Rule] {
			case "terraform":
				typ = terraformType(f.Resource)
			case "kubernetes":
				typ, _, _ = strings.Cut(f.Resource, " ")
			default:
				continue
			}
			checked++
			if !slices.Contains(declared[f.Rule], typ) {
				t.Errorf("%s:%d: %s reports on %s (%q), which its custom.resources %v does not list", f.File, f.StartLine, f.Rule, typ, f.Resource, declared[f.Rule])
			}
		}
	}
	if checked == 0 {
		t.Fatal("no finding checked")
	}
}

// terraformType maps a resource name as findings show it to the vocabulary
// of custom.resources: aws_s3_bucket.logs -> aws_s3_bucket,
// data.aws_iam_policy_document.x -> aws_iam_policy_document,
// backend "s3" -> backend.s3, provider.aws -> provider.aws.
func terraformType(resource string) string {
	switch {
	case strings.HasPrefix(resource, `backend "`):
		return "backend." + strings.Trim(strings.TrimPrefix(resource, "backend "), `"`)
	case strings.HasPrefix(resource, "provider."):
		return resource
	case strings.HasPrefix(resource, "data."):
		resource = strings.TrimPrefix(resource, "data.")
	}
	typ, _, _ := strings.Cut(resource, ".")
	return typ
}
