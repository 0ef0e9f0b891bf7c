package policies_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/regotest"
	"github.com/platlint/platlint/policies"
)

// TestRego runs every bundled policy's Rego unit tests with OPA's tester.
func TestRego(t *testing.T) {
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, true)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sum, err := regotest.Run(context.Background(), mods, regotest.Options{Verbose: testing.Verbose()}, &out)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	if !sum.OK() {
		t.Fatalf("%d failed, %d errored:\n%s", sum.Failed, sum.Errored, out.String())
	}
	if sum.Passed == 0 {
		t.Fatal("no Rego test ran")
	}
	t.Logf("%d Rego tests passed", sum.Passed)
}

// TestStrict compiles every bundled module, tests included, with OPA's
// strict checks (unused arguments and variables, shadowed imports, ...):
// scans skip the check-only compiler stages for bundled policies, so this
// is where they are enforced.
func TestStrict(t *testing.T) {
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, true)
	if err != nil {
		t.Fatal(err)
	}
	modules := map[string]*ast.Module{}
	for _, m := range mods {
		modules[m.Name] = m.Module
	}
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1).WithStrict(true)
	if c.Compile(modules); c.Failed() {
		t.Fatal(c.Errors)
	}
}
