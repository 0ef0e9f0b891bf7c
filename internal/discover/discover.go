// Package discover finds the files platlint checks below the scan targets
// and groups them into units: a Terraform module directory, or one
// Kubernetes or Dockerfile file. Order is deterministic.
package discover

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/platlint/platlint/internal/model"
)

// Unit is what one parser call consumes.
type Unit struct {
	Kind model.Kind
	// Path is the module directory (Terraform) or the file, slash-separated
	// and relative to the root.
	Path string
	// Files are the unit's files relative to the root, sorted.
	Files []string
}

// Options configures a walk.
type Options struct {
	// Excludes are glob patterns (with ** for any depth) matched against
	// paths relative to the root; a match on a directory skips all below it.
	Excludes []string
}

// skipDirs are never descended into: VCS data, provider caches and vendored
// third-party code are not the user's configuration.
var skipDirs = map[string]bool{".git": true, ".terraform": true, "node_modules": true, "vendor": true}

// KindOf returns the kind a file name suggests, or "" for files platlint
// does not read. YAML and JSON files are Kubernetes candidates; the parser
// decides whether they hold Kubernetes objects.
func KindOf(name string) model.Kind {
	base := path.Base(filepath.ToSlash(name))
	switch ext := strings.ToLower(path.Ext(base)); {
	case ext == ".tf":
		return model.KindTerraform
	case ext == ".yaml" || ext == ".yml" || ext == ".json":
		return model.KindKubernetes
	case strings.HasSuffix(base, ".dockerignore"):
		return ""
	case base == "Dockerfile" || base == "Containerfile" || base == "dockerfile",
		strings.HasPrefix(base, "Dockerfile.") || strings.HasPrefix(base, "Containerfile."),
		strings.HasSuffix(base, ".Dockerfile") || strings.HasSuffix(base, ".dockerfile"):
		return model.KindDockerfile
	}
	return ""
}

// Root picks the directory that reported paths are relative to: the
// working directory when every target lies inside it (so SARIF paths match
// the repository checkout), otherwise the target itself or the targets'
// common parent.
func Root(targets []string) (string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	abs := make([]string, 0, len(targets))
	inside := true
	for _, t := range targets {
		a, err := filepath.Abs(t)
		if err != nil {
			return "", err
		}
		abs = append(abs, a)
		if !within(cwd, a) {
			inside = false
		}
	}
	if inside {
		return cwd, nil
	}
	root := abs[0]
	if info, err := os.Stat(root); err == nil && !info.IsDir() {
		root = filepath.Dir(root)
	}
	for _, a := range abs[1:] {
		for !within(root, a) {
			root = filepath.Dir(root)
		}
	}
	return root, nil
}

func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// Walk finds the units below targets (directories or files), with paths
// relative to root. Symlinks are followed only when they resolve inside
// root, and never into a directory already being walked.
func Walk(root string, targets []string, opts Options) ([]Unit, error) {
	for _, p := range opts.Excludes {
		if !doublestar.ValidatePattern(p) {
			return nil, fmt.Errorf("invalid exclude pattern %q", p)
		}
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, err
	}
	w := &walker{root: root, realRoot: realRoot, opts: opts, files: map[string]model.Kind{}, tfDirs: map[string]bool{}}
	for _, t := range targets {
		abs, err := filepath.Abs(t)
		if err != nil {
			return nil, err
		}
		info, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("scan target: %w", err)
		}
		if info.IsDir() {
			if err := w.walkDir(abs, map[string]bool{}); err != nil {
				return nil, err
			}
			continue
		}
		// A file named on the command line (pre-commit passes names) is
		// read even if its name alone would not be, as long as its kind is
		// known; a .tf file brings its whole module directory. Only
		// regular files: reading a named pipe would never end.
		kind := KindOf(abs)
		if kind == "" || !info.Mode().IsRegular() {
			continue
		}
		rel, ok := w.rel(abs)
		if !ok || w.excluded(rel) {
			continue
		}
		if kind == model.KindTerraform {
			if err := w.addModuleDir(filepath.Dir(abs)); err != nil {
				return nil, err
			}
			continue
		}
		w.files[rel] = kind
	}
	return w.units(), nil
}

type walker struct {
	root, realRoot string
	opts           Options
	files          map[string]model.Kind
	tfDirs         map[string]bool
}

func (w *walker) rel(abs string) (string, bool) {
	r, err := filepath.Rel(w.root, abs)
	if err != nil || !within(w.root, abs) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

func (w *walker) excluded(rel string) bool {
	for _, p := range w.opts.Excludes {
		if ok, _ := doublestar.Match(p, rel); ok {
			return true
		}
		if ok, _ := doublestar.Match(p, path.Base(rel)); ok && !strings.Contains(p, "/") {
			return true
		}
	}
	return false
}

// walkDir walks dir; active holds the real paths of the directories on the
// current path, so a symlink back up the tree is not followed into a loop.
func (w *walker) walkDir(dir string, active map[string]bool) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil // a dangling link is not an error worth stopping for
	}
	if active[real] || !within(w.realRoot, real) {
		return nil
	}
	active[real] = true
	defer delete(active, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil
		}
		return err
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		rel, ok := w.rel(p)
		if !ok || w.excluded(rel) {
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			if err != nil || !within(w.realRoot, target) {
				continue
			}
			info, err := os.Stat(target)
			if err != nil {
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if skipDirs[e.Name()] {
				continue
			}
			if err := w.walkDir(p, active); err != nil {
				return err
			}
		case mode.IsRegular():
			if kind := KindOf(e.Name()); kind != "" {
				if kind == model.KindTerraform {
					w.tfDirs[path.Dir(rel)] = true
				}
				w.files[rel] = kind
			}
		}
	}
	return nil
}

// addModuleDir adds every .tf file of dir, for a .tf file named alone.
func (w *walker) addModuleDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if KindOf(e.Name()) != model.KindTerraform {
			continue
		}
		p := filepath.Join(dir, e.Name())
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if target, err := filepath.EvalSymlinks(p); err != nil || !within(w.realRoot, target) {
			continue
		}
		rel, ok := w.rel(p)
		if !ok || w.excluded(rel) {
			continue
		}
		w.files[rel] = model.KindTerraform
		w.tfDirs[path.Dir(rel)] = true
	}
	return nil
}

func (w *walker) units() []Unit {
	modules := map[string]*Unit{}
	var units []Unit
	for rel, kind := range w.files {
		if kind == model.KindTerraform {
			dir := path.Dir(rel)
			u := modules[dir]
			if u == nil {
				u = &Unit{Kind: kind, Path: dir}
				modules[dir] = u
			}
			u.Files = append(u.Files, rel)
			continue
		}
		units = append(units, Unit{Kind: kind, Path: rel, Files: []string{rel}})
	}
	for _, u := range modules {
		slices.Sort(u.Files)
		units = append(units, *u)
	}
	slices.SortFunc(units, func(a, b Unit) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Kind, b.Kind))
	})
	return units
}
