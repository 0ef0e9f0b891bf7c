package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// wantMarker is an expectation written inline in an e2e fixture:
// `# want: PL-TF-001,PL-TF-002` at the end of the line the findings start
// on, or, in Dockerfiles where trailing comments are not comments, a whole
// line `# want-next: PL-DF-002` above the instruction.
var wantMarker = regexp.MustCompile(`#\s*want(-next)?:\s*([A-Za-z0-9_,\- ]+)`)

type hit struct {
	line int
	rule string
}

// readWants returns the expected (line, rule) pairs of a fixture file.
func readWants(t *testing.T, path string) []hit {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var wants []hit
	var pending []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if len(pending) > 0 && trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			for _, r := range pending {
				wants = append(wants, hit{n, r})
			}
			pending = nil
		}
		m := wantMarker.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var ids []string
		for _, id := range strings.Split(m[2], ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
		if m[1] == "-next" {
			pending = append(pending, ids...)
			continue
		}
		for _, id := range ids {
			wants = append(wants, hit{n, id})
		}
	}
	return wants
}

// TestWant scans testdata/e2e once and checks every fixture's inline
// expectations: each wanted rule is reported at exactly the marked lines
// of that file, and nowhere else in it.
func TestWant(t *testing.T) {
	root := filepath.Join(repoRoot, "testdata", "e2e")
	rep := scanJSON(t, root)
	// A policy that fails at run time (a function with two values for one
	// input, a type conflict) shows up as an evaluation error, never as a
	// finding: none is acceptable.
	for _, e := range rep.Errors {
		t.Errorf("evaluation error: %v", e)
	}
	got := map[string][]hit{}
	for _, f := range rep.Findings {
		got[f.File] = append(got[f.File], hit{f.StartLine, f.Rule})
	}
	files := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		wants := readWants(t, path)
		if len(wants) == 0 {
			return nil
		}
		files++
		t.Run(rel, func(t *testing.T) {
			rules := map[string]bool{}
			for _, w := range wants {
				rules[w.rule] = true
			}
			var have []hit
			for _, h := range got[rel] {
				if rules[h.rule] {
					have = append(have, h)
				}
			}
			for _, w := range wants {
				if !slices.Contains(have, w) {
					t.Errorf("%s:%d: want %s, not reported there (reported: %v)", rel, w.line, w.rule, have)
				}
			}
			for _, h := range have {
				if !slices.Contains(wants, h) {
					t.Errorf("%s:%d: unexpected %s", rel, h.line, h.rule)
				}
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatal("no fixture with want markers under testdata/e2e")
	}
}

// TestGolden scans testdata/golden/input and compares the JSON, SARIF and
// text reports byte for byte with the committed files (-update rewrites
// them). The SARIF is also validated against the official 2.1.0 schema.
func TestGolden(t *testing.T) {
	input := filepath.Join(repoRoot, "testdata", "golden", "input")
	abs, err := filepath.Abs(input)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "sarif", "text", "github"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := runCLI(t, "--format", format, "--no-color", input)
			if code != exitFindings {
				t.Fatalf("exit %d, want 1: %s", code, stderr)
			}
			// The SARIF names the scanned directory as a file:// URI.
			out = strings.ReplaceAll(out, filepath.ToSlash(abs), "/ROOT")
			if format == "sarif" {
				validateSARIF(t, []byte(out))
			}
			golden := filepath.Join(repoRoot, "testdata", "golden", "report."+format)
			if format == "text" || format == "github" {
				golden += ".txt"
			}
			goldentest.Check(t, golden, []byte(out))
		})
	}
}

func validateSARIF(t *testing.T, doc []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(filepath.Join(repoRoot, "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(doc)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(v); err != nil {
		t.Fatalf("SARIF does not match the 2.1.0 schema: %v", err)
	}
}

// TestEveryRuleFiresOnExamples keeps examples/ honest: each rule of the
// catalog is shown at least once.
func TestEveryRuleFiresOnExamples(t *testing.T) {
	rep := scanJSON(t, filepath.Join(repoRoot, "examples"))
	for _, e := range rep.Errors {
		t.Errorf("evaluation error: %v", e)
	}
	fired := map[string]bool{}
	for _, f := range rep.Findings {
		fired[f.Rule] = true
		if f.Rule == "parse-error" {
			t.Errorf("examples/ has a parse error: %+v", f)
		}
	}
	for _, id := range catalogIDs(t) {
		if !fired[id] {
			t.Errorf("rule %s never fires on examples/", id)
		}
	}
}

// TestHardenedTreeIsClean scans a realistic hardened configuration: a
// linter that flags it is one nobody keeps enabled.
func TestHardenedTreeIsClean(t *testing.T) {
	rep := scanJSON(t, filepath.Join(repoRoot, "testdata", "hardened"))
	for _, f := range rep.Findings {
		t.Errorf("%s:%d: %s %s", f.File, f.StartLine, f.Rule, f.Message)
	}
	if len(rep.Errors) > 0 {
		t.Errorf("evaluation errors: %v", rep.Errors)
	}
}

func catalogIDs(t *testing.T) []string {
	t.Helper()
	out, stderr, code := runCLI(t, "policies", "--format", "json")
	if code != exitClean {
		t.Fatalf("policies: %s", stderr)
	}
	var rules []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}
