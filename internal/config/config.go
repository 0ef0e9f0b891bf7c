// Package config reads .platlint.yaml: the rules a repository disables or
// re-grades, the paths it skips or ignores rules under, its custom
// policies and data, and its defaults for the command line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/platlint/platlint/internal/model"
	"go.yaml.in/yaml/v3"
)

// FileNames are the names searched for, in order, in the scanned root and
// its parents.
var FileNames = []string{".platlint.yaml", ".platlint.yml"}

// Config is the parsed file. Paths in it are resolved against the
// directory that holds the file.
type Config struct {
	// Path is the file the configuration was read from.
	Path string `yaml:"-"`
	// Disable lists rule ids that are not evaluated at all.
	Disable []string `yaml:"disable"`
	// Severity re-grades rules: id -> low|medium|high|critical.
	Severity map[string]string `yaml:"severity"`
	// Exclude lists globs of paths that are not scanned.
	Exclude []string `yaml:"exclude"`
	// Ignore silences rules under some paths, with a reason reviewers see.
	Ignore []Ignore `yaml:"ignore"`
	// Policies are extra Rego files or directories.
	Policies []string `yaml:"policies"`
	// Data are JSON or YAML files exposed to policies under data.
	Data []string `yaml:"data"`
	// FailOn is the lowest severity that fails a run.
	FailOn string `yaml:"fail-on"`
	// Format is the default report format.
	Format string `yaml:"format"`
}

// Ignore silences Rules (or every rule, when empty) in files matching Paths.
type Ignore struct {
	Paths  []string `yaml:"paths"`
	Rules  []string `yaml:"rules"`
	Reason string   `yaml:"reason"`
}

// ErrNotFound is returned by Find when no configuration file exists.
var ErrNotFound = errors.New("no .platlint.yaml found")

// Find looks for a configuration file in dir and then its parents.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(abs, name)
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				return p, nil
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", ErrNotFound
		}
		abs = parent
	}
}

// Load reads and validates a configuration file. Unknown keys are errors
// that name the key and its line, since a misspelt key would otherwise
// silently do nothing.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %s", path, strings.TrimPrefix(strings.ReplaceAll(err.Error(), "\n ", ""), "yaml: "))
	}
	c.Path = path
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	for i, p := range c.Policies {
		c.Policies[i] = resolve(dir, p)
	}
	for i, p := range c.Data {
		c.Data[i] = resolve(dir, p)
	}
	return &c, nil
}

func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

func (c *Config) validate() error {
	for id, s := range c.Severity {
		if _, err := model.ParseSeverity(s); err != nil {
			return fmt.Errorf("severity of %s: %w", id, err)
		}
	}
	if c.FailOn != "" {
		if _, err := model.ParseSeverity(c.FailOn); err != nil {
			return fmt.Errorf("fail-on: %w", err)
		}
	}
	for _, g := range c.Exclude {
		if !doublestar.ValidatePattern(g) {
			return fmt.Errorf("exclude: invalid pattern %q", g)
		}
	}
	for i, ig := range c.Ignore {
		if len(ig.Paths) == 0 {
			return fmt.Errorf("ignore[%d]: paths is required", i)
		}
		if strings.TrimSpace(ig.Reason) == "" {
			return fmt.Errorf("ignore[%d]: reason is required, so reviewers can see why", i)
		}
		for _, g := range ig.Paths {
			if !doublestar.ValidatePattern(g) {
				return fmt.Errorf("ignore[%d]: invalid pattern %q", i, g)
			}
		}
	}
	return nil
}

// Severities returns the overrides as parsed severities.
func (c *Config) Severities() map[string]model.Severity {
	out := make(map[string]model.Severity, len(c.Severity))
	for id, s := range c.Severity {
		sev, _ := model.ParseSeverity(s) // validated by Load
		out[id] = sev
	}
	return out
}

// ApplyIgnores marks findings under ignored paths as suppressed, with the
// configured reason. Paths are matched relative to the scan root.
func (c *Config) ApplyIgnores(findings []model.Finding) {
	for i := range findings {
		f := &findings[i]
		if f.Suppressed() {
			continue
		}
		for _, ig := range c.Ignore {
			if ig.matches(f) {
				f.Suppression = &model.Suppression{Kind: "external", Justification: ig.Reason}
				break
			}
		}
	}
}

func (ig Ignore) matches(f *model.Finding) bool {
	if len(ig.Rules) > 0 && !slices.Contains(ig.Rules, f.RuleID) {
		return false
	}
	for _, g := range ig.Paths {
		if ok, _ := doublestar.Match(g, f.File); ok {
			return true
		}
		// A directory pattern covers everything below it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/")+"/**", f.File); ok {
			return true
		}
	}
	return false
}
