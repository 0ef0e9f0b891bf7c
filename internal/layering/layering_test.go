// Package layering_test keeps platlint's packages in their layers: plain
// data at the bottom, parsers that know nothing of OPA, report writers
// that know only the model, and the CLI as the only place that wires them
// together. It reads import lists with go/parser, as depguard would.
package layering_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/platlint/platlint"

// rule forbids packages under dir (module-relative) to import paths with
// any of the prefixes, unless an allowed prefix matches first.
type rule struct {
	dir     string
	forbid  []string
	allow   []string
	comment string
}

var rules = []rule{
	{dir: "internal/model", forbid: []string{"github.com/", "go.yaml.in/", "sigs.k8s.io/"}, comment: "model is plain data and imports nothing but the standard library"},
	{dir: "internal/parse", forbid: []string{"github.com/open-policy-agent/", module + "/internal/engine", module + "/internal/report", module + "/internal/scan", module + "/cmd"}, comment: "parsers do not know OPA, policies or reports"},
	{dir: "internal/report", forbid: []string{module + "/internal/", "github.com/open-policy-agent/"}, allow: []string{module + "/internal/model", module + "/internal/report/", module + "/internal/goldentest"}, comment: "report writers depend on the model only"},
	{dir: "internal/engine", forbid: []string{module + "/internal/parse", module + "/internal/report", module + "/internal/scan", module + "/cmd"}, comment: "the engine evaluates documents; it does not parse or report"},
	{dir: "internal", forbid: []string{"github.com/spf13/"}, comment: "only the command line uses cobra"},
	{dir: "", forbid: []string{"github.com/open-policy-agent/opa/ast", "github.com/open-policy-agent/opa/rego", "github.com/open-policy-agent/opa/loader", "github.com/open-policy-agent/opa/tester", "github.com/open-policy-agent/opa/topdown", "github.com/open-policy-agent/opa/storage"}, comment: "OPA's top-level packages default to Rego v0: use github.com/open-policy-agent/opa/v1/..."},
}

func TestLayering(t *testing.T) {
	root := filepath.Join("..", "..")
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name != ".." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, r := range rules {
				if r.dir != "" && !strings.HasPrefix(rel, r.dir+"/") {
					continue
				}
				if violates(r, p) {
					t.Errorf("%s imports %s: %s", rel, p, r.comment)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d Go files; is the walk rooted at the module?", files)
	}
}

func violates(r rule, path string) bool {
	for _, a := range r.allow {
		if path == strings.TrimSuffix(a, "/") || strings.HasPrefix(path, a) {
			return false
		}
	}
	for _, f := range r.forbid {
		if path == f || strings.HasPrefix(path, strings.TrimSuffix(f, "/")+"/") || (strings.HasSuffix(f, "/") && strings.HasPrefix(path, f)) {
			return true
		}
	}
	return false
}
