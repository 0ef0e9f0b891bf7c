package engine

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Module is one parsed Rego file and where it came from.
type Module struct {
	// Name is the file's path as shown in messages: "policies/terraform/s3_public_acl.rego"
	// for bundled modules, the path as given for custom ones.
	Name string
	// Module is the parsed module; nil for a module opened with OpenFS,
	// which the engine parses when it needs it.
	Module *ast.Module
	// Source is the module's text, kept for deferred parsing.
	Source []byte
	// Cached is what the module's header says, read from the generated
	// catalog instead of parsed (OpenFS); nil to parse the header.
	Cached *CachedModule
	// Custom is true for modules loaded from --policy paths.
	Custom bool
}

// ErrNoPolicies is returned when a --policy path holds no Rego file.
var ErrNoPolicies = errors.New("no .rego files found")

// IsTestFile reports whether name is a Rego unit test file.
func IsTestFile(name string) bool { return strings.HasSuffix(name, "_test.rego") }

// parserOptions parses Rego v1 with METADATA annotations, the one dialect
// platlint accepts for bundled and custom policies alike.
// The capabilities are computed once: OPA otherwise rebuilds them for
// every module it parses.
var parserOptions = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1, Capabilities: ast.CapabilitiesForThisVersion()}

// LoadFS parses every .rego file below root in fsys. prefix is prepended to
// module names so messages show a recognisable path. Test files are
// included only when withTests is set. Files are parsed concurrently: parsing
// the catalogue is a fixed cost of every run, pre-commit runs included.
func LoadFS(fsys fs.FS, root, prefix string, withTests bool) ([]Module, error) {
	mods, err := readFS(fsys, root, prefix, withTests)
	if err != nil {
		return nil, err
	}
	errs := make([]error, len(mods))
	onEveryCore(len(mods), func(i int) {
		mods[i].Module, errs[i] = ast.ParseModuleWithOpts(mods[i].Name, string(mods[i].Source), parserOptions)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return mods, nil
}

// readFS reads the .rego files below root in fsys, unparsed, in walk order.
func readFS(fsys fs.FS, root, prefix string, withTests bool) ([]Module, error) {
	var mods []Module
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".rego" || (!withTests && IsTestFile(p)) {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		mods = append(mods, Module{Name: path.Join(prefix, p), Source: src})
		return nil
	})
	return mods, err
}

// LoadPaths parses the Rego files named by paths: files, or directories
// searched recursively. They are marked custom. A path without any Rego file
// is an error, since a mistyped --policy must not pass silently.
func LoadPaths(paths []string, withTests bool) ([]Module, error) {
	var mods []Module
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("policy path: %w", err)
		}
		var files []string
		if info.IsDir() {
			err := filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if d.IsDir() && fp != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				if !d.IsDir() && filepath.Ext(fp) == ".rego" && (withTests || !IsTestFile(fp)) {
					files = append(files, fp)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("policy path %s: %w", p, err)
			}
			// A directory of tests only is fine for `platlint test`; for a
			// scan it is as empty as a directory without Rego.
			if len(files) == 0 {
				return nil, fmt.Errorf("policy path %s: %w", p, ErrNoPolicies)
			}
		} else {
			if filepath.Ext(p) != ".rego" {
				return nil, fmt.Errorf("policy path %s: not a .rego file", p)
			}
			files = []string{p}
		}
		slices.Sort(files)
		for _, f := range files {
			if seen[f] {
				continue
			}
			seen[f] = true
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("policy path: %w", err)
			}
			name := filepath.ToSlash(f)
			m, err := ast.ParseModuleWithOpts(name, string(src), parserOptions)
			if err != nil {
				return nil, err
			}
			mods = append(mods, Module{Name: name, Module: m, Source: src, Custom: true})
		}
	}
	return mods, nil
}
