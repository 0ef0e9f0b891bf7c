// Package scan runs the pipeline: discover units, then on every core read,
// parse and evaluate each unit, locate and fingerprint its findings, and
// gather one sorted report.
package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/platlint/platlint/internal/discover"
	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/parse"
)

// smallScan is the most units a scan may have to compile only the
// policies its resources need; pre-commit passes a handful of files.
const smallScan = 32

// MaxFileSize is the largest file platlint reads. Infrastructure files are
// small; anything larger is generated or data and would only cost memory.
const MaxFileSize = 8 << 20

// Options configures a scan.
type Options struct {
	// Targets are the files and directories to scan; empty means ".".
	Targets []string
	// Excludes are glob patterns of paths to skip.
	Excludes []string
	// Workers is the number of units processed at once; zero means one
	// per CPU.
	Workers int
	// Filter, when set, post-processes each unit's findings with the
	// unit's sources at hand (inline suppressions use it). It runs
	// concurrently for different units.
	Filter func(sources []model.Source, findings []model.Finding) []model.Finding
}

// Run scans the targets with the engine's policies.
func Run(ctx context.Context, eng *engine.Engine, opts Options) (*model.Report, error) {
	targets := opts.Targets
	if len(targets) == 0 {
		targets = []string{"."}
	}
	root, err := discover.Root(targets)
	if err != nil {
		return nil, err
	}
	units, err := discover.Walk(root, targets, discover.Options{Excludes: opts.Excludes})
	if err != nil {
		return nil, err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	// A small scan (a pre-commit run, a few files) is parsed before any
	// policy is compiled, so that only the policies for the resources it
	// holds are: compiling the whole catalogue would cost more than the
	// scan itself. A large scan meets every resource type anyway.
	var states unitStates
	if len(units) <= smallScan {
		states = make(unitStates, len(units))
		parallel(ctx, workers, len(units), func(i int) { states[i] = load(root, units[i]) })
		present := map[model.Kind][]string{}
		for _, st := range states {
			for i := range st.docs {
				d := &st.docs[i]
				present[d.Kind] = append(present[d.Kind], engine.ResourceTypes(d)...)
			}
		}
		for _, k := range model.Kinds {
			if err := eng.Restrict(k, present[k]); err != nil {
				return nil, err
			}
		}
	}
	// Compile the policies of the kinds present, all at once.
	var kinds []model.Kind
	for _, k := range model.Kinds {
		if slices.ContainsFunc(units, func(u discover.Unit) bool { return u.Kind == k }) {
			kinds = append(kinds, k)
		}
	}
	if err := eng.Prepare(ctx, kinds...); err != nil {
		return nil, err
	}

	// Checks across Kubernetes objects need every object before any is
	// evaluated: a first pass parses those files and publishes the
	// objects as the inventory. Only the objects are kept from it; the
	// documents' source positions, most of their memory, are rebuilt when
	// each file is parsed again for evaluation.
	if eng.NeedsInventory() {
		var kube []int
		for i, u := range units {
			if u.Kind == model.KindKubernetes {
				kube = append(kube, i)
			}
		}
		objects := make([][]model.Document, len(kube))
		parallel(ctx, workers, len(kube), func(j int) {
			st := states.get(kube[j])
			if st == nil {
				st = load(root, units[kube[j]])
			}
			for _, d := range st.docs {
				objects[j] = append(objects[j], model.Document{Kind: d.Kind, Path: d.Path, Index: d.Index, Input: d.Input})
			}
		})
		var docs []model.Document
		for _, o := range objects {
			docs = append(docs, o...)
		}
		if err := eng.SetInventory(ctx, docs, allDirs(targets)); err != nil {
			return nil, err
		}
	}
	results := make([]unitResult, len(units))
	parallel(ctx, workers, len(units), func(i int) {
		st := states.get(i)
		if st == nil {
			st = load(root, units[i])
		}
		results[i] = st.evaluate(ctx, eng, opts.Filter)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	rep := &model.Report{Root: root, Rules: append(eng.Rules(), model.ReservedRules()...)}
	for _, r := range results {
		rep.Findings = append(rep.Findings, r.findings...)
		rep.Errors = append(rep.Errors, r.errors...)
		rep.FilesScanned += r.files
	}
	rep.Sort()
	return rep, nil
}

// parallel calls fn(0..n-1) on up to workers goroutines.
func parallel(ctx context.Context, workers, n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
}

func allDirs(targets []string) bool {
	for _, t := range targets {
		if info, err := os.Stat(t); err != nil || !info.IsDir() {
			return false
		}
	}
	return true
}

type unitResult struct {
	findings []model.Finding
	errors   []model.EvalError
	files    int
}

// unitStates holds the units of a small scan, parsed up front; nil for a
// large scan, whose units are parsed when evaluated.
type unitStates []*unitState

func (s unitStates) get(i int) *unitState {
	if s == nil {
		return nil
	}
	return s[i]
}

// unitState is a unit read and parsed, waiting for evaluation.
type unitState struct {
	unit discover.Unit
	srcs []model.Source
	docs []model.Document
	res  unitResult
}

// load reads and parses one unit. A panic in a parser is turned into an
// error on the unit rather than taking the whole scan down.
func load(root string, u discover.Unit) (st *unitState) {
	st = &unitState{unit: u}
	defer func() {
		if p := recover(); p != nil {
			st.docs = nil
			st.res.errors = append(st.res.errors, model.EvalError{File: u.Path, Message: fmt.Sprintf("internal error while parsing: %v", p)})
		}
	}()
	for _, rel := range u.Files {
		abs := filepath.Join(root, filepath.FromSlash(rel))
		info, err := os.Stat(abs)
		if err != nil {
			st.res.findings = append(st.res.findings, unreadable(rel, err))
			st.res.files++
			continue
		}
		if info.Size() > MaxFileSize {
			// Large YAML/JSON is almost always data, not manifests.
			if u.Kind != model.KindKubernetes {
				st.res.findings = append(st.res.findings, parseErrorFinding(model.ParseError{
					Range:   model.Range{File: rel, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}},
					Message: fmt.Sprintf("file is larger than %d MiB and was not checked", MaxFileSize>>20),
				}))
				st.res.files++
			}
			continue
		}
		data, err := os.ReadFile(abs)
		if err != nil {
			st.res.findings = append(st.res.findings, unreadable(rel, err))
			st.res.files++
			continue
		}
		// Most JSON and YAML in a repository is not Kubernetes; skip the
		// parse when the two required keys cannot be present.
		if u.Kind == model.KindKubernetes && !(bytes.Contains(data, []byte("apiVersion")) && bytes.Contains(data, []byte("kind"))) {
			continue
		}
		st.res.files++
		st.srcs = append(st.srcs, model.Source{Path: rel, Data: data})
	}
	if len(st.srcs) == 0 {
		return st
	}
	docs, perrs := parse.Unit(u.Kind, u.Path, st.srcs)
	st.docs = docs
	for _, pe := range perrs {
		st.res.findings = append(st.res.findings, parseErrorFinding(pe))
	}
	return st
}

// evaluate runs the policies on the unit's documents and finishes its
// findings: snippets, fingerprints, then the caller's filter.
func (st *unitState) evaluate(ctx context.Context, eng *engine.Engine, filter func([]model.Source, []model.Finding) []model.Finding) (res unitResult) {
	res = st.res
	defer func() {
		if p := recover(); p != nil {
			res.errors = append(res.errors, model.EvalError{File: st.unit.Path, Message: fmt.Sprintf("internal error while evaluating: %v", p)})
		}
	}()
	for i := range st.docs {
		if ctx.Err() != nil {
			return res
		}
		doc := &st.docs[i]
		f, errs := eng.Evaluate(ctx, doc)
		for j := range f {
			f[j].Anchors = anchors(doc, f[j])
		}
		res.findings = append(res.findings, f...)
		res.errors = append(res.errors, errs...)
	}
	if filter != nil {
		res.findings = filter(st.srcs, res.findings)
	}
	annotate(st.srcs, res.findings)
	return res
}

// anchors lists the start lines of the nodes enclosing a finding's node, in
// the finding's file, innermost first.
func anchors(doc *model.Document, f model.Finding) []int {
	var lines []int
	p := f.Pointer
	for {
		if r, ok := doc.Spans[p]; ok && r.File == f.File && r.Start.Line != f.StartLine && !slices.Contains(lines, r.Start.Line) {
			lines = append(lines, r.Start.Line)
		}
		if p == "" {
			return lines
		}
		p = p[:strings.LastIndexByte(p, '/')]
	}
}

// unreadable reports a file that could not be read like one that could not
// be parsed: a finding at its first line, the rest of the scan unharmed.
func unreadable(rel string, err error) model.Finding {
	// The path is already the finding's file; keep only the reason.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return parseErrorFinding(model.ParseError{
		Range:   model.Range{File: rel, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}},
		Message: "cannot read the file: " + err.Error(),
	})
}

func parseErrorFinding(pe model.ParseError) model.Finding {
	rule := model.ParseErrorRule()
	line := max(pe.Range.Start.Line, 1)
	return model.Finding{
		RuleID:    rule.ID,
		Severity:  rule.Severity,
		Message:   pe.Message,
		File:      pe.Range.File,
		StartLine: line,
		EndLine:   max(pe.Range.End.Line, line),
		StartCol:  pe.Range.Start.Col,
		EndCol:    pe.Range.End.Col,
	}
}
