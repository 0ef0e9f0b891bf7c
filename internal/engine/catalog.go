package engine

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/platlint/platlint/internal/model"
)

// ruleNames are the Rego rules whose results become findings: deny fails a
// run, warn is advisory.
var ruleNames = []string{"deny", "warn"}

// check is a rule of the catalog joined to its Rego package.
type check struct {
	rule model.Rule
	// pkg is the package path without the data prefix: "platlint.terraform.s3_public_acl".
	pkg string
	// entries are the result rules the package defines (deny, warn).
	entries []string
}

// CatalogError is a policy whose METADATA does not describe a usable rule.
type CatalogError struct {
	File    string
	Row     int
	Message string
}

func (e *CatalogError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Row, e.Message)
}

// buildCatalog reads every policy package's METADATA. A package is a policy
// when it defines deny or warn; helper and test packages are not.
func buildCatalog(files []*policyFile) ([]check, error) {
	custom := map[string]bool{}
	file := map[string]string{}
	entries := map[string][]string{}
	var order []string
	headers := make([]*ast.Module, 0, len(files))
	cachedRules := map[string]*model.Rule{}
	for _, pf := range files {
		if IsTestFile(pf.name) {
			continue
		}
		pkg := pf.pkg
		if pf.header != nil {
			headers = append(headers, pf.header)
		} else if pf.cached != nil {
			cachedRules[pkg] = pf.cached
		}
		for _, name := range pf.entries {
			if !slices.Contains(entries[pkg], name) {
				if len(entries[pkg]) == 0 {
					order = append(order, pkg)
				}
				entries[pkg] = append(entries[pkg], name)
			}
		}
		if _, ok := file[pkg]; !ok {
			file[pkg] = pf.name
		}
		custom[pkg] = custom[pkg] || pf.custom
	}

	set, errs := ast.BuildAnnotationSet(headers)
	if len(errs) > 0 {
		return nil, CompileError{Errors: errs}
	}
	meta := map[string]*ast.Annotations{}
	for _, ar := range set.Flatten() {
		a := ar.Annotations
		if a == nil || a.Scope != "package" {
			continue
		}
		pkg := strings.TrimPrefix(ar.Path.String(), "data.")
		meta[pkg] = a
	}

	var checks []check
	byID := map[string]string{}
	for _, pkg := range order {
		a := meta[pkg]
		var rule model.Rule
		var err error
		if c := cachedRules[pkg]; c != nil && a == nil {
			rule = *c
			rule.Package = pkg
		} else {
			rule, err = ruleFromAnnotations(pkg, a)
		}
		row := 1
		if a != nil && a.Location != nil {
			row = a.Location.Row
		}
		if err != nil {
			return nil, &CatalogError{File: file[pkg], Row: row, Message: err.Error()}
		}
		rule.Custom = custom[pkg]
		rule.Source = file[pkg]
		if other, dup := byID[rule.ID]; dup {
			return nil, &CatalogError{File: file[pkg], Row: row,
				Message: fmt.Sprintf("rule id %s is already used by package %s", rule.ID, other)}
		}
		byID[rule.ID] = pkg
		checks = append(checks, check{rule: rule, pkg: pkg, entries: entries[pkg]})
	}
	slices.SortFunc(checks, func(a, b check) int { return cmp.Compare(a.rule.ID, b.rule.ID) })
	return checks, nil
}

func packagePath(m *ast.Module) string {
	return strings.TrimPrefix(m.Package.Path.String(), "data.")
}

// ruleFromAnnotations validates a package's METADATA and turns it into a
// rule. Missing essentials are errors, never silent defaults: a rule without
// a severity cannot gate a pipeline.
func ruleFromAnnotations(pkg string, a *ast.Annotations) (model.Rule, error) {
	if a == nil {
		return model.Rule{}, fmt.Errorf("package %s defines deny/warn but has no package-scope # METADATA block (title and custom id, severity, input)", pkg)
	}
	str := func(key string) string {
		v, _ := a.Custom[key].(string)
		return strings.TrimSpace(v)
	}
	list := func(key string) ([]string, error) {
		switch v := a.Custom[key].(type) {
		case nil:
			return nil, nil
		case string:
			return []string{v}, nil
		case []any:
			out := make([]string, 0, len(v))
			for _, e := range v {
				s, ok := e.(string)
				if !ok {
					return nil, fmt.Errorf("package %s: custom.%s must be a list of strings", pkg, key)
				}
				out = append(out, s)
			}
			return out, nil
		default:
			return nil, fmt.Errorf("package %s: custom.%s must be a list of strings", pkg, key)
		}
	}
	r := model.Rule{
		ID:          str("id"),
		Title:       strings.TrimSpace(a.Title),
		Description: strings.TrimSpace(a.Description),
		Rationale:   str("rationale"),
		Remediation: str("remediation"),
		Package:     pkg,
	}
	if r.ID == "" {
		return r, fmt.Errorf("package %s: METADATA has no custom.id", pkg)
	}
	if r.Title == "" {
		return r, fmt.Errorf("rule %s: METADATA has no title", r.ID)
	}
	sev := str("severity")
	if sev == "" {
		return r, fmt.Errorf("rule %s: METADATA has no custom.severity (low, medium, high or critical)", r.ID)
	}
	s, err := model.ParseSeverity(sev)
	if err != nil {
		return r, fmt.Errorf("rule %s: %w", r.ID, err)
	}
	r.Severity = s
	in := str("input")
	if in == "" {
		return r, fmt.Errorf("rule %s: METADATA has no custom.input (terraform, kubernetes or dockerfile)", r.ID)
	}
	if r.Input, err = model.ParseKind(in); err != nil {
		return r, fmt.Errorf("rule %s: %w", r.ID, err)
	}
	if r.Resources, err = list("resources"); err != nil {
		return r, err
	}
	if r.Tags, err = list("tags"); err != nil {
		return r, err
	}
	for _, rr := range a.RelatedResources {
		if rr != nil && rr.Ref.String() != "" {
			r.References = append(r.References, rr.Ref.String())
		}
	}
	return r, nil
}
