// Package engine compiles the bundled and custom Rego policies once, builds
// the rule catalog from their METADATA, and evaluates documents against the
// policies of their kind, resolving each result to a source range.
package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/platlint/platlint/internal/model"
)

// DefaultTimeout bounds the evaluation of one document by one rule, so that
// a runaway custom policy cannot hang a scan.
const DefaultTimeout = 10 * time.Second

// routerPackage holds the generated modules that gather every policy's
// results for one input kind in a single evaluation.
const routerPackage = "platlint_router"

// Options configures an Engine.
type Options struct {
	// Modules are the policies, bundled and custom, without tests: parsed
	// (LoadFS, LoadPaths) or opened for parsing on demand (OpenFS).
	Modules []Module
	// Data is exposed to policies under data (parameters from --data).
	Data map[string]any
	// Timeout bounds one evaluation; zero means DefaultTimeout.
	Timeout time.Duration
	// Disabled rules are left out of the catalog and never evaluated.
	Disabled []string
	// Severities override the METADATA severity of rules by id.
	Severities map[string]model.Severity
}

// Engine evaluates documents. Evaluate and Prepare are safe for concurrent
// use; Restrict and SetInventory prepare a scan and must come before them.
type Engine struct {
	store   storage.Store
	checks  []check
	byPkg   map[string]*check
	timeout time.Duration
	unsafe  map[string]struct{}
	// kinds compile their policies on first use: a pre-commit run on one
	// Dockerfile never pays for the Terraform catalogue.
	kinds map[model.Kind]*kindState
	// singleMu guards single, which holds per package a query for that
	// check alone, prepared on first use: it isolates a failing or slow
	// rule.
	singleMu sync.Mutex
	single   map[string]*rego.PreparedEvalQuery
	// custom are the --policy modules (parsed in full, compiled into every
	// kind); shared are the bundled helper libraries.
	custom []*policyFile
	shared []*policyFile
}

// kindState is the compiled policies of one input kind.
type kindState struct {
	once sync.Once
	// all are the kind's bundled policy files; policies those that will be
	// compiled (Restrict narrows them), parsed on first use; router gathers
	// their results.
	all      []*policyFile
	policies []*policyFile
	router   *ast.Module
	// checks are the checks the router gathers.
	checks []*check
	// compiler and query are set by the once; err reports its failure.
	compiler *ast.Compiler
	query    rego.PreparedEvalQuery
	err      error
}

// UnsafeBuiltins are the built-in functions no policy may call: they reach
// the network, the environment or the clock, and a linter's verdict must
// depend on its input alone.
var UnsafeBuiltins = []string{
	"http.send",
	"net.lookup_ip_addr",
	"opa.runtime",
	"rand.intn",
	"time.now_ns",
	"uuid.rfc4122",
	"trace",
}

// New reads the catalog from the modules' METADATA and validates it. Custom
// modules are compiled at once, so that their errors stop the run before
// any scanning; bundled policies are compiled per input kind on first use
// (Prepare).
func New(ctx context.Context, opts Options) (*Engine, error) {
	names := map[string]bool{}
	for _, m := range opts.Modules {
		if names[m.Name] {
			return nil, fmt.Errorf("policy %s loaded twice", m.Name)
		}
		names[m.Name] = true
	}
	files, err := newPolicyFiles(opts.Modules)
	if err != nil {
		return nil, err
	}
	if err := checkPackageClashes(files); err != nil {
		return nil, err
	}
	if err := checkCustomBuiltins(files); err != nil {
		return nil, err
	}
	checks, err := buildCatalog(files)
	if err != nil {
		return nil, err
	}
	if checks, err = tune(checks, opts.Disabled, opts.Severities); err != nil {
		return nil, err
	}
	data := opts.Data
	if data == nil {
		data = map[string]any{}
	}
	e := &Engine{
		// Policies read data (parameters, the Kubernetes inventory) on
		// every evaluation; keeping it as AST values spares a conversion
		// of the whole inventory per document.
		store:   inmem.NewFromObjectWithOpts(data, inmem.OptReturnASTValuesOnRead(true)),
		checks:  checks,
		byPkg:   map[string]*check{},
		timeout: opts.Timeout,
		unsafe:  map[string]struct{}{},
		kinds:   map[model.Kind]*kindState{},
		single:  map[string]*rego.PreparedEvalQuery{},
	}
	if e.timeout <= 0 {
		e.timeout = DefaultTimeout
	}
	for _, b := range UnsafeBuiltins {
		e.unsafe[b] = struct{}{}
	}
	for i := range e.checks {
		e.byPkg[e.checks[i].pkg] = &e.checks[i]
		k := e.checks[i].rule.Input
		if e.kinds[k] == nil {
			e.kinds[k] = &kindState{}
		}
	}

	// Bundled policies belong to their kind; helper libraries, the modules
	// of disabled checks and every custom module are shared, and a kind
	// compiles the shared modules it needs.
	for _, pf := range files {
		if IsTestFile(pf.name) {
			continue
		}
		ch := e.byPkg[pf.pkg]
		switch {
		case pf.custom:
			e.custom = append(e.custom, pf)
		case ch != nil:
			st := e.kinds[ch.rule.Input]
			st.all = append(st.all, pf)
			st.policies = append(st.policies, pf)
		default:
			e.shared = append(e.shared, pf)
		}
	}
	for k, st := range e.kinds {
		for i := range e.checks {
			if e.checks[i].rule.Input == k {
				st.checks = append(st.checks, &e.checks[i])
			}
		}
	}
	if len(e.custom) > 0 {
		// Custom Rego is compiled at once, with the helpers it imports, so
		// that its errors stop the run before any scanning.
		if _, err := e.compile(nil); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// compile compiles the given modules with every custom module and the
// shared helpers they all need.
func (e *Engine) compile(extra map[string]*ast.Module, skip ...ast.StageID) (*ast.Compiler, error) {
	mods := map[string]*ast.Module{}
	var roots []*ast.Module
	for name, m := range extra {
		mods[name] = m
		roots = append(roots, m)
	}
	for _, pf := range e.custom {
		mods[pf.name] = pf.full
		roots = append(roots, pf.full)
	}
	deps, err := closure(roots, e.shared)
	if err != nil {
		return nil, err
	}
	for _, m := range deps {
		mods[m.Package.Location.File] = m
	}
	c := e.newCompiler().WithSkipStages(skip...)
	if c.Compile(mods); c.Failed() {
		return nil, CompileError{Errors: c.Errors}
	}
	return c, nil
}

// trustedStages are compiler checks that only find mistakes and change
// nothing that evaluation uses. A kind's compile skips them: bundled
// policies pass them in CI (their Rego tests compile with every check) and
// custom policies pass them when New compiles them on their own. Type
// checking is most of a compile's cost.
var trustedStages = []ast.StageID{
	ast.StageCheckTypes,
	ast.StageCheckUnusedImports,
	ast.StageCheckDeprecatedBuiltins,
	ast.StageCheckRecursion,
	ast.StageCheckRuleConflicts,
	ast.StageCheckUndefinedFuncs,
	ast.StageCheckKeywordOverrides,
	ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls,
}

func (e *Engine) newCompiler() *ast.Compiler {
	return ast.NewCompiler().
		WithDefaultRegoVersion(ast.RegoV1).
		WithUnsafeBuiltins(e.unsafe).
		WithEnablePrintStatements(false)
}

// ErrAlreadyCompiled is returned by Restrict when a kind was compiled for a
// narrower set of resources than a later scan needs: an Engine restricted
// for one small scan cannot serve a wider one.
var ErrAlreadyCompiled = errors.New("policies already compiled for fewer resources; use a new engine for this scan")

// Restrict limits a kind, before it is prepared, to the checks that can
// apply to the given resource types (see ResourceTypes): checks whose
// custom.resources meet them, checks that declare none, and every custom
// check. A small scan (a pre-commit run) then compiles a handful of
// policies instead of the kind's whole catalogue. Once the kind is
// compiled, Restrict only accepts types its checks already cover. It must
// not run concurrently with Prepare or Evaluate.
func (e *Engine) Restrict(k model.Kind, types []string) error {
	st := e.kinds[k]
	if st == nil {
		return nil
	}
	present := map[string]bool{}
	for _, t := range types {
		present[t] = true
	}
	var keep []check
	var kept []*check
	pkgs := map[string]bool{}
	for i := range e.checks {
		ch := &e.checks[i]
		if ch.rule.Input != k {
			continue
		}
		applies := ch.rule.Custom || len(ch.rule.Resources) == 0
		for _, r := range ch.rule.Resources {
			applies = applies || present[r]
		}
		if applies {
			keep = append(keep, *ch)
			kept = append(kept, ch)
			pkgs[ch.pkg] = true
		}
	}
	if st.compiled() {
		for _, ch := range kept {
			if !slices.Contains(st.checks, ch) {
				return fmt.Errorf("%s: %w", k, ErrAlreadyCompiled)
			}
		}
		return nil
	}
	router, err := routerModule(k, keep)
	if err != nil {
		return err
	}
	st.router, st.checks = router, kept
	st.policies = st.policies[:0]
	for _, pf := range st.all {
		if pkgs[pf.pkg] {
			st.policies = append(st.policies, pf)
		}
	}
	return nil
}

// compiled reports whether the kind's policies were compiled (or failed to).
func (st *kindState) compiled() bool { return st.compiler != nil || st.err != nil }

// Prepare compiles the policies of the given kinds, concurrently. Scans
// call it with the kinds they found, so compile errors surface before any
// evaluation; Evaluate prepares a kind on demand otherwise.
func (e *Engine) Prepare(ctx context.Context, kinds ...model.Kind) error {
	errs := make([]error, len(kinds))
	var wg sync.WaitGroup
	for i, k := range kinds {
		st := e.kinds[k]
		if st == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = e.prepareKind(ctx, k, st)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (e *Engine) prepareKind(ctx context.Context, k model.Kind, st *kindState) error {
	st.once.Do(func() {
		// The router is generated here, for the kinds a scan meets, unless
		// Restrict already wrote a narrower one.
		if st.router == nil {
			checks := make([]check, len(st.checks))
			for i, ch := range st.checks {
				checks[i] = *ch
			}
			if st.router, st.err = routerModule(k, checks); st.err != nil {
				return
			}
		}
		mods := map[string]*ast.Module{routerName(k): st.router}
		parsed, err := parseAll(st.policies)
		if err != nil {
			st.err = err
			return
		}
		for i, pf := range st.policies {
			mods[pf.name] = parsed[i]
		}
		c, err := e.compile(mods, trustedStages...)
		if err != nil {
			st.err = err
			return
		}
		st.compiler = c
		st.query, st.err = e.prepare(ctx, c, fmt.Sprintf("data.%s.%s.results", routerPackage, k))
		if st.err != nil {
			st.err = fmt.Errorf("prepare %s policies: %w", k, st.err)
		}
	})
	return st.err
}

func (e *Engine) prepare(ctx context.Context, c *ast.Compiler, query string) (rego.PreparedEvalQuery, error) {
	return rego.New(
		rego.Query(query),
		rego.Compiler(c),
		rego.Store(e.store),
		rego.StrictBuiltinErrors(false),
	).PrepareForEval(ctx)
}

// CompileError carries OPA's compile errors, each with file, row and column.
type CompileError struct{ Errors ast.Errors }

func (e CompileError) Error() string {
	var b strings.Builder
	for i, err := range e.Errors {
		if i > 0 {
			b.WriteByte('\n')
		}
		if err.Location != nil {
			fmt.Fprintf(&b, "%s:%d:%d: %s", err.Location.File, err.Location.Row, err.Location.Col, err.Message)
		} else {
			b.WriteString(err.Message)
		}
	}
	return b.String()
}

// checkPackageClashes refuses a custom module that reuses a bundled
// package: it would silently merge its rules into a bundled check.
func checkPackageClashes(files []*policyFile) error {
	bundled := map[string]string{}
	for _, pf := range files {
		if !pf.custom && !IsTestFile(pf.name) {
			bundled[pf.pkg] = pf.name
		}
	}
	for _, pf := range files {
		if !pf.custom {
			continue
		}
		if other, ok := bundled[pf.pkg]; ok {
			return fmt.Errorf("%s:%d: package %s is already defined by bundled policy %s",
				pf.name, pf.header.Package.Location.Row, pf.pkg, other)
		}
	}
	return nil
}

func routerName(k model.Kind) string { return fmt.Sprintf("platlint/router/%s.rego", k) }

// routerModule writes, for one input kind, a module whose results set
// gathers every deny and warn result of that kind's checks, tagged with the
// package and entry that produced it. One Eval per document instead of one
// per rule is what keeps a large catalogue fast.
func routerModule(k model.Kind, checks []check) (*ast.Module, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s.%s\n\n", routerPackage, k)
	// An empty set keeps the query defined when every check is disabled.
	b.WriteString("results contains x if {\n\tsome x in []\n}\n\n")
	for _, ch := range checks {
		if ch.rule.Input != k {
			continue
		}
		pkgLit, _ := json.Marshal(ch.pkg)
		ref := ast.MustParseRef("data." + ch.pkg)
		for _, entry := range ch.entries {
			fmt.Fprintf(&b, "results contains {\"p\": %s, \"k\": %q, \"r\": r} if {\n\tsome r in %s.%s\n}\n\n",
				pkgLit, entry, ref.String(), entry)
		}
	}
	m, err := ast.ParseModuleWithOpts(routerName(k), b.String(), parserOptions)
	if err != nil {
		return nil, fmt.Errorf("generate %s router: %w", k, err)
	}
	return m, nil
}

// Rules returns the catalog, sorted by id.
func (e *Engine) Rules() []model.Rule {
	rules := make([]model.Rule, len(e.checks))
	for i, ch := range e.checks {
		rules[i] = ch.rule
	}
	return rules
}

// Evaluate runs every policy of the document's kind on it. A policy that
// fails at run time becomes an EvalError; the other policies' findings are
// still returned.
func (e *Engine) Evaluate(ctx context.Context, doc *model.Document) ([]model.Finding, []model.EvalError) {
	st := e.kinds[doc.Kind]
	if st == nil {
		return nil, nil
	}
	if err := e.prepareKind(ctx, doc.Kind, st); err != nil {
		return nil, []model.EvalError{{File: doc.Path, Message: err.Error()}}
	}
	pq := st.query
	input, err := ast.InterfaceToValue(doc.Input)
	if err != nil {
		return nil, []model.EvalError{{File: doc.Path, Message: fmt.Sprintf("convert input: %v", err)}}
	}
	evalCtx, cancel := context.WithTimeout(ctx, e.timeout)
	rs, err := pq.Eval(evalCtx, rego.EvalParsedInput(input))
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return nil, []model.EvalError{{File: doc.Path, Message: ctx.Err().Error()}}
		}
		// Something failed or ran out of time: evaluate check by check to
		// name the culprit and keep the findings of the rest.
		return e.evaluateEach(ctx, st, doc, input)
	}
	var findings []model.Finding
	var errs []model.EvalError
	for _, r := range rs {
		for _, ex := range r.Expressions {
			items, _ := ex.Value.([]any)
			for _, it := range items {
				obj, _ := it.(map[string]any)
				pkg, _ := obj["p"].(string)
				entry, _ := obj["k"].(string)
				ch := e.byPkg[pkg]
				if ch == nil {
					continue
				}
				f, err := e.finding(doc, ch, entry, obj["r"])
				if err != nil {
					errs = append(errs, model.EvalError{RuleID: ch.rule.ID, File: doc.Path, Message: err.Error()})
					continue
				}
				findings = append(findings, f)
			}
		}
	}
	return findings, errs
}

// evaluateEach is the slow path: one query per check of the kind.
func (e *Engine) evaluateEach(ctx context.Context, st *kindState, doc *model.Document, input ast.Value) ([]model.Finding, []model.EvalError) {
	var findings []model.Finding
	var errs []model.EvalError
	c := st.compiler
	for _, ch := range st.checks {
		for _, entry := range ch.entries {
			pq, err := e.singleQuery(ctx, c, ch.pkg, entry)
			if err != nil {
				errs = append(errs, model.EvalError{RuleID: ch.rule.ID, File: doc.Path, Message: err.Error()})
				continue
			}
			evalCtx, cancel := context.WithTimeout(ctx, e.timeout)
			rs, err := pq.Eval(evalCtx, rego.EvalParsedInput(input))
			timedOut := errors.Is(evalCtx.Err(), context.DeadlineExceeded)
			cancel()
			if err != nil {
				msg := err.Error()
				if timedOut {
					msg = fmt.Sprintf("rule %s (%s.%s) exceeded the evaluation time limit of %s", ch.rule.ID, ch.pkg, entry, e.timeout)
				}
				errs = append(errs, model.EvalError{RuleID: ch.rule.ID, File: doc.Path, Message: msg})
				continue
			}
			for _, r := range rs {
				items, _ := r.Bindings["x"].([]any)
				for _, it := range items {
					f, err := e.finding(doc, ch, entry, it)
					if err != nil {
						errs = append(errs, model.EvalError{RuleID: ch.rule.ID, File: doc.Path, Message: err.Error()})
						continue
					}
					findings = append(findings, f)
				}
			}
		}
	}
	return findings, errs
}

func (e *Engine) singleQuery(ctx context.Context, c *ast.Compiler, pkg, entry string) (*rego.PreparedEvalQuery, error) {
	key := pkg + "." + entry
	e.singleMu.Lock()
	defer e.singleMu.Unlock()
	if pq, ok := e.single[key]; ok {
		return pq, nil
	}
	// A set or an array of results; anything else is reported by finding.
	pq, err := e.prepare(ctx, c, fmt.Sprintf("x := [r | some r in data.%s.%s]", pkg, entry))
	if err != nil {
		return nil, err
	}
	e.single[key] = &pq
	return &pq, nil
}

// finding turns one deny/warn result into a located finding.
func (e *Engine) finding(doc *model.Document, ch *check, entry string, result any) (model.Finding, error) {
	var msg, resource string
	var path []any
	switch r := result.(type) {
	case string:
		msg = r
	case map[string]any:
		m, ok := r["msg"].(string)
		if !ok {
			return model.Finding{}, fmt.Errorf("%s result has no string msg: %s", entry, compact(r))
		}
		msg = m
		if p, ok := r["path"]; ok {
			pl, ok := p.([]any)
			if !ok {
				return model.Finding{}, fmt.Errorf("%s result path must be an array of keys and indices, got %s", entry, compact(p))
			}
			path = pl
		}
		resource, _ = r["resource"].(string)
	default:
		return model.Finding{}, fmt.Errorf("%s result must be a string or an object with msg, got %s", entry, compact(result))
	}
	ptr, err := pointerFromPath(path)
	if err != nil {
		return model.Finding{}, fmt.Errorf("%s result: %w", entry, err)
	}
	// Without a path, a Terraform address names the block to point at.
	if len(path) == 0 && resource != "" && doc.Kind == model.KindTerraform {
		ptr = addressPointer(resource)
	}
	rng, matched, _ := doc.Locate(ptr)
	if resource == "" {
		resource = resourceName(doc, path)
	}
	return model.Finding{
		RuleID:    ch.rule.ID,
		Severity:  ch.rule.Severity,
		Message:   msg,
		File:      rng.File,
		StartLine: rng.Start.Line,
		EndLine:   max(rng.End.Line, rng.Start.Line),
		StartCol:  rng.Start.Col,
		EndCol:    rng.End.Col,
		Resource:  resource,
		Advisory:  entry == "warn",
		Pointer:   matched,
	}, nil
}

// pointerFromPath turns a policy's path (keys and indices) into a JSON
// pointer. Numbers arrive as json.Number or float64 depending on OPA's
// conversion; both are indices.
func pointerFromPath(path []any) (string, error) {
	segs := make([]any, 0, len(path))
	for _, p := range path {
		switch v := p.(type) {
		case string:
			segs = append(segs, v)
		case json.Number:
			segs = append(segs, v.String())
		case float64:
			segs = append(segs, int(v))
		case int:
			segs = append(segs, v)
		default:
			return "", fmt.Errorf("path element %s is neither a key nor an index", compact(p))
		}
	}
	return model.Pointer(segs...), nil
}

func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	s := string(b)
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// Kinds returns the input kinds that have at least one check, in order.
func (e *Engine) Kinds() []model.Kind {
	var out []model.Kind
	for _, k := range model.Kinds {
		if _, ok := e.kinds[k]; ok {
			out = append(out, k)
		}
	}
	return slices.Clip(out)
}
