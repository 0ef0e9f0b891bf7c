package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/platlint/platlint/internal/model"
)

// CatalogFile is the generated catalog that OpenFS reads beside the
// modules: what each module's header says, so that a run needs to parse no
// header at all.
const CatalogFile = "catalog.json"

// CachedModule is what one module's header says: its package, its result
// rules and, for a policy, its rule as METADATA describes it.
type CachedModule struct {
	Package string      `json:"package"`
	Entries []string    `json:"entries,omitempty"`
	Rule    *model.Rule `json:"rule,omitempty"`
}

// Catalog is the content of CatalogFile, by module name.
type Catalog struct {
	Version int                     `json:"version"`
	Modules map[string]CachedModule `json:"modules"`
}

// OpenFS lists the .rego files below root in fsys (tests excluded) without
// parsing them: each file's package, result rules and METADATA come from
// CatalogFile when it lists the file (else from parsing the file's header),
// and a policy is parsed in full only when a scan meets its input kind. A
// pre-commit run on one Dockerfile parses the Dockerfile policies only.
func OpenFS(fsys fs.FS, root, prefix string) ([]Module, error) {
	var cat Catalog
	if data, err := fs.ReadFile(fsys, path.Join(root, CatalogFile)); err == nil {
		if err := json.Unmarshal(data, &cat); err != nil {
			return nil, fmt.Errorf("%s: %w", CatalogFile, err)
		}
	}
	mods, err := readFS(fsys, root, prefix, false)
	for i := range mods {
		if c, ok := cat.Modules[mods[i].Name]; ok {
			mods[i].Cached = &c
		}
	}
	return mods, err
}

// WriteCatalog writes the catalog of the given modules (parsing their
// headers, never reading a cache) for OpenFS to read.
func WriteCatalog(w io.Writer, mods []Module) error {
	files := make([]Module, len(mods))
	for i, m := range mods {
		m.Cached = nil
		files[i] = m
	}
	pfs, err := newPolicyFiles(files)
	if err != nil {
		return err
	}
	checks, err := buildCatalog(pfs)
	if err != nil {
		return err
	}
	byPkg := map[string]*model.Rule{}
	for i := range checks {
		r := checks[i].rule
		r.Source, r.Custom = "", false
		byPkg[checks[i].pkg] = &r
	}
	cat := Catalog{Version: 1, Modules: map[string]CachedModule{}}
	for _, pf := range pfs {
		cat.Modules[pf.name] = CachedModule{Package: pf.pkg, Entries: pf.entries, Rule: byPkg[pf.pkg]}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(cat)
}

// policyFile is a module as the engine holds it: parsed in full from the
// start (custom policies, LoadFS) or header first (OpenFS).
type policyFile struct {
	name   string
	custom bool
	src    []byte
	// header has the package and its METADATA; for a fully parsed module
	// it is the module itself; nil when the catalog cache described it.
	header *ast.Module
	// pkg is the package path without the data prefix, pkgRef with it.
	pkg    string
	pkgRef ast.Ref
	// cached is the rule the catalog cache gave, for a policy.
	cached *model.Rule
	// entries are the result rules (deny, warn) the module defines.
	entries []string

	once sync.Once
	full *ast.Module
	err  error
}

// packageLine finds the package clause, which ends a module's header.
var packageLine = regexp.MustCompile(`(?m)^package[ \t]+[^\n#]+`)

// lineEntries finds result rules at the start of a line, the way Rego v1
// rules are written: `deny contains`, `warn if`, `deny := ...`. A plain
// scan: this runs on every bundled file of every run.
func lineEntries(src []byte) []string {
	var out []string
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		for _, name := range ruleNames {
			rest, ok := bytes.CutPrefix(line, []byte(name))
			if !ok || slices.Contains(out, name) {
				continue
			}
			trimmed := bytes.TrimLeft(rest, " \t")
			if len(trimmed) < len(rest) && (bytes.HasPrefix(trimmed, []byte("contains")) || bytes.HasPrefix(trimmed, []byte("if"))) ||
				bytes.HasPrefix(trimmed, []byte(":=")) || bytes.HasPrefix(trimmed, []byte("=")) ||
				bytes.HasPrefix(trimmed, []byte("[")) || bytes.HasPrefix(trimmed, []byte("{")) {
				out = append(out, name)
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return slices.Index(ruleNames, a) - slices.Index(ruleNames, b) })
	return out
}

func newPolicyFile(m Module) (*policyFile, error) {
	pf := &policyFile{name: m.Name, custom: m.Custom, src: m.Source}
	if m.Module != nil {
		pf.header, pf.full = m.Module, m.Module
		pf.once.Do(func() {})
		pf.entries = entriesOf(m.Module)
		pf.pkg, pf.pkgRef = packagePath(m.Module), m.Module.Package.Path
		return pf, nil
	}
	if c := m.Cached; c != nil && !m.Custom {
		ref, err := ast.ParseRef("data." + c.Package)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", m.Name, CatalogFile, err)
		}
		pf.pkg, pf.pkgRef, pf.entries, pf.cached = c.Package, ref, c.Entries, c.Rule
		return pf, nil
	}
	loc := packageLine.FindIndex(m.Source)
	if loc == nil {
		return nil, fmt.Errorf("%s: no package clause", m.Name)
	}
	header, err := ast.ParseModuleWithOpts(m.Name, string(m.Source[:loc[1]]), parserOptions)
	if err != nil {
		return nil, err
	}
	pf.header = header
	pf.pkg, pf.pkgRef = packagePath(header), header.Package.Path
	pf.entries = lineEntries(m.Source)
	return pf, nil
}

// newPolicyFiles reads the modules' headers on every core.
func newPolicyFiles(mods []Module) ([]*policyFile, error) {
	files := make([]*policyFile, len(mods))
	errs := make([]error, len(mods))
	onEveryCore(len(mods), func(i int) { files[i], errs[i] = newPolicyFile(mods[i]) })
	return files, errors.Join(errs...)
}

// parseAll parses the files in full on every core.
func parseAll(files []*policyFile) ([]*ast.Module, error) {
	mods := make([]*ast.Module, len(files))
	errs := make([]error, len(files))
	onEveryCore(len(files), func(i int) { mods[i], errs[i] = files[i].module() })
	return mods, errors.Join(errs...)
}

// onEveryCore calls fn(0..n-1) on GOMAXPROCS goroutines.
func onEveryCore(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// module returns the fully parsed module, parsing it on first use.
func (pf *policyFile) module() (*ast.Module, error) {
	pf.once.Do(func() {
		pf.full, pf.err = ast.ParseModuleWithOpts(pf.name, string(pf.src), parserOptions)
	})
	return pf.full, pf.err
}

// entriesOf lists the result rules a parsed module defines.
func entriesOf(m *ast.Module) []string {
	var out []string
	for _, name := range ruleNames {
		for _, r := range m.Rules {
			ref := r.Head.Ref()
			if v, ok := ref[0].Value.(ast.Var); ok && string(v) == name && len(ref) > 0 {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

// dependencies returns the packages a parsed module imports or refers to
// under data, so that only the helper libraries a kind uses are compiled.
func dependencies(m *ast.Module) []ast.Ref {
	var refs []ast.Ref
	for _, imp := range m.Imports {
		if ref, ok := imp.Path.Value.(ast.Ref); ok && ref.HasPrefix(ast.DefaultRootRef) {
			refs = append(refs, ref)
		}
	}
	ast.WalkRefs(m, func(r ast.Ref) bool {
		if r.HasPrefix(ast.DefaultRootRef) {
			refs = append(refs, r.ConstantPrefix())
		}
		return false
	})
	return refs
}

// closure returns the shared modules (helper libraries) that mods need,
// directly or through each other, parsing them as it goes.
func closure(mods []*ast.Module, shared []*policyFile) ([]*ast.Module, error) {
	var out []*ast.Module
	taken := make([]bool, len(shared))
	queue := slices.Clone(mods)
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		for _, dep := range dependencies(m) {
			for i, sf := range shared {
				if taken[i] {
					continue
				}
				pkg := sf.pkgRef
				if !dep.HasPrefix(pkg) && !pkg.HasPrefix(dep) {
					continue
				}
				full, err := sf.module()
				if err != nil {
					return nil, err
				}
				taken[i] = true
				out = append(out, full)
				queue = append(queue, full)
			}
		}
	}
	return out, nil
}
