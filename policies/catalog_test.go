package policies_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/ruledoc"
	"github.com/platlint/platlint/policies"
)

func bundledEngine(t *testing.T) *engine.Engine {
	t.Helper()
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, false)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(context.Background(), engine.Options{Modules: mods})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

var idPattern = regexp.MustCompile(`^PL-(TF|K8S|DF)-\d{3}$`)

// TestCatalog holds every bundled rule to the catalog's standard: complete
// METADATA, a Rego test file beside it, and an e2e fixture that expects it.
func TestCatalog(t *testing.T) {
	wanted := e2eWants(t)
	prefix := map[string]string{"terraform": "PL-TF-", "kubernetes": "PL-K8S-", "dockerfile": "PL-DF-"}
	for _, r := range bundledEngine(t).Rules() {
		t.Run(r.ID, func(t *testing.T) {
			if !idPattern.MatchString(r.ID) || !strings.HasPrefix(r.ID, prefix[string(r.Input)]) {
				t.Errorf("id %s does not follow PL-<TF|K8S|DF>-NNN for input %s", r.ID, r.Input)
			}
			for field, v := range map[string]string{"description": r.Description, "rationale": r.Rationale, "remediation": r.Remediation} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("METADATA has no %s", field)
				}
			}
			if len(r.References) == 0 {
				t.Error("METADATA has no related_resources")
			}
			if !strings.HasSuffix(strings.TrimSpace(r.Remediation), ".") && !strings.HasSuffix(strings.TrimSpace(r.Remediation), "`") {
				t.Errorf("remediation should be a sentence: %q", r.Remediation)
			}
			if !strings.Contains(r.Remediation, "`") {
				t.Errorf("remediation has no corrected snippet in backticks: %q", r.Remediation)
			}
			testFile := strings.TrimSuffix(strings.TrimPrefix(r.Source, policies.Prefix+"/"), ".rego") + "_test.rego"
			if _, err := fs.Stat(policies.FS, testFile); err != nil {
				t.Errorf("no Rego tests: %s", path.Join(policies.Prefix, testFile))
			}
			if !wanted[r.ID] {
				t.Errorf("no e2e fixture under testdata/e2e expects %s (add a `# want: %s` marker)", r.ID, r.ID)
			}
		})
	}
}

// e2eWants collects every rule id named by a want marker in testdata/e2e.
func e2eWants(t *testing.T) map[string]bool {
	t.Helper()
	marker := regexp.MustCompile(`#\s*want(?:-next)?:\s*([A-Za-z0-9_,\- ]+)`)
	ids := map[string]bool{}
	err := filepath.WalkDir(filepath.Join("..", "testdata", "e2e"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range marker.FindAllStringSubmatch(string(b), -1) {
			for _, id := range strings.Split(m[1], ",") {
				ids[strings.TrimSpace(id)] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestPolicyDocsUpToDate fails when docs/policies.md no longer matches the
// catalog; `make docs` regenerates it.
func TestPolicyDocsUpToDate(t *testing.T) {
	var b bytes.Buffer
	if err := ruledoc.WriteMarkdown(&b, bundledEngine(t).Rules()); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "docs", "policies.md"))
	if err != nil {
		t.Fatalf("%v: run make docs", err)
	}
	if !bytes.Equal(committed, b.Bytes()) {
		t.Fatal("docs/policies.md is stale: run make docs and commit the result")
	}
}

// TestRulesNameWhatTheyApplyTo keeps custom.resources filled in, the
// "applies to" of the generated docs.
func TestRulesNameWhatTheyApplyTo(t *testing.T) {
	for _, r := range bundledEngine(t).Rules() {
		if len(r.Resources) == 0 {
			t.Errorf("%s: METADATA has no custom.resources", r.ID)
		}
	}
}

// TestEmbeddedCatalogUpToDate fails when catalog.json, which runs read
// instead of parsing every module's METADATA, no longer matches the
// policies; `make docs` regenerates it.
func TestEmbeddedCatalogUpToDate(t *testing.T) {
	mods, err := engine.OpenFS(policies.FS, ".", policies.Prefix)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := engine.WriteCatalog(&b, mods); err != nil {
		t.Fatal(err)
	}
	embedded, err := fs.ReadFile(policies.FS, engine.CatalogFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(embedded, b.Bytes()) {
		t.Fatal("policies/catalog.json is stale: run make docs and commit the result")
	}
	// The cached catalog and the parsed one describe the same rules.
	parsed, err := engine.LoadFS(policies.FS, ".", policies.Prefix, false)
	if err != nil {
		t.Fatal(err)
	}
	fromCache, err := engine.New(context.Background(), engine.Options{Modules: mods})
	if err != nil {
		t.Fatal(err)
	}
	fromSource, err := engine.New(context.Background(), engine.Options{Modules: parsed})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(fromCache.Rules())
	c, _ := json.Marshal(fromSource.Rules())
	if !bytes.Equal(a, c) {
		t.Fatal("rules read from catalog.json differ from the rules parsed from the policies")
	}
}
