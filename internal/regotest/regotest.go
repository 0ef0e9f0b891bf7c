// Package regotest runs Rego unit tests with OPA's own tester: what
// `opa test` does, without installing OPA. platlint test and the Go test of
// the bundled policies both use it.
package regotest

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/platlint/platlint/internal/engine"
)

// Options configures a test run.
type Options struct {
	// Verbose prints every test's result, not only failures.
	Verbose bool
	// Coverage prints the share of policy lines the tests evaluated.
	Coverage bool
	// Data is exposed under data, as --data does for scans.
	Data map[string]any
	// Timeout bounds each test; zero means 30 seconds.
	Timeout time.Duration
	// Run keeps only tests whose name matches this regular expression.
	Run string
}

// Summary counts the results of a run.
type Summary struct {
	Passed, Failed, Errored, Skipped int
}

// OK reports whether every test that ran passed.
func (s Summary) OK() bool { return s.Failed == 0 && s.Errored == 0 }

// Run compiles mods (policies and their _test.rego files) and runs every
// test_ rule, writing OPA's report to w.
func Run(ctx context.Context, mods []engine.Module, opts Options, w io.Writer) (Summary, error) {
	modules := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		modules[m.Name] = m.Module
	}
	unsafe := map[string]struct{}{}
	for _, b := range engine.UnsafeBuiltins {
		unsafe[b] = struct{}{}
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	data := opts.Data
	if data == nil {
		data = map[string]any{}
	}
	store := inmem.NewFromObject(data)
	compiler := ast.NewCompiler().
		WithDefaultRegoVersion(ast.RegoV1).
		WithUnsafeBuiltins(unsafe).
		WithEnablePrintStatements(true)
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		SetModules(modules).
		SetTimeout(timeout).
		CapturePrintOutput(true).
		SetDefaultRegoVersion(ast.RegoV1)
	if opts.Run != "" {
		runner = runner.Filter(opts.Run)
	}
	var cov *cover.Cover
	if opts.Coverage {
		cov = cover.New()
		runner = runner.SetCoverageQueryTracer(cov)
	}
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return Summary{}, err
	}
	defer store.Abort(ctx, txn)
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return Summary{}, err
	}
	var sum Summary
	results := make(chan *tester.Result)
	done := make(chan error, 1)
	go func() {
		rep := tester.PrettyReporter{Output: w, Verbose: opts.Verbose}
		done <- rep.Report(results)
	}()
	for r := range ch {
		switch {
		case r.Skip:
			sum.Skipped++
		case r.Error != nil:
			sum.Errored++
		case r.Fail:
			sum.Failed++
		default:
			sum.Passed++
		}
		results <- r
	}
	close(results)
	if err := <-done; err != nil {
		return sum, err
	}
	if cov != nil {
		report := cov.Report(modules)
		fmt.Fprintf(w, "Coverage: %.1f%%\n", report.Coverage)
		for _, name := range slices.Sorted(maps.Keys(report.Files)) {
			fmt.Fprintf(w, "  %s: %.1f%%\n", name, report.Files[name].Coverage)
		}
	}
	return sum, nil
}
